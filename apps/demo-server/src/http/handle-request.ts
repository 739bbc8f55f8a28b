import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { API_VERSION, defaultSleep } from "@ocikit/core";
import { retryTokenOperations, type OperationId } from "@ocikit/core/types";
import { verifyRequestParts, type VerifyFailureCode } from "@ocikit/signer";
import { ADMIN_PREFIX, handleAdmin } from "../admin/admin-api.js";
import { describeAuthFailure } from "../pipeline/describe-auth-failure.js";
import { reportRequest, type RequestTrace } from "../pipeline/request-trace.js";
import type { ApiContext, ApiResult } from "../handlers/api-context.js";
import { OPERATIONS } from "../handlers/operations.js";
import { COPY_SOURCE_REGION_HEADER, ON_BEHALF_OF_HEADER } from "../internal-headers.js";
import { regionKey } from "../regions.js";
import { CONSOLE_PREFIX, DOCS_PREFIX } from "../console/console-paths.js";
import { ServiceError, notFound } from "../service-error.js";
import type { AppState } from "./app-state.js";
import { parseQuery } from "./parse-query.js";
import { parseJsonBody } from "./parse-json-body.js";
import { ClientAbortedError, EMPTY_BODY, hasBody, readBody } from "./read-body.js";
import { errorBody, sendJson } from "./send-json.js";

const VERSION_PREFIX = `/${API_VERSION}/`;
const REGION_PATH = new RegExp(`^/([a-z0-9-]{1,64})/${API_VERSION}(/.*)$`);

const GENERIC_401 = "The required information to complete authentication was not provided or was incorrect.";

// OCI's 401 texts, each followed by what this server found, so users can fix their signer.
function authMessage(code: VerifyFailureCode, detail: string): string {
  if (code === "BAD_SIGNATURE" || code === "CLOCK_SKEW") return detail;
  if (code === "BODY_HASH_MISMATCH" || code === "CONTENT_LENGTH_MISMATCH") return `Failed to verify the HTTP(S) Signature. ${detail}`;
  return `${GENERIC_401} ${detail}`;
}

// Minted request ids: a random per-process prefix and a counter (32 upper-case hex digits), cheaper
// than a UUID per request and still unique across restarts.
const ID_PREFIX = randomBytes(10).toString("hex").toUpperCase();
let idCounter = 0;

function pickRequestId(value: string | string[] | undefined): string {
  if (typeof value === "string" && value.length > 0 && value.length <= 128 && /^[\x21-\x7e]+$/.test(value)) return value;
  idCounter = (idCounter + 1) % 0x1000000000000;
  return ID_PREFIX + idCounter.toString(16).toUpperCase().padStart(12, "0");
}

function requestHash(method: string, path: string, body: Buffer): string {
  return createHash("sha256").update(`${method} ${path}\n`).update(body).digest("base64");
}

/** Builds the node:http request listener. Never throws; unexpected errors become 500 without a stack. */
export function createRequestHandler(state: AppState): (req: IncomingMessage, res: ServerResponse) => void {
  const handle = async (req: IncomingMessage, res: ServerResponse, requestId: string, trace: RequestTrace): Promise<void> => {
    const url = req.url ?? "/";
    const method = req.method ?? "GET";
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);

    if (path === "/health") {
      return sendJson(res, 200, '{"status":"ok"}', requestId);
    }
    if (path.startsWith(CONSOLE_PREFIX) || path.startsWith(DOCS_PREFIX)) return state.consoleHandler(req, res, path);
    if (path.startsWith(ADMIN_PREFIX)) return handleAdmin(req, res, path, state, requestId);
    trace.api = true;

    let region = state.region;
    let apiPath: string;
    if (path.startsWith(VERSION_PREFIX)) apiPath = path.slice(VERSION_PREFIX.length - 1);
    else {
      const m = REGION_PATH.exec(path);
      if (m === null || regionKey(m[1] as string) === undefined) {
        throw new ServiceError(
          404,
          "NotAuthorizedOrNotFound",
          `No API at '${path.slice(0, 200)}'. Paths are /20160918/… (region ${state.region}) or /<region>/20160918/… .`,
        );
      }
      region = m[1] as string;
      apiPath = m[2] as string;
      trace.region = region;
    }

    // Most requests (GET, DELETE) have no body: skip the await.
    const body = hasBody(req) ? await readBody(req) : EMPTY_BODY;
    const headers = req.headers;
    const header = (name: string): string | undefined => {
      const v = headers[name.toLowerCase()];
      return Array.isArray(v) ? v.join(", ") : v;
    };
    const verified = await verifyRequestParts({ method, target: url, headers: header, body }, state.keys.lookup, {
      now: state.now,
    });
    if (!verified.ok) {
      state.stats.record("(unauthenticated)", 401);
      trace.code = "NotAuthenticated";
      const described = describeAuthFailure({ method, target: url, headers }, verified);
      trace.authFailure = described.authFailure;
      if (described.keyId !== undefined) trace.keyId = described.keyId;
      const route = state.router.match(method, apiPath);
      if (route.kind === "match") trace.operationId = route.route.operationId;
      return sendJson(res, 401, errorBody("NotAuthenticated", authMessage(verified.code, verified.message)), requestId);
    }
    const principal = state.keys.principal(verified.keyId);
    if (principal === undefined) {
      // Only reachable if the key registry changed between verification and this lookup: treat it as
      // the unknown key it now is.
      state.stats.record("(unauthenticated)", 401);
      return sendJson(res, 401, errorBody("NotAuthenticated", authMessage("UNKNOWN_KEY", "The key is no longer trusted.")), requestId);
    }
    trace.keyId = verified.keyId;
    const onBehalfOf = principal.service ? header(ON_BEHALF_OF_HEADER) : undefined;
    const tenancyId = onBehalfOf ?? principal.tenancyId;

    const match = state.router.match(method, apiPath);
    if (match.kind === "not-found") throw notFound(`no operation at ${method} ${apiPath.slice(0, 200)}`);
    if (match.kind === "method-not-allowed") {
      state.stats.record("(method-not-allowed)", 405);
      trace.code = "MethodNotAllowed";
      return sendJson(
        res,
        405,
        errorBody("MethodNotAllowed", `${method} is not supported here; use ${match.allowed.join(", ")}.`),
        requestId,
        { headers: { allow: match.allowed.join(", ") } },
      );
    }
    const { operationId, params } = match.route;
    trace.operationId = operationId;
    let status = 500;
    try {
      const fault = state.faults.decide(operationId);
      if (fault !== undefined) {
        if (fault.latencyMs > 0) await defaultSleep(fault.latencyMs);
        if (fault.error !== undefined && fault.phase === "before") throw fault.error;
      }
      if (state.rateLimiter !== undefined) {
        const wait = state.rateLimiter.take(tenancyId);
        if (wait > 0) {
          status = 429;
          trace.code = "TooManyRequests";
          return sendJson(
            res,
            429,
            errorBody("TooManyRequests", `Too many requests for the tenancy; retry after ${wait} s.`),
            requestId,
            { headers: { "retry-after": String(wait) } },
          );
        }
      }
      const entry = OPERATIONS[operationId];
      if (entry === undefined) {
        throw new ServiceError(501, "NotImplemented", `${operationId} is not implemented by the demo server.`);
      }
      const query: Record<string, unknown> = parseQuery(q < 0 ? "" : url.slice(q + 1));
      state.validator.path(operationId, params);
      state.validator.query(operationId, query);
      state.validator.headers(operationId, header);
      let parsed: unknown;
      if (state.validator.hasBody(operationId)) {
        if (body.length > 0) {
          parsed = parseJsonBody(body, header("content-type"));
        } else if (method === "PUT") {
          // SDKs drop a body that serialises to {} and send content-length 0.
          parsed = {};
        }
        state.validator.body(operationId, parsed);
      }
      const ctx: ApiContext = {
        operationId,
        principal,
        tenancyId,
        region,
        regionKey: regionKey(region) as string,
        params,
        query,
        header,
        body: parsed,
        nowMs: state.now().getTime(),
      };
      const pending = run(state, entry, ctx, method, path, body);
      const result = pending instanceof Promise ? await pending : pending;
      // The operation is done (and a write committed); the client sees the fault instead.
      if (fault?.error !== undefined && fault.phase === "after") throw fault.error;
      status = result.status;
      return sendJson(res, result.status, result.body, requestId, result);
    } catch (error) {
      if (error instanceof ServiceError) status = error.status;
      throw error;
    } finally {
      state.stats.record(operationId, status);
    }
  };

  const observe = state.observe;
  return (req, res) => {
    const requestId = pickRequestId(req.headers["opc-request-id"]);
    const trace: RequestTrace = { startedMs: Date.now(), startedPerf: performance.now(), api: false, region: state.region };
    const handled = handle(req, res, requestId, trace).catch((error: unknown) => {
      // The client hung up (mid-body, or before the answer): there is nobody to answer.
      if (error instanceof ClientAbortedError || res.destroyed || req.socket.destroyed) {
        res.destroy();
        return;
      }
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof ServiceError) {
        trace.code = error.code;
        const extras = error.status === 413 ? { headers: { connection: "close" } } : undefined;
        sendJson(res, error.status, errorBody(error.code, error.message), requestId, extras);
        return;
      }
      trace.code = "InternalServerError";
      state.log(`internal error on ${req.method} ${req.url?.slice(0, 200)} (${requestId}): ${String(error)}`);
      sendJson(
        res,
        500,
        errorBody("InternalServerError", `The demo server failed unexpectedly; see its log for request ${requestId}.`),
        requestId,
      );
    });
    if (observe !== undefined) handled.then(() => reportRequest(observe, trace, req, res, requestId));
  };
}

function run(
  state: AppState,
  entry: (typeof OPERATIONS)[string],
  ctx: ApiContext,
  method: string,
  path: string,
  body: Buffer,
): ApiResult | Promise<ApiResult> {
  const { services } = state;
  if (entry.kind === "read") return entry.handler(ctx, services);
  // Only operations that declare opc-retry-token honour it, as in OCI.
  const token = retryTokenOperations.has(ctx.operationId as OperationId) ? ctx.header("opc-retry-token") : undefined;
  // Service calls keep their own token namespace, so a copy's delivery never collides with the
  // caller's own use of the same token.
  const scope = ctx.principal.service ? `${ctx.tenancyId}#service` : ctx.tenancyId;
  const hash = token === undefined ? "" : requestHash(method, path, body);
  const replay = (): ApiResult | undefined => {
    if (token === undefined) return undefined;
    const stored = state.retryTokens.find(scope, token, ctx.nowMs);
    if (stored === undefined) return undefined;
    if (stored.requestHash !== hash) {
      throw new ServiceError(
        409,
        "Conflict",
        "The retry token was already used for a different request in the last 24 hours. Use a new opc-retry-token " +
          "for a new request, or repeat the original request exactly.",
      );
    }
    const result: ApiResult = { status: stored.status };
    if (stored.body !== "") result.body = stored.body;
    if (stored.etag !== null) result.etag = stored.etag;
    return result;
  };
  const remember = (result: ApiResult): void => {
    if (token === undefined || result.status >= 300) return;
    state.retryTokens.save(scope, token, {
      requestHash: hash,
      status: result.status,
      body: result.body ?? "",
      etag: result.etag ?? null,
      createdMs: ctx.nowMs,
    });
  };
  const isDelivery = entry.kind === "async" && ctx.principal.service && ctx.header(COPY_SOURCE_REGION_HEADER) !== undefined;
  if (entry.kind === "write" || isDelivery) {
    const handler = entry.kind === "async" ? entry.serviceHandler : entry.handler;
    // One synchronous unit: token check, mutation and token record commit together, and no other
    // request can interleave (better-sqlite3 is synchronous). Units of concurrent requests share one
    // transaction (group commit); each is answered only after that commit.
    return state.writes.run(() => {
      const earlier = replay();
      if (earlier !== undefined) return earlier;
      const result = handler(ctx, services);
      remember(result);
      return result;
    });
  }
  const earlier = state.db.transaction(replay)();
  if (earlier !== undefined) return earlier;
  return entry.handler(ctx, services).then((result) =>
    state.writes.run(() => {
      if (replay() === undefined) remember(result);
      return result;
    }),
  );
}
