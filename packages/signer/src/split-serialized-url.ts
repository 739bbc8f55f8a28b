/**
 * Host and request target of a URL as `Request#url` serialises it. For http(s) that form is already
 * normalised (lower-case host, default port dropped, path percent-encoded), so the parts are found by
 * position instead of parsing the URL again; other schemes go through `URL`.
 * @internal
 */
export function splitSerializedUrl(url: string): { host: string; target: string } {
  const start = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
  if (start > 0) {
    const slash = url.indexOf("/", start);
    const at = url.indexOf("@", start);
    // (Request refuses URLs with credentials; other callers' userinfo goes through URL.)
    if (slash > start && (at === -1 || at > slash)) {
      const hash = url.indexOf("#", slash);
      let target = hash === -1 ? url.slice(slash) : url.slice(slash, hash);
      // URL#search is "" for a bare "?", and undici sends pathname + search.
      if (target.endsWith("?") && target.indexOf("?") === target.length - 1) target = target.slice(0, -1);
      return { host: url.slice(start, slash), target };
    }
  }
  const parsed = new URL(url);
  return { host: parsed.host, target: parsed.pathname + parsed.search };
}
