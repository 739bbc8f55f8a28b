import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ServerState } from "../pipeline/server-state.js";
import { readBody } from "../http/read-body.js";
import { errorBody, sendJson } from "../http/send-json.js";
import { handleCompartments } from "./compartments-api.js";
import { handleClock } from "./clock-api.js";
import { InvalidFaultRuleError, parseFaultRule } from "./fault-injector.js";

/** Path prefix of the admin API. */
export const ADMIN_PREFIX = "/_ocikit/";

/** True for 127.0.0.0/8 and ::1 peers (the admin API and the console answer only those). */
export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127."));
}

function authorized(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization;
  if (header === undefined || !header.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice(7).trim());
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The admin API (loopback only, `authorization: Bearer <adminToken>`): fault rules, reset, stats, clock.
 */
export async function handleAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  state: ServerState,
  requestId: string,
): Promise<void> {
  const fail = (status: number, code: string, message: string) => sendJson(res, status, errorBody(code, message), requestId);
  if (!isLoopback(req.socket.remoteAddress)) {
    return fail(403, "Forbidden", "The admin API answers only loopback clients (127.0.0.1 / ::1).");
  }
  if (!authorized(req, state.adminToken)) {
    return fail(
      401,
      "NotAuthenticated",
      "The admin API needs 'authorization: Bearer <token>'; the token is in <data dir>/admin-token.",
    );
  }
  const method = req.method ?? "GET";
  const rest = path.slice(ADMIN_PREFIX.length);
  if (rest === "faults") {
    if (method === "GET") return sendJson(res, 200, JSON.stringify({ rules: await state.faults.list() }), requestId);
    if (method === "DELETE") {
      await state.faults.clear();
      return sendJson(res, 204, undefined, requestId);
    }
    if (method === "POST") {
      let parsed: unknown;
      try {
        parsed = JSON.parse((await readBody(req)).toString("utf8"));
      } catch {
        return fail(400, "CannotParseRequest", "The body must be a JSON fault rule or an array of rules.");
      }
      try {
        const rules = (Array.isArray(parsed) ? parsed : [parsed]).map(parseFaultRule);
        const added: unknown[] = [];
        for (const r of rules) added.push(await state.faults.add(r));
        return sendJson(res, 200, JSON.stringify({ rules: added }), requestId);
      } catch (error) {
        if (error instanceof InvalidFaultRuleError) return fail(400, "InvalidParameter", error.message);
        throw error;
      }
    }
  }
  const one = /^faults\/(\d+)$/.exec(rest);
  if (one !== null && method === "DELETE") {
    return (await state.faults.remove(Number(one[1])))
      ? sendJson(res, 204, undefined, requestId)
      : fail(404, "NotFound", `No fault rule with id ${one[1]}.`);
  }
  if (rest === "reset" && method === "POST") {
    await state.store.reset();
    state.scheduler.changed();
    return sendJson(res, 204, undefined, requestId);
  }
  if (rest === "clock") return handleClock(req, res, state, requestId);
  if (rest === "stats" && method === "GET") return sendJson(res, 200, JSON.stringify(state.stats.snapshot()), requestId);
  if (rest === "compartments" && (await handleCompartments(req, res, state, requestId))) return;
  return fail(
    404,
    "NotFound",
    "Unknown admin endpoint. Available: GET/POST/DELETE /_ocikit/faults, DELETE /_ocikit/faults/{id}, POST /_ocikit/reset, GET /_ocikit/stats, GET/POST /_ocikit/compartments, GET/POST /_ocikit/clock.",
  );
}
