const LOOPBACK_HOSTS = new Set(["localhost", "[::1]", "::1"]);
// `/20160918` (the server's own region) or `/<region>/20160918`, with nothing after it.
const LOCAL_API_PATH = /^(?:\/[a-z0-9-]{1,64})?\/20160918\/?$/;

function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * The service root that addresses `region` on a local server with the demo server's layout: a loopback
 * `--endpoint` whose path is `/20160918` (or `/<region>/20160918`) serves every region under
 * `/<region>/20160918`. Returns undefined for any other endpoint (a real one: the endpoint wins over
 * `--region`, as in the OCI CLI).
 */
export function localRegionRoot(endpoint: string, region: string): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return undefined;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !isLoopback(url.hostname)) return undefined;
  if (!LOCAL_API_PATH.test(url.pathname) || url.search !== "" || url.hash !== "") return undefined;
  return `${url.origin}/${region}`;
}
