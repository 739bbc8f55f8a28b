import type { ResourceStore } from "../db/resource-store.js";
import type { ScheduleStore } from "../db/schedule-store.js";
import type { Principal } from "../identity/principal.js";
import type { LifecyclePolicy } from "../lifecycle.js";
import type { PageTokens } from "../http/page-token.js";

/** One authenticated, validated API call, as handlers see it. */
export interface ApiContext {
  operationId: string;
  principal: Principal;
  /** The tenancy the call acts for (the signer's, or the one a service call carries). */
  tenancyId: string;
  /** Region the call addresses (from the path prefix, else the server's region). */
  region: string;
  regionKey: string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  header(name: string): string | undefined;
  /** Parsed, schema-validated JSON body (undefined when none). */
  body: unknown;
  nowMs: number;
}

/** What a handler answers: status, JSON text, and the headers OCI sends with it. */
export interface ApiResult {
  status: number;
  body?: string;
  etag?: string;
  nextPage?: string;
}

/** Cross-region copy: deliver a copy of a backup to another region of this server (see copy-delivery.ts). */
export type DeliverCopy = (request: {
  tenancyId: string;
  sourceRegion: string;
  sourceId: string;
  destinationRegion: string;
  details: Record<string, unknown>;
  retryToken: string | undefined;
}) => Promise<ApiResult>;

/** What handlers may use. */
export interface ApiServices {
  resources: ResourceStore;
  lifecycle: LifecyclePolicy;
  pages: PageTokens;
  serverRegion: string;
  deliverCopy: DeliverCopy;
  /** The backup scheduler's tables (fired slots, cursors, expiries). */
  schedules: ScheduleStore;
  /** Tells the scheduler that assignments or schedules changed, so it re-plans its next wake-up. */
  scheduleChanged: () => void;
}

/** A synchronous handler runs inside one SQLite transaction. */
export type SyncHandler = (ctx: ApiContext, svc: ApiServices) => ApiResult;
/** An asynchronous handler (cross-region copy) manages its own transactions. */
export type AsyncHandler = (ctx: ApiContext, svc: ApiServices) => Promise<ApiResult>;
