import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "../db/open-database.js";
import type { RetryTokenStore } from "../db/retry-token-store.js";
import type { WriteBatcher } from "../db/write-batcher.js";
import type { FaultInjector } from "../admin/fault-injector.js";
import type { RateLimiter } from "../admin/rate-limiter.js";
import type { RequestStats } from "../admin/request-stats.js";
import type { ApiServices } from "../handlers/api-context.js";
import type { RequestObserver } from "../pipeline/request-event.js";
import type { KeyRegistry } from "../identity/key-registry.js";
import type { RequestValidator } from "./request-validator.js";
import type { Router } from "./router.js";

/** Everything the request handler needs, built once at start-up. */
export interface AppState {
  region: string;
  router: Router;
  validator: RequestValidator;
  keys: KeyRegistry;
  db: Db;
  /** Group commit of write requests. */
  writes: WriteBatcher;
  retryTokens: RetryTokenStore;
  services: ApiServices;
  faults: FaultInjector;
  rateLimiter: RateLimiter | undefined;
  stats: RequestStats;
  adminToken: string;
  now: () => Date;
  log: (line: string) => void;
  /** Deletes every resource and retry token (admin reset). */
  reset(): void;
  /** Told about every answered API request (the console's request log, the `onRequest` option). */
  observe?: RequestObserver;
  /** Answers /_ocikit/console* and /_ocikit/docs* (the console module, loaded on first use). */
  consoleHandler: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>;
}
