import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestEvent } from "./request-event.js";

/** One request on its way through the pipeline: what the stages have found out so far. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  requestId: string;
  method: string;
  /** Path and query as received. */
  url: string;
  /** Path without the query. */
  path: string;
  /** The raw query string (after `?`), "" when none. */
  rawQuery: string;
  region?: string;
  /** The path below the API version, e.g. `/volumes/ocid1…`. */
  apiPath?: string;
  operationId?: string;
  /** Counter name of the request in /_ocikit/stats (set once known). */
  statsKey?: string;
  /** Status and error code of the answer. */
  status?: number;
  code?: string;
  keyId?: string;
  authFailure?: RequestEvent["authFailure"];
  /** performance.now() at receipt; only measured when an observer listens. */
  startedAt?: number;
  receivedAt?: Date;
}
