import type { IncomingMessage, ServerResponse } from "node:http";
import { ClockAdvanceError } from "../clock/server-clock.js";
import { advanceClockView, readClockView } from "../clock/clock-view.js";
import { readBody } from "../http/read-body.js";
import { errorBody, sendJson } from "../http/send-json.js";
import type { ServerState } from "../pipeline/server-state.js";

/**
 * `GET /_ocikit/clock` → `{"now", "offsetSeconds"}`; `POST /_ocikit/clock {"advanceSeconds": N}` moves
 * the server clock forward by N ≥ 0 seconds and answers, in the same shape, only after every backup
 * slot and expiry due up to the new time has been applied. The clock never moves backwards (400).
 * On PostgreSQL the clock is the database's: every replica shows and moves the same one.
 */
export async function handleClock(req: IncomingMessage, res: ServerResponse, state: ServerState, requestId: string): Promise<void> {
  const method = req.method ?? "GET";
  if (method === "GET") return sendJson(res, 200, JSON.stringify(await readClockView(state.clock)), requestId);
  if (method !== "POST") {
    return sendJson(res, 405, errorBody("MethodNotAllowed", `${method} is not supported on /_ocikit/clock; use GET or POST.`), requestId, {
      headers: { allow: "GET, POST" },
    });
  }
  let body: unknown;
  try {
    body = JSON.parse((await readBody(req)).toString("utf8"));
  } catch {
    return sendJson(res, 400, errorBody("CannotParseRequest", 'The body must be JSON such as {"advanceSeconds": 86400}.'), requestId);
  }
  const keys = body !== null && typeof body === "object" && !Array.isArray(body) ? Object.keys(body) : [];
  if (keys.length !== 1 || keys[0] !== "advanceSeconds") {
    return sendJson(res, 400, errorBody("InvalidParameter", 'The body must be exactly {"advanceSeconds": N} with N a whole number ≥ 0.'), requestId);
  }
  try {
    const view = await advanceClockView(state.scheduler, (body as { advanceSeconds: unknown }).advanceSeconds);
    return sendJson(res, 200, JSON.stringify(view), requestId);
  } catch (error) {
    if (error instanceof ClockAdvanceError) return sendJson(res, 400, errorBody(error.code, error.message), requestId);
    throw error;
  }
}
