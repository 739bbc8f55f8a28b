import type { Provider, SigningIdentity } from "./provider.js";
import { resolveConfigProfile, type ConfigFileOptions } from "./resolve-config-profile.js";

/**
 * A provider of the identity in one profile of an OCI config file (default `~/.oci/config`, profile
 * `DEFAULT`); see {@link resolveConfigProfile}. The file is read on every call: wrap in `memoize` to
 * read it once. A missing file throws a `ConfigError` with `tryNextLink: true`.
 * @public
 */
export function fromConfigFile(options: ConfigFileOptions = {}): Provider<SigningIdentity> {
  return async () => (await resolveConfigProfile(options)).identity;
}
