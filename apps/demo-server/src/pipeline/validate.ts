import type { ApiContext } from "../handlers/api-context.js";
import { parseJsonBody } from "../http/parse-json-body.js";
import { parseQuery } from "../http/parse-query.js";
import type { RouteMatch } from "../http/router.js";
import { checkRequestLimits } from "../limits/resource-limits.js";
import { regionKey } from "../regions.js";
import type { Authenticated } from "./authenticate.js";
import type { Exchange } from "./exchange.js";
import type { ServerState } from "./server-state.js";

/**
 * Stage 6, validate: path parameters, query (coerced, e.g. `limit` to a number), declared headers and the
 * JSON body against the spec (400 naming the field) and OCI's resource limits, then the context handlers get.
 */
export function validate(
  state: ServerState,
  ex: Exchange,
  match: RouteMatch,
  who: Authenticated,
  header: (name: string) => string | undefined,
  body: Uint8Array,
): ApiContext {
  const { operationId, params } = match;
  const { validator } = state;
  const query: Record<string, unknown> = parseQuery(ex.rawQuery);
  validator.path(operationId, params);
  // OCI matches lifecycleState filters case-insensitively; the spec's enum is upper case.
  if (typeof query.lifecycleState === "string") query.lifecycleState = query.lifecycleState.toUpperCase();
  validator.query(operationId, query);
  validator.headers(operationId, header);
  let parsed: unknown;
  if (validator.hasBody(operationId)) {
    if (body.length > 0) parsed = parseJsonBody(body, header("content-type"));
    // SDKs drop a body that serialises to {} and send content-length 0.
    else if (ex.method === "PUT") parsed = {};
    validator.body(operationId, parsed);
    // OCI's limits the spec does not state (tags, volumes per group): bounded documents, bounded copies.
    checkRequestLimits(operationId, parsed);
  }
  const region = ex.region as string;
  return {
    operationId,
    principal: who.principal,
    caller: {
      tenancyId: who.tenancyId,
      region,
      regionKey: regionKey(region) as string,
      nowMs: state.clock.nowMs(),
      lifecycle: state.lifecycle,
    },
    params,
    query,
    header,
    body: parsed,
  };
}
