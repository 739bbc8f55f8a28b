import type { ResourceRow, ResourceType } from "../db/resource-store.js";
import { effectiveState, isPurged } from "../lifecycle.js";
import { missingParameter } from "../service-error.js";
import type { ApiContext, ApiResult, ApiServices } from "./api-context.js";
import { readDoc, render } from "./resource-helpers.js";

/** Default page size when `limit` is absent. */
export const DEFAULT_LIMIT = 100;

/** Filters of one list call, beyond tenancy/region/compartment. */
export interface ListFilters {
  /** Exact match on a field of the document (e.g. `volumeGroupId`). */
  fields?: Record<string, string | undefined>;
  /** Case-insensitive lifecycle state. */
  lifecycleState?: string | undefined;
}

/**
 * Lists the caller's resources of `type` in `compartmentId` of the addressed region, filtered, sorted
 * (`TIMECREATED` newest first / `DISPLAYNAME` A→Z, case-sensitive, unless `sortOrder`), and paged
 * with signed `opc-next-page` tokens.
 */
export function listResources(ctx: ApiContext, svc: ApiServices, type: ResourceType, filters: ListFilters = {}): ApiResult {
  const compartmentId = ctx.query.compartmentId;
  if (typeof compartmentId !== "string") throw missingParameter("compartmentId", "query");
  const displayName = ctx.query.displayName as string | undefined;
  const wantedState = filters.lifecycleState?.toUpperCase();
  const fieldFilters = Object.entries(filters.fields ?? {}).filter((e): e is [string, string] => e[1] !== undefined);

  const rows: Array<{ row: ResourceRow; state: string }> = [];
  for (const row of svc.resources.listScope(ctx.tenancyId, ctx.region, type, compartmentId)) {
    if (isPurged(row, ctx.nowMs)) continue;
    if (displayName !== undefined && row.display_name !== displayName) continue;
    const state = effectiveState(row, ctx.nowMs);
    if (wantedState !== undefined && state !== wantedState) continue;
    if (fieldFilters.length > 0) {
      const doc = readDoc(row);
      if (!fieldFilters.every(([k, v]) => doc[k] === v)) continue;
    }
    rows.push({ row, state });
  }

  const sortBy = (ctx.query.sortBy as string | undefined) ?? "TIMECREATED";
  const order = (ctx.query.sortOrder as string | undefined) ?? (sortBy === "DISPLAYNAME" ? "ASC" : "DESC");
  const sign = order === "ASC" ? 1 : -1;
  rows.sort((a, b) => {
    let c = 0;
    if (sortBy === "DISPLAYNAME") c = a.row.display_name < b.row.display_name ? -1 : a.row.display_name > b.row.display_name ? 1 : 0;
    if (c === 0) c = a.row.created_ms - b.row.created_ms;
    if (c === 0) c = (a.row.seq ?? 0) - (b.row.seq ?? 0);
    return c * sign;
  });

  const scope = `${ctx.operationId}|${ctx.tenancyId}|${ctx.region}|${compartmentId}`;
  const page = ctx.query.page as string | undefined;
  const offset = page === undefined ? 0 : svc.pages.read(scope, page);
  const limit = (ctx.query.limit as number | undefined) ?? DEFAULT_LIMIT;
  const slice = rows.slice(offset, offset + limit);
  const result: ApiResult = { status: 200, body: `[${slice.map((r) => render(r.row, ctx.nowMs)).join(",")}]` };
  if (offset + limit < rows.length) result.nextPage = svc.pages.issue(scope, offset + limit);
  return result;
}
