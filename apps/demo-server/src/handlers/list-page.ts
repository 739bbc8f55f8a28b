import { listResources, resolveSort, type ListRequest } from "../model/reads.js";
import { missingParameter } from "../service-error.js";
import type { ResourceType, SortBy, SortOrder } from "../store/store.js";
import type { ApiContext, ApiResult, ApiServices } from "./api-context.js";
import { render } from "./render.js";

/** Filters a list operation takes beyond compartment, name, sort and paging. */
export type ListFilters = Pick<ListRequest, "fields" | "lifecycleState">;

/**
 * A list operation: parses compartment, name, sort, limit and the page token, asks the model for one
 * keyset page, renders it and signs the key of its last row as `opc-next-page`.
 */
export async function listPage(ctx: ApiContext, svc: ApiServices, type: ResourceType, filters: ListFilters = {}): Promise<ApiResult> {
  const q = ctx.query;
  const compartmentId = q.compartmentId as string | undefined;
  if (compartmentId === undefined) throw missingParameter("compartmentId", "query");
  const sort = resolveSort({ sortBy: q.sortBy as SortBy | undefined, sortOrder: q.sortOrder as SortOrder | undefined });
  const { caller } = ctx;
  const scope = `${ctx.operationId}|${caller.tenancyId}|${caller.region}|${compartmentId}|${sort.sortBy}|${sort.sortOrder}`;
  const token = q.page as string | undefined;
  const page = await listResources(svc.store, caller, type, {
    ...filters,
    compartmentId,
    displayName: q.displayName as string | undefined,
    ...sort,
    limit: q.limit as number | undefined,
    after: token === undefined ? undefined : svc.pages.read(scope, token),
  });
  const result: ApiResult = { status: 200, body: `[${page.rows.map((r) => render(r, caller.nowMs)).join(",")}]` };
  if (page.next !== undefined) result.nextPage = svc.pages.issue(scope, page.next);
  return result;
}
