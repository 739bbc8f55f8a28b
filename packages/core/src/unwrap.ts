import { OciServiceError } from "./oci-service-error.js";
import type { FetchResultLike } from "./paginate.js";

/** A successful call's data with the headers OCI callers need. @public */
export interface Unwrapped<T> {
  readonly data: T;
  readonly etag: string | undefined;
  readonly opcRequestId: string | undefined;
  readonly opcNextPage: string | undefined;
  readonly response: Response;
}

/** Data type of a call's successful branch. @public */
export type DataOf<R extends FetchResultLike> = Extract<R, { error?: never }>["data"];

/**
 * Turns openapi-fetch's `{ data, error, response }` into the data (with `etag`,
 * `opc-request-id`, `opc-next-page`), or throws {@link OciServiceError} for a non-2xx answer.
 * @example const { data, etag } = await unwrap(client.GET("/volumeGroupBackups/{volumeGroupBackupId}", …));
 * @public
 */
export async function unwrap<R extends FetchResultLike>(result: R | Promise<R>): Promise<Unwrapped<DataOf<R>>> {
  const { data, error, response } = await result;
  if (error !== undefined || !response.ok) throw OciServiceError.fromResponse(response, error);
  const headers = response.headers;
  return {
    data: data as DataOf<R>,
    etag: headers.get("etag") ?? undefined,
    opcRequestId: headers.get("opc-request-id") ?? undefined,
    opcNextPage: headers.get("opc-next-page") ?? undefined,
    response,
  };
}
