import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestEvent, RequestObserver } from "./request-event.js";

/** What the request path learns about one API request, filled as it goes; reported once answered. */
export interface RequestTrace {
  /** Real time the request arrived (epoch ms) and its performance.now(), for the latency. */
  startedMs: number;
  startedPerf: number;
  /** Set once the request is known to be an API request (not /health, the admin API or the console). */
  api: boolean;
  region: string;
  operationId?: string;
  keyId?: string;
  code?: string;
  authFailure?: RequestEvent["authFailure"];
}

/** Reports an answered API request to the observer; observer errors are swallowed. */
export function reportRequest(
  observe: RequestObserver,
  trace: RequestTrace,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
): void {
  if (!trace.api) return;
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const event: RequestEvent = {
    time: new Date(trace.startedMs).toISOString(),
    method: req.method ?? "GET",
    path: q < 0 ? url : url.slice(0, q),
    region: trace.region,
    status: res.statusCode,
    opcRequestId: requestId,
    latencyMs: Math.round((performance.now() - trace.startedPerf) * 100) / 100,
  };
  if (trace.operationId !== undefined) event.operationId = trace.operationId;
  if (trace.code !== undefined) event.code = trace.code;
  if (trace.keyId !== undefined) event.keyId = trace.keyId;
  if (trace.authFailure !== undefined) event.authFailure = trace.authFailure;
  try {
    observe(event);
  } catch {
    // An observer must not break the server.
  }
}
