import type { KeyObject } from "node:crypto";
import { fingerprint as computeFingerprint } from "../fingerprint.js";
import { ConfigError } from "./config-error.js";
import { defaultEnv, defaultHomedir, defaultReadFile, isNotFound } from "./defaults.js";
import { expandHome } from "./expand-home.js";
import { keyIdOf, sessionKeyIdOf } from "./key-id-of.js";
import { keyFromPem, loadKeyFile, loadTokenFile, type SettingSource } from "./load-key-file.js";
import { parseIni } from "./parse-ini.js";
import type { Env, ReadFile, SigningIdentity } from "./provider.js";

/**
 * Values that replace the profile's own, as the OCI CLI's `OCI_CLI_*` variables do (see
 * {@link credentialOverridesFromEnv}).
 * @public
 */
export interface CredentialOverrides {
  tenancy?: string;
  user?: string;
  fingerprint?: string;
  keyFile?: string;
  /** PEM text of the private key; wins over any key file. */
  keyContent?: string;
  passphrase?: string;
  region?: string;
  securityTokenFile?: string;
}

/**
 * Options of {@link fromConfigFile} and {@link resolveConfigProfile}.
 * @public
 */
export interface ConfigFileOptions {
  /** Config file; default `$OCI_CLI_CONFIG_FILE`, then `$OCI_CONFIG_FILE`, then `~/.oci/config`. */
  path?: string;
  /** Profile; default `$OCI_CLI_PROFILE`, then `DEFAULT`. */
  profile?: string;
  env?: Env;
  readFile?: ReadFile;
  homedir?: () => string;
  overrides?: CredentialOverrides;
  /**
   * How the caller's users set `path` and `profile`, for error messages: a CLI passes its flags, e.g.
   * `{ path: "--config-file", profile: "--profile" }`. Default: the option names, `` `path` `` and
   * `` `profile` ``.
   */
  optionNames?: { path?: string; profile?: string };
}

/**
 * A resolved profile: the identity to sign with plus where it came from.
 * @public
 */
export interface ResolvedProfile {
  path: string;
  profile: string;
  /** The profile's settings merged over `[DEFAULT]` (overrides not applied). */
  values: Readonly<Record<string, string>>;
  identity: SigningIdentity;
  region: string | undefined;
}

/**
 * Reads the `OCI_CLI_*` credential variables the OCI CLI honours into {@link CredentialOverrides}.
 * @public
 */
export function credentialOverridesFromEnv(env: Env): CredentialOverrides {
  const out: CredentialOverrides = {};
  const entries: Array<[keyof CredentialOverrides, string]> = [
    ["tenancy", "OCI_CLI_TENANCY"],
    ["user", "OCI_CLI_USER"],
    ["fingerprint", "OCI_CLI_FINGERPRINT"],
    ["keyFile", "OCI_CLI_KEY_FILE"],
    ["keyContent", "OCI_CLI_KEY_CONTENT"],
    ["passphrase", "OCI_CLI_PASSPHRASE"],
    ["region", "OCI_CLI_REGION"],
    ["securityTokenFile", "OCI_CLI_SECURITY_TOKEN_FILE"],
  ];
  for (const [field, name] of entries) {
    const v = nonEmpty(env[name]);
    if (v !== undefined) out[field] = v;
  }
  return out;
}

const SETUP_HINT = "run `oci setup config` (or `ocikit setup keys` for the key)";

/**
 * Loads one profile of an OCI config file into a signing identity, with `[DEFAULT]` inheritance per key,
 * `~` expansion, encrypted keys (`pass_phrase`), session tokens (`security_token_file` → keyId
 * `ST$<token>`) and optional CLI-style overrides. A missing `fingerprint` is computed from the key.
 *
 * @throws {@link ConfigError} naming the file, profile and setting at fault.
 * @public
 */
export async function resolveConfigProfile(options: ConfigFileOptions = {}): Promise<ResolvedProfile> {
  const env = options.env ?? defaultEnv();
  const readFile = options.readFile ?? defaultReadFile;
  const homedir = options.homedir ?? defaultHomedir;
  const overrides = options.overrides ?? {};
  const path = expandHome(
    options.path ?? nonEmpty(env.OCI_CLI_CONFIG_FILE) ?? nonEmpty(env.OCI_CONFIG_FILE) ?? "~/.oci/config",
    homedir,
  );
  const profile = options.profile ?? nonEmpty(env.OCI_CLI_PROFILE) ?? "DEFAULT";

  let text: string | undefined;
  try {
    text = await readFile(path);
  } catch (cause) {
    // The OCI CLI runs without a config file when the environment supplies a complete identity.
    if (!(isNotFound(cause) && isCompleteOverride(overrides))) {
      throw new ConfigError(
        "CONFIG_NOT_FOUND",
        `Cannot read the OCI config file '${path}'${isNotFound(cause) ? " (no such file)" : ""}. Create it: ` +
          `${SETUP_HINT}, or point ${options.optionNames?.path ?? "`path`"} / OCI_CLI_CONFIG_FILE at an existing file.`,
        { tryNextLink: isNotFound(cause), path, profile, cause },
      );
    }
  }

  let values: Record<string, string> = Object.create(null) as Record<string, string>;
  if (text !== undefined) {
    const ini = parseIni(text, { source: path });
    if (!ini.has(profile)) {
      const known = Object.keys(ini.sections);
      throw new ConfigError(
        "PROFILE_NOT_FOUND",
        `Profile [${profile}] is not in the OCI config file '${path}'` +
          `${known.length > 0 ? ` (profiles: ${known.join(", ")})` : " (it has no profiles)"}. Pick one of ` +
          `those with ${options.optionNames?.profile ?? "`profile`"} / OCI_CLI_PROFILE, or add [${profile}] (${SETUP_HINT}).`,
        { path, profile },
      );
    }
    values = ini.resolve(profile);
  }

  const source: SettingSource = { describe: `profile [${profile}] of '${path}'`, path, profile };
  const missing = (key: string): ConfigError =>
    new ConfigError(
      "MISSING_KEY",
      `Profile [${profile}] in '${path}' has no '${key}' (and [DEFAULT] does not provide it). Add ` +
        `${key}=… to the profile, or ${SETUP_HINT}.`,
      { path, profile, key },
    );

  const passphrase = overrides.passphrase ?? nonEmpty(values.pass_phrase);
  let privateKey: KeyObject;
  if (overrides.keyContent !== undefined) {
    privateKey = keyFromPem(
      overrides.keyContent,
      passphrase,
      { describe: "environment variable OCI_CLI_KEY_CONTENT" },
      "OCI_CLI_KEY_CONTENT",
    );
  } else {
    const keyFile = overrides.keyFile ?? nonEmpty(values.key_file);
    if (keyFile === undefined || keyFile === "") throw missing("key_file");
    privateKey = await loadKeyFile(expandHome(keyFile, homedir), passphrase, readFile, source, "key_file");
  }

  const tenancy = overrides.tenancy ?? nonEmpty(values.tenancy);
  const user = overrides.user ?? nonEmpty(values.user);
  const region = overrides.region ?? nonEmpty(values.region);
  const tokenFile = overrides.securityTokenFile ?? nonEmpty(values.security_token_file);
  const keyFingerprint = overrides.fingerprint ?? nonEmpty(values.fingerprint) ?? computeFingerprint(privateKey);

  let keyId: string;
  if (tokenFile !== undefined && tokenFile !== "") {
    const token = await loadTokenFile(expandHome(tokenFile, homedir), readFile, source, "security_token_file");
    keyId = sessionKeyIdOf(token);
  } else {
    if (tenancy === undefined || tenancy === "") throw missing("tenancy");
    if (user === undefined || user === "") throw missing("user");
    keyId = keyIdOf({ tenancy, user, fingerprint: keyFingerprint });
  }

  const identity: SigningIdentity = { keyId, privateKey, fingerprint: keyFingerprint };
  if (tenancy !== undefined && tenancy !== "") identity.tenancy = tenancy;
  if (user !== undefined && user !== "") identity.user = user;
  if (region !== undefined && region !== "") identity.region = region;
  return { path, profile, values, identity, region: identity.region };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

function isCompleteOverride(o: CredentialOverrides): boolean {
  const hasKey = o.keyContent !== undefined || o.keyFile !== undefined;
  return hasKey && (o.securityTokenFile !== undefined || (o.tenancy !== undefined && o.user !== undefined));
}
