import { OciServiceError } from "./oci-service-error.js";

/** The shape openapi-fetch returns for one call. @public */
export interface FetchResultLike {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Items of a list call's successful result. @public */
export type ItemOf<R extends FetchResultLike> =
  NonNullable<Extract<R, { error?: never }>["data"]> extends readonly (infer I)[] ? I : never;

/** One page of a list call. @public */
export interface Page<T> {
  readonly items: T[];
  /** `opc-next-page` of this response; `undefined` on the last page. */
  readonly nextPage: string | undefined;
  readonly opcRequestId: string | undefined;
  readonly response: Response;
}

/**
 * Query fragment to spread into the list call: `{}` for the first page, `{ page }` after
 * (an object rather than a bare token, so it also works under `exactOptionalPropertyTypes`).
 * @public
 */
export interface PageParams {
  page?: string;
}

/**
 * Fetches one page, e.g.
 * `(next) => client.GET("/volumeGroupBackups", { params: { query: { compartmentId, ...next } } })`.
 * @public
 */
export type PageFetcher<R extends FetchResultLike> = (next: PageParams) => Promise<R>;

/** Options of {@link paginatePages} and {@link paginate}. @public */
export interface PaginateOptions {
  /** Start from this `opc-next-page` token (e.g. a `--page` given by the user) instead of the first page. */
  page?: string | undefined;
}

/**
 * Yields whole pages, following `opc-next-page` into `page` until a response has none.
 * A non-2xx page throws {@link OciServiceError}. Nothing is requested beyond the page the
 * consumer is on: breaking out of the loop stops it.
 * @public
 */
export async function* paginatePages<R extends FetchResultLike>(
  fetchPage: PageFetcher<R>,
  options: PaginateOptions = {},
): AsyncGenerator<Page<ItemOf<R>>, void, undefined> {
  let page: string | undefined = options.page || undefined;
  do {
    const result = await fetchPage(page === undefined ? {} : { page });
    const { response } = result;
    if (result.error !== undefined || !response.ok) throw OciServiceError.fromResponse(response, result.error);
    const items = Array.isArray(result.data) ? (result.data as ItemOf<R>[]) : [];
    page = response.headers.get("opc-next-page") || undefined;
    yield { items, nextPage: page, opcRequestId: response.headers.get("opc-request-id") ?? undefined, response };
  } while (page !== undefined);
}

/**
 * Yields every item of a list operation across pages (see {@link paginatePages}).
 * @example
 * for await (const backup of paginate((next) =>
 *   client.GET("/volumeGroupBackups", { params: { query: { compartmentId, ...next } } }))) { … }
 * @public
 */
export async function* paginate<R extends FetchResultLike>(
  fetchPage: PageFetcher<R>,
  options: PaginateOptions = {},
): AsyncGenerator<ItemOf<R>, void, undefined> {
  for await (const { items } of paginatePages(fetchPage, options)) yield* items;
}
