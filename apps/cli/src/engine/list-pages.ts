import type { Api, ApiCall, ApiResult } from "../types.js";

/**
 * Follows `opc-next-page` for a list call, as the OCI CLI does for `--all` (every page) and `--limit N`
 * (until N items). `pageSize` is the per-request `limit`. Returns the items and the last response.
 */
export async function listPages(
  api: Api,
  call: ApiCall,
  options: { pageSize: number | undefined; limit: number | undefined },
): Promise<{ items: unknown[]; last: ApiResult }> {
  const { limit, pageSize } = options;
  const items: unknown[] = [];
  let page = typeof call.query["page"] === "string" ? call.query["page"] : undefined;
  for (;;) {
    const query = { ...call.query };
    const remaining = limit === undefined ? undefined : limit - items.length;
    const perPage = pageSize === undefined ? remaining : remaining === undefined ? pageSize : Math.min(pageSize, remaining);
    if (perPage === undefined) delete query["limit"];
    else query["limit"] = perPage;
    if (page === undefined) delete query["page"];
    else query["page"] = page;
    const last = await api.call({ ...call, query });
    if (Array.isArray(last.data)) items.push(...(last.data as unknown[]));
    page = last.headers.get("opc-next-page") || undefined;
    if (page === undefined || (limit !== undefined && items.length >= limit)) {
      return { items: limit === undefined ? items : items.slice(0, limit), last };
    }
  }
}
