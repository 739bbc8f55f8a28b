import { paginatePages } from "@ocikit/core";
import type { Api, ApiCall, ApiResult } from "../types.js";

/**
 * Follows `opc-next-page` for a list call, as the OCI CLI does for `--all` (every page) and `--limit N`
 * (until N items), through @ocikit/core's pagination loop. `pageSize` is the per-request `limit`.
 * Returns the items and the last response.
 */
export async function listPages(
  api: Api,
  call: ApiCall,
  options: { pageSize: number | undefined; limit: number | undefined },
): Promise<{ items: unknown[]; last: ApiResult }> {
  const { limit, pageSize } = options;
  const items: unknown[] = [];
  let last: ApiResult | undefined;
  const fetchPage = async (next: { page?: string }) => {
    const query = { ...call.query };
    delete query["page"];
    const remaining = limit === undefined ? undefined : limit - items.length;
    const perPage = pageSize === undefined ? remaining : remaining === undefined ? pageSize : Math.min(pageSize, remaining);
    if (perPage === undefined) delete query["limit"];
    else query["limit"] = perPage;
    if (next.page !== undefined) query["page"] = next.page;
    last = await api.call({ ...call, query });
    // api.call has already thrown for a non-2xx answer; the loop needs the answer's headers.
    return { data: last.data, response: new Response(null, { status: 200, headers: last.headers }) };
  };
  const start = typeof call.query["page"] === "string" ? call.query["page"] : undefined;
  for await (const page of paginatePages(fetchPage, { page: start })) {
    items.push(...page.items);
    if (limit !== undefined && items.length >= limit) break;
  }
  return { items: limit === undefined ? items : items.slice(0, limit), last: last as ApiResult };
}
