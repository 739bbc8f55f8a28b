import { mkdirSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { loadSpec } from "@ocikit/spec";
import { FaultInjector, parseFaultRule } from "./admin/fault-injector.js";
import { RateLimiter } from "./admin/rate-limiter.js";
import { RequestStats } from "./admin/request-stats.js";
import { createMetaStore } from "./db/meta-store.js";
import { openDatabase } from "./db/open-database.js";
import { createResourceStore } from "./db/resource-store.js";
import { createRetryTokenStore } from "./db/retry-token-store.js";
import { WriteBatcher } from "./db/write-batcher.js";
import type { ApiServices } from "./handlers/api-context.js";
import { createCopyDelivery } from "./handlers/copy-delivery.js";
import type { AppState } from "./http/app-state.js";
import { onClientError } from "./http/client-error.js";
import { createRequestHandler } from "./http/handle-request.js";
import { PageTokens } from "./http/page-token.js";
import { RequestValidator } from "./http/request-validator.js";
import { Router } from "./http/router.js";
import { ensureIdentity } from "./identity/ensure-identity.js";
import { KeyRegistry } from "./identity/key-registry.js";
import { trustConfigFile } from "./identity/read-trust-config.js";
import { RequestLog } from "./console/request-log.js";
import type { RequestObserver } from "./pipeline/request-event.js";
import type { LifecyclePolicy } from "./lifecycle.js";
import { regionKey } from "./regions.js";

/** Options of {@link startDemoServer}. */
export interface DemoServerOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** Directory of the SQLite state file, the generated API key, config file and admin token. */
  dataDir: string;
  /** The server's own region (paths without a region prefix); default us-ashburn-1. */
  region?: string;
  /** OCI config files whose every profile's key is trusted (e.g. a second tenancy for tests). */
  trustConfig?: string[];
  /** How fast resources leave transitional states; default `{ mode: "time", seconds: 2 }`. */
  lifecycle?: LifecyclePolicy;
  /** Server clock (lifecycles, signature date window, timestamps); default the system clock. */
  now?: () => Date;
  /** Where diagnostics go; default stderr. */
  log?: (line: string) => void;
  /** Requests per second allowed per tenancy (429 beyond); unlimited when absent. */
  rateLimit?: number;
  /** Time a client has to send a whole request, body included, before a 408; default 30 000 ms. */
  requestTimeoutMs?: number;
  /** Time a client has to send the request headers before a 408; default 10 000 ms (≤ requestTimeoutMs). */
  headersTimeoutMs?: number;
  /** Random source of fault rules with a `probability`, in [0, 1); default Math.random. */
  random?: () => number;
  /** Told about every answered API request (after the answer is written); must not throw. */
  onRequest?: RequestObserver;
}

/** Default of {@link DemoServerOptions.requestTimeoutMs}. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Default of {@link DemoServerOptions.headersTimeoutMs}. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;

/** A running demo server. */
export interface DemoServer {
  /** `http://HOST:PORT` (service root without the API version). */
  url: string;
  port: number;
  region: string;
  dataDir: string;
  /** The generated OCI config file (profile DEFAULT) for the demo user. */
  configPath: string;
  tenancyId: string;
  userId: string;
  /** A compartment of the demo tenancy to create resources in. */
  compartmentId: string;
  /** Bearer token of the admin API under /_ocikit/. */
  adminToken: string;
  /** Open client connections (keep-alive ones included): a diagnostic for leak tests. */
  connectionCount(): Promise<number>;
  /** Stops accepting connections, ends open ones, and closes the state file. */
  close(): Promise<void>;
}

/** A start-up option is invalid. */
export class DemoServerOptionsError extends Error {
  override readonly name = "DemoServerOptionsError";
  readonly code = "INVALID_OPTIONS";
}

function checkOptions(options: DemoServerOptions, region: string, lifecycle: LifecyclePolicy): void {
  if (regionKey(region) === undefined) {
    throw new DemoServerOptionsError(`Unknown region '${region}'. Use an OCI region id such as us-ashburn-1 or eu-frankfurt-1.`);
  }
  if (options.port !== undefined && (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)) {
    throw new DemoServerOptionsError(`Invalid port ${options.port}: use 0 (any free port) to 65535.`);
  }
  if (options.rateLimit !== undefined && !(options.rateLimit > 0)) {
    throw new DemoServerOptionsError(`Invalid rate limit ${options.rateLimit}: use a positive number of requests per second.`);
  }
  const timeouts = timeoutsOf(options);
  for (const [name, ms] of Object.entries(timeouts)) {
    if (!(Number.isInteger(ms) && ms >= 1)) throw new DemoServerOptionsError(`Invalid ${name} ${ms}: use a whole number of milliseconds ≥ 1.`);
  }
  if (timeouts.headersTimeoutMs > timeouts.requestTimeoutMs) {
    throw new DemoServerOptionsError(
      `headersTimeoutMs (${timeouts.headersTimeoutMs}) must not exceed requestTimeoutMs (${timeouts.requestTimeoutMs}).`,
    );
  }
  if (lifecycle.mode === "time" && !(lifecycle.seconds >= 0)) {
    throw new DemoServerOptionsError("lifecycle seconds must be a number ≥ 0.");
  }
  if (lifecycle.mode === "polls" && !(Number.isInteger(lifecycle.polls) && lifecycle.polls >= 1)) {
    throw new DemoServerOptionsError("lifecycle polls must be an integer ≥ 1.");
  }
}

function timeoutsOf(options: DemoServerOptions): { requestTimeoutMs: number; headersTimeoutMs: number } {
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const headersTimeoutMs = options.headersTimeoutMs ?? Math.min(DEFAULT_HEADERS_TIMEOUT_MS, requestTimeoutMs);
  return { requestTimeoutMs, headersTimeoutMs };
}

/**
 * Starts the demo server: opens (or creates) the state in `dataDir`, the demo identity and files,
 * compiles the request validators from the spec, and listens on `host:port`.
 */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const region = options.region ?? "us-ashburn-1";
  const lifecycle = options.lifecycle ?? { mode: "time", seconds: 2 };
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const host = options.host ?? "127.0.0.1";
  checkOptions(options, region, lifecycle);

  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(join(dataDir, "state.db"));
  let server: Server | undefined;
  try {
    const meta = createMetaStore(db);
    const identity = ensureIdentity(meta, dataDir, region);
    const keys = new KeyRegistry();
    keys.addIdentity(identity.demo);
    keys.addIdentity(identity.service, true);
    for (const file of options.trustConfig ?? []) trustConfigFile(keys, file);

    const spec = loadSpec() as ConstructorParameters<typeof RequestValidator>[0];
    const resources = createResourceStore(db);
    const retryTokens = createRetryTokenStore(db);
    let selfUrl = "";
    const services: ApiServices = {
      resources,
      lifecycle,
      pages: new PageTokens(identity.pageSecret),
      serverRegion: region,
      deliverCopy: createCopyDelivery({ selfUrl: () => selfUrl, serverRegion: region, service: identity.service, now }),
    };
    const stats = new RequestStats();
    const requestLog = new RequestLog();
    const faults = new FaultInjector(options.random);
    const reset = db.transaction(() => {
      resources.deleteAll();
      retryTokens.deleteAll();
    });
    // The console is imported on its first request, so it costs nothing at start-up or per API request.
    let consoleHandler: Promise<(req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>> | undefined;
    const loadConsole = () =>
      (consoleHandler ??= Promise.all([import("./console/console-handler.js"), import("./console/sqlite-console-data.js"), import("./console/static-assets.js")]).then(
        ([{ createConsoleHandler }, { createSqliteConsoleData }, { findConsoleAssets }]) =>
          createConsoleHandler({
            adminToken: identity.adminToken,
            data: createSqliteConsoleData({ db, resources, now, demo: identity.demo, region }),
            requests: requestLog,
            faults: { list: () => faults.list(), add: (rule) => faults.add(parseFaultRule(rule)), remove: (id) => faults.remove(id) },
            reset,
            region,
            spec: () => spec as unknown as Record<string, unknown>,
            assetsDir: findConsoleAssets(),
            now,
          }),
      ));
    const onRequest = options.onRequest;
    const state: AppState = {
      region,
      router: new Router(spec.paths),
      validator: new RequestValidator(spec),
      keys,
      db,
      writes: new WriteBatcher(db),
      retryTokens,
      services,
      faults,
      rateLimiter: options.rateLimit === undefined ? undefined : new RateLimiter(options.rateLimit, () => now().getTime()),
      stats,
      adminToken: identity.adminToken,
      now,
      log,
      reset,
      observe:
        onRequest === undefined
          ? requestLog.observe
          : (event) => {
              requestLog.observe(event);
              onRequest(event);
            },
      consoleHandler: (req, res, path) => loadConsole().then((handle) => handle(req, res, path)),
    };

    const { requestTimeoutMs, headersTimeoutMs } = timeoutsOf(options);
    const listening = createServer(
      {
        keepAliveTimeout: 65_000,
        requestTimeout: requestTimeoutMs,
        headersTimeout: headersTimeoutMs,
        // node:http checks the timeouts only this often (30 s by default), so a stalled client would
        // hold its connection up to that much longer than the configured timeout.
        connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(headersTimeoutMs / 4))),
      },
      createRequestHandler(state),
    );
    // Malformed, oversized and timed-out requests get the same {code, message} JSON as API errors.
    listening.on("clientError", onClientError);
    server = listening;
    await new Promise<void>((resolveListen, reject) => {
      listening.once("error", reject);
      listening.listen(options.port ?? 0, host, () => {
        listening.off("error", reject);
        resolveListen();
      });
    });
    const port = (listening.address() as AddressInfo).port;
    const urlHost = host.includes(":") ? `[${host}]` : host;
    // The server calls itself over loopback when it is bound to all interfaces.
    const selfHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : urlHost;
    selfUrl = `http://${selfHost}:${port}`;
    let closed: Promise<void> | undefined;
    return {
      url: `http://${urlHost}:${port}`,
      port,
      region,
      dataDir,
      configPath: identity.configPath,
      tenancyId: identity.demo.tenancyId,
      userId: identity.demo.userId,
      compartmentId: identity.demo.compartmentId,
      adminToken: identity.adminToken,
      connectionCount() {
        return new Promise((resolveCount, reject) => {
          listening.getConnections((error, count) => (error ? reject(error) : resolveCount(count)));
        });
      },
      close() {
        closed ??= new Promise<void>((resolveClose) => {
          listening.close(() => {
            db.close();
            resolveClose();
          });
          listening.closeAllConnections();
        });
        return closed;
      },
    };
  } catch (error) {
    server?.close();
    db.close();
    throw error;
  }
}
