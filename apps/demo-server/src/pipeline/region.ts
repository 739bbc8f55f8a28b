import { API_VERSION } from "@ocikit/core";
import { regionKey } from "../regions.js";
import { ServiceError } from "../service-error.js";

const VERSION_PREFIX = `/${API_VERSION}/`;
const REGION_PATH = new RegExp(`^/([a-z0-9-]{1,64})/${API_VERSION}(/.*)$`);

/**
 * Stage 1, region: `/20160918/…` addresses the server's own region, `/<region>/20160918/…` any other
 * known one. Returns the region and the path below the API version; anything else is 404.
 */
export function resolveRegion(path: string, serverRegion: string): { region: string; apiPath: string } {
  if (path.startsWith(VERSION_PREFIX)) return { region: serverRegion, apiPath: path.slice(VERSION_PREFIX.length - 1) };
  const m = REGION_PATH.exec(path);
  if (m === null || regionKey(m[1] as string) === undefined) {
    throw new ServiceError(
      404,
      "NotAuthorizedOrNotFound",
      `No API at '${path.slice(0, 200)}'. Paths are /20160918/… (region ${serverRegion}) or /<region>/20160918/… .`,
    );
  }
  return { region: m[1] as string, apiPath: m[2] as string };
}
