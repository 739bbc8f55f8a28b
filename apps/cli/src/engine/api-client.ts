import { createCoreClient, findRegion, InvalidEndpointError, OciServiceError, resolveEndpoint, UnknownRegionError, type CoreClient, type FetchHooks } from "@ocikit/core";
import { VERSION } from "../version.js";
import type { SigningIdentity } from "@ocikit/signer/config";
import { CliConfigError, CliUsageError } from "../errors/cli-errors.js";
import { debugHooks } from "./debug-hooks.js";
import type { Api, CliIo, GlobalSettings, RequestParts } from "../types.js";

const API_VERSION_SUFFIX = /\/20160918\/?$/;

/** The service root the core client wants: the OCI CLI's `--endpoint` includes the version path, core's does not. */
export function endpointRoot(endpoint: string): string {
  return endpoint.replace(API_VERSION_SUFFIX, "").replace(/\/+$/, "");
}

/** Retry settings from `--no-retry` / `--max-retries`. */
export function retrySetting(globals: GlobalSettings): false | { maxAttempts: number } | undefined {
  if (globals.noRetry) return false;
  if (globals.maxRetries !== undefined) return globals.maxRetries <= 1 ? false : { maxAttempts: globals.maxRetries };
  return undefined;
}

/** `User-Agent` of every request. */
export function userAgent(): string {
  return `ocikit/${VERSION} (Node/${process.version})`;
}

/**
 * The transport under signing and retries, with `--connection-timeout` + `--read-timeout` per attempt (as the
 * OCI CLI applies them per HTTP request), so a slow attempt is retried rather than ending the whole call.
 */
export function timedTransport(io: Pick<CliIo, "fetch">, globals: Pick<GlobalSettings, "connectionTimeout" | "readTimeout">) {
  const timeoutMs = (globals.connectionTimeout + globals.readTimeout) * 1000;
  return (url: string, init: RequestInit): Promise<Response> => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return io.fetch(url, { ...init, signal });
  };
}

/**
 * The core client words region and endpoint problems for SDK users (`{ endpoint: … }`, no API version);
 * a CLI user needs the option names and the OCI CLI's `--endpoint …/20160918` form instead.
 */
function inCliTerms(error: unknown, globals: GlobalSettings, region: string | undefined): unknown {
  if (error instanceof UnknownRegionError) {
    return new CliConfigError(
      "UNKNOWN_REGION",
      `Unknown region '${region ?? error.region}'. Check the spelling (e.g. us-ashburn-1) of --region, OCI_CLI_REGION or region= in profile [${globals.profile}] of ${globals.configFile}; for a region ocikit does not know yet, pass --endpoint https://iaas.<region>.<realm domain>/20160918.`,
      { cause: error },
    );
  }
  if (error instanceof InvalidEndpointError) {
    return new CliUsageError(
      `--endpoint '${(globals.endpoint ?? error.endpoint).replace(/\/\/[^/@]*@/, "//[REDACTED]@")}' is not a usable service URL. Pass an http(s) URL with the API version and nothing after it, e.g. --endpoint http://127.0.0.1:8080/20160918 or https://iaas.us-ashburn-1.oraclecloud.com/20160918.`,
      "BAD_ENDPOINT",
    );
  }
  return error;
}

/** Builds the API client for a region (or the explicit endpoint) with the given identity. */
export function createApi(options: {
  globals: GlobalSettings;
  io: CliIo;
  identity: SigningIdentity;
  region: string | undefined;
  /** Use this endpoint root rather than --endpoint (e.g. another region of a local server). */
  endpointOverride?: string;
}): Api {
  const { globals, io, identity } = options;
  const endpoint = options.endpointOverride ?? (globals.endpoint === undefined ? undefined : endpointRoot(globals.endpoint));
  if (endpoint === undefined && (options.region === undefined || options.region === "")) {
    throw new CliConfigError(
      "NO_REGION",
      `No region to send the request to. Pass --region (e.g. --region us-ashburn-1), set OCI_CLI_REGION, add region=… to profile [${globals.profile}] of ${globals.configFile}, or pass --endpoint http://HOST:PORT/20160918 for a local server.`,
    );
  }
  // Another region of a local server: the region is part of the path, so it must be one OCI has.
  if (options.endpointOverride !== undefined && options.region !== undefined && findRegion(options.region) === undefined) {
    throw inCliTerms(new UnknownRegionError(options.region), globals, options.region);
  }
  const hooks: FetchHooks | undefined = globals.debug ? debugHooks(io) : undefined;
  const retry = retrySetting(globals);
  let client: CoreClient;
  try {
    client = createCoreClient({
      region: options.region,
      endpoint,
      auth: { keyId: identity.keyId, privateKey: identity.privateKey },
      retry,
      fetch: timedTransport(io, globals),
      userAgent: userAgent(),
      now: io.now,
      hooks,
    });
  } catch (error) {
    throw inCliTerms(error, globals, options.region);
  }
  return {
    baseUrl: resolveEndpoint({ region: options.region, endpoint }),
    async call(call) {
      const init: RequestParts = { params: { path: call.pathParams, query: call.query, header: call.headers } };
      if (call.body !== undefined) init.body = call.body;
      // The operation's own typed client call, from the generated command table.
      const { data, error, response } = await call.invoke(client, init);
      if (error !== undefined || !response.ok) throw OciServiceError.fromResponse(response, error, io.now);
      return { status: response.status, headers: response.headers, data };
    },
  };
}
