import { findRegion } from "@ocikit/core";

/**
 * The region key (`iad`, `phx`, …) of a known region id, or undefined for anything else. The table is
 * @ocikit/core's, so the server accepts exactly the regions the client can address; unlike `findRegion`
 * it takes only the exact, lower-case region id (a short key or other spelling is not a path segment OCI
 * would answer to).
 */
export function regionKey(regionId: string): string | undefined {
  const info = findRegion(regionId);
  return info?.regionId === regionId ? info.regionKey : undefined;
}
