import type { ResourceType } from "../db/resource-store.js";
import type { ApiContext, ApiResult, ApiServices } from "./api-context.js";
import { loadOwned, single } from "./resource-helpers.js";

/**
 * GET of one resource. In `polls` lifecycle mode a GET of a resource in transition counts as a poll
 * (stored, so restarts keep the count); otherwise a GET never writes.
 */
export function getWithPolls(ctx: ApiContext, svc: ApiServices, id: string, type: ResourceType): ApiResult {
  const row = loadOwned(svc, ctx, id, type);
  if (row.next_state !== null && row.polls_needed !== null && row.polls < row.polls_needed) {
    svc.resources.countPoll(row.id);
    return single(row, ctx.nowMs, 1);
  }
  return single(row, ctx.nowMs);
}
