/**
 * Expands a leading `~` (alone, or followed by `/` or `\`) to the home directory, as the OCI CLI and
 * SDKs do (Python's `os.path.expanduser`: a trailing separator of the home directory is dropped, nothing
 * else is normalised). Any other path, `~user/…` included, is returned unchanged.
 *
 * @param home - the home directory, or a function returning it (called only when the path needs it).
 * @public
 */
export function expandHome(path: string, home: string | (() => string)): string {
  if (path !== "~" && !path.startsWith("~/") && !path.startsWith("~\\")) return path;
  const dir = (typeof home === "function" ? home() : home).replace(/[\\/]+$/, "");
  return dir + path.slice(1) || "/";
}
