import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "./types/index.js";
import { resolveEndpoint } from "./resolve-endpoint.js";
import type { AuthOption } from "./resolve-auth.js";
import type { RetryOptions } from "./retry-options.js";
import { createSender, type FetchHooks, type Transport } from "./signed-fetch.js";
import { toOutgoing } from "./outgoing-request.js";
import { adaptiveRequestClass, type PlainRequest } from "./plain-request.js";
import type { Sleep } from "./sleep.js";

/** Options of {@link createCoreClient}. @public */
export interface CoreClientOptions {
  /** Region id (`us-ashburn-1`), short key (`iad`) or dotted domain. Needed unless `endpoint` is given. */
  region?: string | undefined;
  /**
   * Service root without the API version, e.g. `http://127.0.0.1:8080` or, for the demo
   * server's other regions, `http://127.0.0.1:8080/us-phoenix-1`. Wins over `region`.
   */
  endpoint?: string | undefined;
  /** A signing key, or a provider such as `fromConfigFile()` (called once, on first use). */
  auth: AuthOption;
  /** Retry policy; `false` turns retries off. Default: 8 attempts, full-jitter backoff 1 s … 30 s. */
  retry?: RetryOptions | false | undefined;
  /** Transport under signing and retries. Default: `globalThis.fetch`. */
  fetch?: Transport | undefined;
  userAgent?: string | undefined;
  now?: (() => Date) | undefined;
  sleep?: Sleep | undefined;
  random?: (() => number) | undefined;
  hooks?: FetchHooks | undefined;
}

/** The openapi-fetch client for Core Services, typed from the spec. @public */
export type CoreClient = Client<paths>;

/**
 * Creates a typed Core Services client: openapi-fetch over a fetch that signs each attempt
 * and retries transient failures (see `createSignedFetch`). Calls return
 * `{ data, error, response }`; use `unwrap` or the operation helpers to get exceptions.
 * @throws {@link UnknownRegionError}, {@link InvalidEndpointError}, {@link MissingRegionError}
 * @public
 */
export function createCoreClient(options: CoreClientOptions): CoreClient {
  const baseUrl = resolveEndpoint({ region: options.region, endpoint: options.endpoint });
  const send = createSender({
    auth: options.auth,
    retry: options.retry,
    fetch: options.fetch,
    now: options.now,
    sleep: options.sleep,
    random: options.random,
    userAgent: options.userAgent,
    hooks: options.hooks,
  });
  // Middleware is promised a real Request; without any, openapi-fetch builds a PlainRequest.
  const registered = new Set<Middleware>();
  const client = createClient<paths>({
    baseUrl,
    Request: adaptiveRequestClass(() => registered.size > 0),
    fetch: (request) => {
      const outgoing = toOutgoing(request as Request | PlainRequest);
      return outgoing instanceof Promise ? outgoing.then(send) : send(outgoing);
    },
  });
  const { use, eject } = client;
  client.use = (...middleware) => {
    use(...middleware);
    for (const m of middleware) if (m) registered.add(m);
  };
  client.eject = (...middleware) => {
    eject(...middleware);
    for (const m of middleware) registered.delete(m);
  };
  // Per-call middleware gets a real Request too.
  const withRealRequest = (init?: CallInit): CallInit | undefined =>
    init?.middleware?.length ? { ...init, Request: globalThis.Request } : init;
  const methods = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const method of METHODS) {
    const call = methods[method] as (...args: unknown[]) => Promise<unknown>;
    methods[method] = (url, init) => call(url, withRealRequest(init as CallInit | undefined));
  }
  const request = methods.request as (...args: unknown[]) => Promise<unknown>;
  methods.request = (method, url, init) => request(method, url, withRealRequest(init as CallInit | undefined));
  return client;
}

type CallInit = { middleware?: Middleware[]; Request?: typeof Request };

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
