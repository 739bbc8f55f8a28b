import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { answerMissingHost } from "../http/protocol-checks.js";
import { bodyReservation, checkDeclaredLength, EMPTY_BODY, hasBody, readBody } from "../http/read-body.js";
import type { Answer } from "./answer.js";
import { overCapacity } from "./admission-answer.js";
import { authenticate, authenticateBody, type Authenticated } from "./authenticate.js";
import { dispatch } from "./dispatch.js";
import type { Exchange } from "./exchange.js";
import { faultAfter, faultBefore } from "./faults.js";
import { serveLocalPath } from "./local-paths.js";
import { rateLimit } from "./rate-limit.js";
import { resolveRegion } from "./region.js";
import type { RequestEvent } from "./request-event.js";
import { pickRequestId } from "./request-id.js";
import { refuseConnection, respond, respondError } from "./respond.js";
import { route } from "./route.js";
import type { ServerState } from "./server-state.js";
import { validate } from "./validate.js";

/**
 * The API request path, stage by stage: region → authenticate (headers, then the body) → route → faults
 * → rate limit → validate → dispatch → respond. Each stage either hands on what it found or decides the answer.
 */
async function runPipeline(state: ServerState, ex: Exchange): Promise<Answer> {
  const { region, apiPath } = resolveRegion(ex.path, state.region);
  ex.region = region;
  ex.apiPath = apiPath;
  const headers = ex.req.headers;
  const header = (name: string): string | undefined => {
    const v = headers[name.toLowerCase()];
    return Array.isArray(v) ? v.join(", ") : v;
  };
  // Most requests (GET, DELETE) have no body. One that has is authenticated from its headers first:
  // a refused request's body is never buffered (node:http discards it after the answer).
  const bodyFollows = hasBody(ex.req);
  if (bodyFollows) checkDeclaredLength(ex.req);
  const who = await authenticate(state, ex, header, bodyFollows);
  if ("status" in who) return who;
  if (!bodyFollows) return afterAuthentication(state, ex, header, who, EMPTY_BODY);
  const reserved = bodyReservation(ex.req);
  if (!state.admission.reserve(reserved)) return overCapacity("buffered request bodies");
  try {
    const body = await readBody(ex.req);
    return authenticateBody(state, ex, header, who, body) ?? (await afterAuthentication(state, ex, header, who, body));
  } finally {
    state.admission.release(reserved);
  }
}

async function afterAuthentication(
  state: ServerState,
  ex: Exchange,
  header: (name: string) => string | undefined,
  who: Authenticated,
  body: Buffer,
): Promise<Answer> {
  const apiPath = ex.apiPath as string;
  const match = route(state.router, ex, apiPath);
  if ("status" in match) return match;
  const fault = await faultBefore(state.faults, match.operationId);
  const limited = rateLimit(state.rateLimiter, who.tenancyId);
  if (limited !== undefined) return limited;
  // Replicas share the clock: another one may have advanced it a moment ago.
  if (state.clock.shared) await state.clock.sync();
  const ctx = validate(state, ex, match, who, header, body);
  const result = await dispatch(state, ex, ctx, body);
  faultAfter(fault);
  return result;
}

/** Builds the node:http request listener. Never throws; unexpected errors become 500 without a stack. */
export function createRequestHandler(state: ServerState): (req: IncomingMessage, res: ServerResponse) => void {
  const observe = state.onRequest;
  return (req, res) => {
    if (answerMissingHost(req, res)) return;
    const requestId = pickRequestId(req.headers["opc-request-id"]);
    if (state.admission.overConnections()) {
      refuseConnection(res, requestId);
      return;
    }
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);
    const local = serveLocalPath(state, req, res, path, requestId);
    if (local !== false) {
      local.catch((error: unknown) => respondError(state, { req, res, requestId, method: req.method ?? "GET", url, path, rawQuery: "" }, error));
      return;
    }
    const ex: Exchange = { req, res, requestId, method: req.method ?? "GET", url, path, rawQuery: q < 0 ? "" : url.slice(q + 1) };
    if (observe !== undefined) {
      ex.receivedAt = new Date();
      ex.startedAt = performance.now();
    }
    runPipeline(state, ex)
      .then(
        (answer) => respond(ex, answer),
        (error: unknown) => respondError(state, ex, error),
      )
      .catch((error: unknown) => {
        // Writing the answer itself failed (a broken socket): nothing more can be said to this client.
        state.log(`could not answer ${ex.requestId}: ${String(error)}`);
        res.destroy();
      })
      .finally(() => {
        if (ex.statsKey !== undefined) state.stats.record(ex.statsKey, ex.status ?? 500);
        if (observe !== undefined) emit(state, observe, ex);
      });
  };
}

function emit(state: ServerState, observe: (event: RequestEvent) => void, ex: Exchange): void {
  const event: RequestEvent = {
    time: (ex.receivedAt as Date).toISOString(),
    method: ex.method,
    path: ex.path,
    status: ex.status ?? 500,
    opcRequestId: ex.requestId,
    latencyMs: performance.now() - (ex.startedAt as number),
  };
  if (ex.region !== undefined) event.region = ex.region;
  if (ex.operationId !== undefined) event.operationId = ex.operationId;
  if (ex.code !== undefined) event.code = ex.code;
  if (ex.keyId !== undefined) event.keyId = ex.keyId;
  if (ex.authFailure !== undefined) event.authFailure = ex.authFailure;
  try {
    observe(event);
  } catch (error) {
    state.log(`request observer failed on ${ex.requestId}: ${String(error)}`);
  }
}
