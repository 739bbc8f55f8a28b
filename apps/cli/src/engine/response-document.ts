import { toCliShape } from "../output/to-cli-shape.js";
import { withAllFields } from "../output/with-all-fields.js";
import type { ApiResult } from "../types.js";

/** Response headers the OCI CLI copies next to `data`, when present. */
const SHOWN_HEADERS = ["etag", "opc-next-page", "opc-work-request-id", "opc-total-items", "opc-next-cursor"] as const;

/**
 * The printed document of a response: `{"data": …}` plus the listed headers that are present, or
 * `undefined` when there is neither (a delete prints nothing). As in the OCI CLI, an empty list is no
 * `data` at all, so an empty list answer prints nothing.
 */
export function responseDocument(
  result: Pick<ApiResult, "data" | "headers">,
  model: string | undefined,
  data: unknown = result.data,
): Record<string, unknown> | undefined {
  const document: Record<string, unknown> = {};
  const empty = data === undefined || data === null || data === "" || (Array.isArray(data) && data.length === 0);
  if (!empty) document["data"] = toCliShape(withAllFields(data, model));
  for (const header of SHOWN_HEADERS) {
    const value = result.headers.get(header);
    if (value !== null) document[header] = value;
  }
  return Object.keys(document).length > 0 ? document : undefined;
}
