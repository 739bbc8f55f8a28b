import type { IncomingMessage, ServerResponse } from "node:http";
import { pickRequestId } from "../pipeline/request-id.js";
import { errorBody, sendJson } from "./send-json.js";

/**
 * node:http's own answers to a request without `Host` (400) and to an `Expect` other than
 * `100-continue` (417) have no body. The server turns both off (`requireHostHeader: false`, a
 * `checkExpectation` listener) and answers them here with OCI's `{code, message}` JSON, then closes.
 */

/** Answers an HTTP/1.1 request without a Host header (true), or leaves it to the pipeline (false). */
export function answerMissingHost(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.headers.host !== undefined || req.httpVersionMajor !== 1 || req.httpVersionMinor < 1) return false;
  sendJson(
    res,
    400,
    errorBody("MissingParameter", "The request has no Host header, which HTTP/1.1 requires. Send the server's host and port in Host."),
    pickRequestId(req.headers["opc-request-id"]),
    { headers: { connection: "close" } },
  );
  return true;
}

/** The `checkExpectation` listener: 417 with JSON, naming the only expectation the server meets. */
export function onCheckExpectation(req: IncomingMessage, res: ServerResponse): void {
  sendJson(
    res,
    417,
    errorBody("ExpectationFailed", `The server does not meet 'Expect: ${String(req.headers.expect).slice(0, 100)}'; only '100-continue' is supported.`),
    pickRequestId(req.headers["opc-request-id"]),
    { headers: { connection: "close" } },
  );
}
