export { parseConfig, type ParsedConfig } from "./parse-config.js";
export { parseIni, type IniDialect, type IniFile, type IniSections, type ParseIniOptions } from "./parse-ini.js";
export { expandHome } from "./expand-home.js";
export { keyIdOf } from "./key-id-of.js";
export { fromConfigFile } from "./from-config-file.js";
export {
  resolveConfigProfile,
  credentialOverridesFromEnv,
  type ConfigFileOptions,
  type CredentialOverrides,
  type ResolvedProfile,
} from "./resolve-config-profile.js";
export { fromEnv, type FromEnvOptions } from "./from-env.js";
export { fromSecurityToken, type FromSecurityTokenOptions } from "./from-security-token.js";
export { chain } from "./chain.js";
export { memoize } from "./memoize.js";
export { ConfigError, type ConfigErrorCode } from "./config-error.js";
export type { Env, Provider, ReadFile, SigningIdentity } from "./provider.js";
