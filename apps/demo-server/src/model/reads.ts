import type { ListKey, ListPage, ResourceRow, ResourceType, SortBy, SortOrder, Store } from "../store/store.js";
import { missingParameter } from "../service-error.js";
import type { Caller } from "./caller.js";
import { loadOwned } from "./resources.js";

/** Default page size when `limit` is absent. */
export const DEFAULT_LIMIT = 100;

/**
 * GET of one resource (committed data). In `polls` lifecycle mode a GET of a resource in transition
 * counts as a poll (stored, so restarts keep the count, and counted atomically by the store); otherwise
 * a GET never writes.
 */
export async function getResource(store: Store, caller: Caller, id: string, type: ResourceType): Promise<ResourceRow> {
  const row = await loadOwned(store, caller, id, type);
  if (row.next_state !== null && row.polls_needed !== null && row.polls < row.polls_needed) {
    return (await store.recordPoll(row.id)) ?? row;
  }
  return row;
}

/** What a list call asks for, beyond tenancy and region. */
export interface ListRequest {
  compartmentId: string | undefined;
  displayName?: string | undefined;
  /** Case-insensitive lifecycle state. */
  lifecycleState?: string | undefined;
  /** Exact match on document fields (e.g. `volumeGroupId`); undefined values are no filter. */
  fields?: Record<string, string | undefined>;
  sortBy?: SortBy | undefined;
  sortOrder?: SortOrder | undefined;
  limit?: number | undefined;
  /** Where the previous page ended. */
  after?: ListKey | undefined;
}

/** The sort a list request resolves to: `TIMECREATED` newest first, `DISPLAYNAME` A→Z, unless `sortOrder`. */
export function resolveSort(request: Pick<ListRequest, "sortBy" | "sortOrder">): { sortBy: SortBy; sortOrder: SortOrder } {
  const sortBy = request.sortBy ?? "TIMECREATED";
  return { sortBy, sortOrder: request.sortOrder ?? (sortBy === "DISPLAYNAME" ? "ASC" : "DESC") };
}

/** One page of the caller's resources of `type` in a compartment of the addressed region. */
export async function listResources(store: Store, caller: Caller, type: ResourceType, request: ListRequest): Promise<ListPage> {
  if (request.compartmentId === undefined) throw missingParameter("compartmentId", "query");
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.fields ?? {})) if (v !== undefined) fields[k] = v;
  return store.listResources({
    tenancyId: caller.tenancyId,
    region: caller.region,
    type,
    compartmentId: request.compartmentId,
    ...(request.displayName !== undefined ? { displayName: request.displayName } : {}),
    ...(request.lifecycleState !== undefined ? { lifecycleState: request.lifecycleState.toUpperCase() } : {}),
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    ...resolveSort(request),
    ...(request.after !== undefined ? { after: request.after } : {}),
    limit: request.limit ?? DEFAULT_LIMIT,
    nowMs: caller.nowMs,
  });
}
