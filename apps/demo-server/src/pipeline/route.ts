import type { RouteMatch, Router } from "../http/router.js";
import { notFound } from "../service-error.js";
import { errorAnswer, type Answer } from "./answer.js";
import type { Exchange } from "./exchange.js";

/**
 * Stage 3, route: the operation of the spec at this method and path. An unknown path is 404; a known
 * path with another method is 405 with `allow`.
 */
export function route(router: Router, ex: Exchange, apiPath: string): RouteMatch | Answer {
  const match = router.match(ex.method, apiPath);
  if (match.kind === "not-found") throw notFound(`no operation at ${ex.method} ${apiPath.slice(0, 200)}`);
  if (match.kind === "method-not-allowed") {
    ex.statsKey = "(method-not-allowed)";
    const allow = match.allowed.join(", ");
    return errorAnswer(405, "MethodNotAllowed", `${ex.method} is not supported here; use ${allow}.`, { allow });
  }
  ex.operationId = match.route.operationId;
  ex.statsKey = match.route.operationId;
  return match.route;
}
