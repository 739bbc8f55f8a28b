import type { OutgoingHttpHeaders } from "node:http";
import type { ApiResult } from "../handlers/api-context.js";
import { errorBody } from "../http/send-json.js";

/** A response a stage decided on: an API result plus extra headers. */
export interface Answer extends ApiResult {
  headers?: OutgoingHttpHeaders;
  /** The `code` of an error answer (for stats and request events). */
  code?: string;
}

/** An OCI-shaped error answer. */
export function errorAnswer(status: number, code: string, message: string, headers?: OutgoingHttpHeaders): Answer {
  return { status, code, body: errorBody(code, message), ...(headers !== undefined ? { headers } : {}) };
}
