import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { loadSpec } from "@ocikit/spec";
import { RateLimiter } from "./admin/rate-limiter.js";
import { RequestStats } from "./admin/request-stats.js";
import { openClock } from "./clock/clock-service.js";
import { ClockAdvanceError } from "./clock/server-clock.js";
import { openDataDir } from "./data-dir/open-data-dir.js";
import { createCopyDelivery } from "./delivery/copy-delivery.js";
import { Admission } from "./http/admission.js";
import { ServerAuthority } from "./http/server-authority.js";
import { onClientError } from "./http/client-error.js";
import { onCheckExpectation } from "./http/protocol-checks.js";
import { PageTokens } from "./http/page-token.js";
import { RequestValidator } from "./http/request-validator.js";
import { Router } from "./http/router.js";
import { ensureIdentity } from "./identity/ensure-identity.js";
import { trustConfigFile } from "./identity/read-trust-config.js";
import { createServiceIdentity } from "./identity/service-identity.js";
import { createCompartment, type CompartmentPolicy } from "./model/compartments.js";
import type { LifecyclePolicy } from "./model/lifecycle.js";
import { createRequestHandler } from "./pipeline/pipeline.js";
import type { RequestObserver } from "./pipeline/request-event.js";
import type { ConsoleHandler, ServerState } from "./pipeline/server-state.js";
import { regionKey } from "./regions.js";
import { BackupScheduler } from "./scheduler/backup-scheduler.js";
import { openServiceState } from "./store/open-service-state.js";
import { startPurger } from "./store/purger.js";
import type { Store } from "./store/store.js";

/** Options of {@link startDemoServer}. */
export interface DemoServerOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** Directory of the SQLite state file, the generated API key, config file and admin token. */
  dataDir: string;
  /**
   * PostgreSQL connection URL (`postgres://…` or `postgresql://…`). Without it the state is SQLite in
   * `dataDir`; with it the state is in that database, and every server started with the same URL is a
   * replica of one service (`dataDir` then receives only the config file, API key and admin token).
   */
  database?: string;
  /** The server's own region (paths without a region prefix); default us-ashburn-1. */
  region?: string;
  /** OCI config files whose every profile's key is trusted (e.g. a second tenancy for tests). */
  trustConfig?: string[];
  /** How fast resources leave transitional states; default `{ mode: "time", seconds: 2 }`. */
  lifecycle?: LifecyclePolicy;
  /**
   * Real clock (the signature date window; the base of the server clock); default the system clock.
   * Resource time (timestamps, lifecycles, schedules, expiry) is this plus the server clock's offset.
   */
  now?: () => Date;
  /**
   * Starting offset of the server clock, in seconds ≥ 0. A larger offset already stored (in the state
   * file, or the PostgreSQL database every replica shares) wins: the clock never goes back.
   */
  clockOffsetSeconds?: number;
  /** Scheduled-backup slots plus expiries applied per transaction (bounds each one); default 2000. */
  schedulerPassBudget?: number;
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
  /** Told about every answered API request (see RequestEvent); nothing is measured when absent. */
  onRequest?: RequestObserver;
  /** Serves /_ocikit/console… and /_ocikit/docs… (loopback only); 404 when absent. */
  consoleHandler?: ConsoleHandler;
  /**
   * Opens the state; default the SQLite file `<dataDir>/state.db`. The server closes it on close().
   * (How a PostgreSQL store plugs in.)
   */
  openStore?: () => Promise<Store>;
  /**
   * Open client connections the server keeps; a request on one more is answered 503 ServiceUnavailable
   * with `retry-after` and its connection closed. Default 512.
   */
  maxConnections?: number;
  /**
   * Request-body bytes held in memory at once, all requests together (bodies are read only after the
   * signature verified); a request that would exceed it is answered 503 with `retry-after`. Default 64 MiB.
   */
  maxBufferedBodyBytes?: number;
  /**
   * Further `host[:port]` values a signed request may name in its `host` header, e.g. a proxy's or a
   * DNS name's (see ServerAuthority): always accepted are the listening address and the localhost
   * forms with the listening port; bound to 0.0.0.0 or ::, any host unless this is given.
   */
  allowedHosts?: string[];
  /** Time between background purges of invisible terminated resources and expired retry tokens; default 60 000 ms. */
  purgeIntervalMs?: number;
  /** Compartments (names) to create under the demo tenancy's root at start; existing ones are kept. */
  compartments?: string[];
  /**
   * Refuse (404 NotAuthorizedOrNotFound, as OCI) a create, list or move naming a compartment the server
   * does not know; by default such a compartment is registered in the caller's tenancy on first use.
   */
  strictCompartments?: boolean;
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
  /** The backup scheduler (its totals are diagnostics for tests and the bench). */
  scheduler: BackupScheduler;
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
  if (options.schedulerPassBudget !== undefined && !(Number.isInteger(options.schedulerPassBudget) && options.schedulerPassBudget >= 1)) {
    throw new DemoServerOptionsError(`Invalid schedulerPassBudget ${options.schedulerPassBudget}: use a whole number ≥ 1.`);
  }
  if (options.purgeIntervalMs !== undefined && !(Number.isInteger(options.purgeIntervalMs) && options.purgeIntervalMs >= 1)) {
    throw new DemoServerOptionsError(`Invalid purgeIntervalMs ${options.purgeIntervalMs}: use a whole number of milliseconds ≥ 1.`);
  }
  for (const name of ["maxConnections", "maxBufferedBodyBytes"] as const) {
    const n = options[name];
    if (n !== undefined && !(Number.isInteger(n) && n >= 1)) throw new DemoServerOptionsError(`Invalid ${name} ${n}: use a whole number ≥ 1.`);
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
  // Private (0700/0600), locked (one server per directory) and with a checked state file, or an error.
  const owned = await openDataDir(dataDir);
  let shared: Awaited<ReturnType<typeof openServiceState>>;
  try {
    shared = await openServiceState({
      dataDir,
      stateFile: owned.stateFile,
      ...(options.database !== undefined ? { database: options.database } : {}),
      ...(options.openStore !== undefined ? { openStore: options.openStore } : {}),
      ...(options.random !== undefined ? { random: options.random } : {}),
    });
  } catch (error) {
    owned.release();
    throw error;
  }
  const { store, keys, faults } = shared;
  let server: Server | undefined;
  try {
    const identity = await store.transaction((tx) =>
      ensureIdentity({ get: (key) => tx.getMeta(key), set: (key, value) => tx.setMeta(key, value) }, dataDir, region),
    );
    keys.addIdentity(identity.demo);
    const service = createServiceIdentity(keys);
    for (const file of options.trustConfig ?? []) trustConfigFile(keys, file);
    // On PostgreSQL: the keys are stored for the other replicas before this one answers anything.
    await keys.flush();

    let clock: Awaited<ReturnType<typeof openClock>>;
    try {
      clock = await openClock(store, {
        realNow: () => now().getTime(),
        initialOffsetSeconds: options.clockOffsetSeconds ?? 0,
        shared: options.database !== undefined,
      });
    } catch (error) {
      if (error instanceof ClockAdvanceError) throw new DemoServerOptionsError(error.message);
      throw error;
    }
    const serverNow = () => clock.now();
    const scheduler = new BackupScheduler({
      store,
      clock,
      lifecycle,
      log,
      ...(options.schedulerPassBudget !== undefined ? { passBudget: options.schedulerPassBudget } : {}),
    });

    const authority = new ServerAuthority(options.allowedHosts);
    const admission = new Admission(options.maxConnections, options.maxBufferedBodyBytes);

    const compartments: CompartmentPolicy = {
      strict: options.strictCompartments === true,
      demoTenancyId: identity.demo.tenancyId,
      demoCompartmentId: identity.demo.compartmentId,
    };
    for (const name of options.compartments ?? []) {
      const made = await createCompartment(store, compartments, { name }, serverNow().getTime(), "reuse");
      log(`compartment ${made.name}: ${made.id}`);
    }

    const spec = loadSpec() as ConstructorParameters<typeof RequestValidator>[0];
    let selfUrl = "";
    const state: ServerState = {
      region,
      router: new Router(spec.paths),
      validator: new RequestValidator(spec),
      keys,
      store,
      lifecycle,
      services: {
        store,
        pages: new PageTokens(identity.pageSecret),
        deliverCopy: createCopyDelivery({ selfUrl: () => selfUrl, serverRegion: region, service, now }),
        compartments,
        scheduleChanged: () => scheduler.changed(),
      },
      faults,
      rateLimiter: options.rateLimit === undefined ? undefined : new RateLimiter(options.rateLimit, () => now().getTime()),
      stats: new RequestStats(),
      admission,
      authority,
      adminToken: identity.adminToken,
      now: serverNow,
      realNow: now,
      clock,
      scheduler,
      log,
      onRequest: options.onRequest,
      consoleHandler: options.consoleHandler,
    };

    const { requestTimeoutMs, headersTimeoutMs } = timeoutsOf(options);
    const listening = createServer(
      {
        keepAliveTimeout: 65_000,
        // Answered with JSON by the pipeline (http/protocol-checks.ts), not node:http's bare 400.
        requireHostHeader: false,
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
    listening.on("checkExpectation", onCheckExpectation);
    admission.watch(listening);
    server = listening;
    await new Promise<void>((resolveListen, reject) => {
      listening.once("error", reject);
      listening.listen(options.port ?? 0, host, () => {
        listening.off("error", reject);
        resolveListen();
      });
    });
    const port = (listening.address() as AddressInfo).port;
    authority.listening(host, port);
    // Slots and expiries that fell due while the server was down are applied before it reports ready.
    await scheduler.start();
    const purger = startPurger({ store, now: serverNow, log, ...(options.purgeIntervalMs !== undefined ? { intervalMs: options.purgeIntervalMs } : {}) });
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
      scheduler,
      connectionCount() {
        return new Promise((resolveCount, reject) => {
          listening.getConnections((error, count) => (error ? reject(error) : resolveCount(count)));
        });
      },
      close() {
        closed ??= new Promise<void>((resolveClose) => {
          listening.close(() => {
            Promise.all([purger.stop(), scheduler.stop()])
              .then(() => clock.save())
              .then(() => shared.close())
              .catch((error: unknown) => log(`closing the state failed: ${String(error)}`))
              .finally(() => {
                owned.release();
                resolveClose();
              });
          });
          listening.closeAllConnections();
        });
        return closed;
      },
    };
  } catch (error) {
    server?.close();
    await shared.close();
    owned.release();
    throw error;
  }
}
