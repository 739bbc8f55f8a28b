import { overCapacity } from "./admission-answer.js";
import { ClientAbortedError } from "../http/read-body.js";
import { errorBody, sendJson } from "../http/send-json.js";
import type { ServerResponse } from "node:http";
import { ServiceError } from "../service-error.js";
import { DISK_FULL_MESSAGE, isDiskFull } from "../store/disk-full.js";
import { StoreUnavailableError } from "../store/store-errors.js";
import type { Answer } from "./answer.js";
import type { Exchange } from "./exchange.js";
import type { ServerState } from "./server-state.js";

/** Stage 8, respond: writes the answer with `opc-request-id`, `etag` and `opc-next-page`. */
export function respond(ex: Exchange, answer: Answer): void {
  ex.status = answer.status;
  if (answer.code !== undefined) ex.code = answer.code;
  sendJson(ex.res, answer.status, answer.body, ex.requestId, answer);
}

/** Answers a request on a connection past the connection cap: 503 with `retry-after`, and closes it. */
export function refuseConnection(res: ServerResponse, requestId: string): void {
  const answer = overCapacity("open connections");
  sendJson(res, answer.status, answer.body, requestId, { headers: { ...answer.headers, connection: "close" } });
}

/**
 * Answers a failure of any stage: a {@link ServiceError} as its `{code, message}`; anything else as 500
 * without a stack (logged with the request id); nothing at all when the client already went away.
 */
export function respondError(state: ServerState, ex: Exchange, unknownError: unknown): void {
  const { req, res } = ex;
  // The database went away (PostgreSQL restarting, network cut): a retryable 503, not a crash.
  const error =
    unknownError instanceof StoreUnavailableError ? new ServiceError(503, "ServiceUnavailable", unknownError.message) : unknownError;
  if (error instanceof ServiceError) {
    ex.status = error.status;
    ex.code = error.code;
  } else {
    ex.status = 500;
    ex.code = "InternalServerError";
  }
  // The client hung up (mid-body, or before the answer): there is nobody to answer.
  if (error instanceof ClientAbortedError || res.destroyed || req.socket.destroyed || res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof ServiceError) {
    const extras = error.status === 413 ? { headers: { connection: "close" } } : undefined;
    sendJson(res, error.status, errorBody(error.code, error.message), ex.requestId, extras);
    return;
  }
  if (isDiskFull(error)) {
    state.log(`disk full on ${ex.method} ${ex.url.slice(0, 200)} (${ex.requestId}): ${String(error)}`);
    sendJson(res, 500, errorBody("InternalServerError", DISK_FULL_MESSAGE), ex.requestId);
    return;
  }
  state.log(`internal error on ${ex.method} ${ex.url.slice(0, 200)} (${ex.requestId}): ${String(error)}`);
  sendJson(
    res,
    500,
    errorBody("InternalServerError", `The demo server failed unexpectedly; see its log for request ${ex.requestId}.`),
    ex.requestId,
  );
}
