import { createCoreClient, findRegion, InvalidEndpointError, OciServiceError, resolveEndpoint, UnknownRegionError, type CoreClient, type FetchHooks } from "@ocikit/core";
import { VERSION } from "../version.js";
import type { CliIo } from "../io.js";
import type { GlobalSettings } from "../cli/resolve-globals.js";
import type { SigningIdentity } from "@ocikit/signer/config";
import { CliConfigError, CliUsageError } from "../cli/cli-errors.js";
import { debugHooks } from "./debug-hooks.js";

/** One API call, described generically so every command goes through the same code. */
export interface ApiCall {
  operationId: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Path template relative to the API version, e.g. `/volumeGroupBackups/{volumeGroupBackupId}`. */
  path: string;
  pathParams: Record<string, string>;
  query: Record<string, string | number | boolean>;
  headers: Record<string, string>;
  body?: Record<string, unknown> | undefined;
}

export interface ApiResult {
  status: number;
  headers: Headers;
  data: unknown;
}

/** The signed, retrying Core Services client the commands talk to. */
export interface Api {
  /** Service root including `/20160918`, for messages and the clock-skew check. */
  readonly baseUrl: string;
  /** Sends the call; a non-2xx answer throws `OciServiceError`. */
  call(call: ApiCall): Promise<ApiResult>;
}

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
      const loose = client as unknown as {
        request(method: string, path: string, init: Record<string, unknown>): Promise<{ data?: unknown; error?: unknown; response: Response }>;
      };
      const init: Record<string, unknown> = {
        params: { path: call.pathParams, query: call.query, header: call.headers },
      };
      if (call.body !== undefined) init["body"] = call.body;
      const { data, error, response } = await loose.request(call.method, call.path, init);
      if (error !== undefined || !response.ok) throw OciServiceError.fromResponse(response, error, io.now);
      return { status: response.status, headers: response.headers, data };
    },
  };
}
