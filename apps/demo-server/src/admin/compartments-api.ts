import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody } from "../http/read-body.js";
import { errorBody, sendJson } from "../http/send-json.js";
import { createCompartment, listCompartments } from "../model/compartments.js";
import type { ServerState } from "../pipeline/server-state.js";
import { ServiceError } from "../service-error.js";

/**
 * `GET /_ocikit/compartments[?tenancyId=…]` (default: the demo tenancy) lists a tenancy's compartments,
 * root first; `POST /_ocikit/compartments {"name", "parentId"?}` creates one (parent default: the demo
 * tenancy's root). Answers true when it handled the request.
 */
export async function handleCompartments(
  req: IncomingMessage,
  res: ServerResponse,
  state: ServerState,
  requestId: string,
): Promise<boolean> {
  const policy = state.services.compartments;
  const nowMs = state.now().getTime();
  try {
    if (req.method === "GET") {
      const tenancyId = new URL(req.url ?? "/", "http://x").searchParams.get("tenancyId") ?? policy.demoTenancyId;
      const compartments = await listCompartments(state.store, policy, tenancyId, nowMs);
      sendJson(res, 200, JSON.stringify({ compartments }), requestId);
      return true;
    }
    if (req.method === "POST") {
      let parsed: unknown;
      try {
        parsed = JSON.parse((await readBody(req)).toString("utf8"));
      } catch {
        parsed = undefined;
      }
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        throw new ServiceError(400, "CannotParseRequest", 'The body must be a JSON object such as {"name": "dev", "parentId": "<OCID>"}.');
      }
      const compartment = await createCompartment(state.store, policy, parsed as { name: unknown; parentId?: unknown }, nowMs);
      sendJson(res, 200, JSON.stringify(compartment), requestId);
      return true;
    }
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    sendJson(res, error.status, errorBody(error.code, error.message), requestId);
    return true;
  }
  return false;
}
