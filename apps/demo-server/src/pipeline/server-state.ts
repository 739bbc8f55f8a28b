import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultRules } from "../admin/fault-rules.js";
import type { RateLimiter } from "../admin/rate-limiter.js";
import type { RequestStats } from "../admin/request-stats.js";
import type { ApiServices } from "../handlers/api-context.js";
import type { Admission } from "../http/admission.js";
import type { ServerAuthority } from "../http/server-authority.js";
import type { RequestValidator } from "../http/request-validator.js";
import type { Router } from "../http/router.js";
import type { ClockService } from "../clock/clock-service.js";
import type { TrustedKeys } from "../identity/trusted-keys.js";
import type { LifecyclePolicy } from "../model/lifecycle.js";
import type { Store } from "../store/store.js";
import type { BackupScheduler } from "../scheduler/backup-scheduler.js";
import type { RequestObserver } from "./request-event.js";

/** What a console handler may use of the running server (besides the request). */
export interface ConsoleContext {
  store: Store;
  region: string;
  adminToken: string;
  /** The admin API's fault rules (shared by replicas on PostgreSQL): await every call. */
  faults: FaultRules;
  stats: RequestStats;
  /** The server clock (real time + the stored offset): resources, lifecycles, schedules, expiry. */
  now: () => Date;
  /** The server clock with its offset, sync and advance (shared by replicas on PostgreSQL). */
  clock: ClockService;
  /** The backup-policy scheduler. */
  scheduler: BackupScheduler;
}

/**
 * Serves `/_ocikit/console…` and `/_ocikit/docs…` (loopback clients only; the server checks that
 * before calling it). `path` is the request path without the query.
 */
export type ConsoleHandler = (req: IncomingMessage, res: ServerResponse, path: string, server: ConsoleContext) => Promise<void>;

/** Everything the request pipeline needs, built once at start-up. */
export interface ServerState extends ConsoleContext {
  router: Router;
  validator: RequestValidator;
  keys: TrustedKeys;
  services: ApiServices;
  lifecycle: LifecyclePolicy;
  rateLimiter: RateLimiter | undefined;
  /** The `host` values a signed request may name (the server's own authorities). */
  authority: ServerAuthority;
  /** Caps on open connections and buffered body bytes (503 past them). */
  admission: Admission;
  log: (line: string) => void;
  /** Told about every API request once it is answered; absent: no event is even built. */
  onRequest: RequestObserver | undefined;
  consoleHandler: ConsoleHandler | undefined;
  /** Real time: request signatures are checked against it, whatever the server clock says. */
  realNow: () => Date;
}
