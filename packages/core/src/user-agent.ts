/** ocikit's own version, reported in the default User-Agent. @internal */
export const CORE_VERSION = "0.0.0";

/** The default `User-Agent`: package, version and runtime. @internal */
export function defaultUserAgent(): string {
  return `ocikit-core/${CORE_VERSION} (Node/${process.version})`;
}
