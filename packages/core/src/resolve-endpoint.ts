import { REALM_DOMAINS, findRegion } from "./realms.js";
import { InvalidEndpointError } from "./invalid-endpoint-error.js";
import { MissingRegionError } from "./missing-region-error.js";
import { UnknownRegionError } from "./unknown-region-error.js";

/** Core Services API version; every operation path sits under it. @public */
export const API_VERSION = "20160918";

/** Where to send Core Services requests. @public */
export interface EndpointOptions {
  /** Region id (`us-ashburn-1`), short key (`iad`) or a dotted domain. */
  region?: string | undefined;
  /** Service root without the API version; wins over `region`. */
  endpoint?: string | undefined;
}

/**
 * Returns the Core Services base URL, ending in `/20160918`.
 * An explicit endpoint wins; a region maps through its realm's domain.
 * @public
 */
export function resolveEndpoint({ region, endpoint }: EndpointOptions): string {
  if (endpoint !== undefined) return normalizeEndpoint(endpoint);
  if (region === undefined || region.trim() === "") throw new MissingRegionError();
  return `${regionServiceRoot(region)}/${API_VERSION}`;
}

/**
 * Maps a region to `https://iaas.<region>.<realm domain>`, without the API version.
 * @public
 */
export function regionServiceRoot(region: string): string {
  const id = region.trim().toLowerCase();
  // A dotted id is already a full domain (oci-signing.md §8), as the official SDKs treat it.
  if (id.includes(".")) return `https://iaas.${id}`;
  const info = findRegion(id);
  const domain = info && REALM_DOMAINS[info.realm];
  if (!info || !domain) throw new UnknownRegionError(region);
  return `https://iaas.${info.regionId}.${domain}`;
}

function normalizeEndpoint(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new InvalidEndpointError(endpoint, "it is not an absolute URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InvalidEndpointError(endpoint, `the scheme "${url.protocol}" is not http or https`);
  }
  if (url.username || url.password) throw new InvalidEndpointError(endpoint, "it contains user info");
  // URL drops an empty "?" or "#", so look at the raw text as well.
  if (url.search || endpoint.includes("?")) throw new InvalidEndpointError(endpoint, "it contains a query");
  if (url.hash || endpoint.includes("#")) throw new InvalidEndpointError(endpoint, "it contains a fragment");
  const path = url.pathname.replace(/\/+$/, "");
  // Tolerate a root that already names the version (the OCI CLI's --endpoint style).
  const root = `${url.origin}${path}`;
  return root.endsWith(`/${API_VERSION}`) ? root : `${root}/${API_VERSION}`;
}
