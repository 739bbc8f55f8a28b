import type { Principal } from "../identity/principal.js";
import type { PageTokens } from "../http/page-token.js";
import type { DeliverCopy } from "../model/backup-copies.js";
import type { Caller } from "../model/caller.js";
import type { CompartmentPolicy } from "../model/compartments.js";
import type { Work } from "../model/work.js";
import type { Store } from "../store/store.js";

/** One authenticated, validated API call, as handlers see it. */
export interface ApiContext {
  operationId: string;
  principal: Principal;
  /** Tenancy, region, time and lifecycle policy of the call: what the model gets. */
  caller: Caller;
  params: Record<string, string>;
  query: Record<string, unknown>;
  header(name: string): string | undefined;
  /** Parsed, schema-validated JSON body (undefined when none). */
  body: unknown;
}

/** What a handler answers: status, JSON text, and the headers OCI sends with it. */
export interface ApiResult {
  status: number;
  body?: string;
  etag?: string;
  nextPage?: string;
}

/** What handlers may use. */
export interface ApiServices {
  store: Store;
  pages: PageTokens;
  deliverCopy: DeliverCopy;
  /** Known compartments and how strictly unknown ones are refused (issue 13). */
  compartments: CompartmentPolicy;
  /** Tells the backup scheduler that assignments or schedules changed, so it plans its next wake-up again. */
  scheduleChanged: () => void;
}

/** A read: committed data, no transaction. */
export type ReadHandler = (ctx: ApiContext, svc: ApiServices) => Promise<ApiResult>;
/** A write: runs inside one store transaction (with the retry-token check and record). */
export type WriteHandler = (ctx: ApiContext, svc: ApiServices, work: Work) => Promise<ApiResult>;
/** A call that makes calls (cross-region copy): no transaction of its own. */
export type CallHandler = (ctx: ApiContext, svc: ApiServices) => Promise<ApiResult>;
