import type { KeyObject } from "node:crypto";
import { fingerprint as computeFingerprint } from "../fingerprint.js";
import { ConfigError } from "./config-error.js";
import { defaultEnv, defaultHomedir, defaultReadFile } from "./defaults.js";
import { expandHome } from "./expand-home.js";
import { keyIdOf, sessionKeyIdOf } from "./key-id-of.js";
import { keyFromPem, loadKeyFile, loadTokenFile } from "./load-key-file.js";
import type { Env, Provider, ReadFile, SigningIdentity } from "./provider.js";
import { credentialOverridesFromEnv } from "./resolve-config-profile.js";

/**
 * Options of {@link fromEnv}.
 * @public
 */
export interface FromEnvOptions {
  env?: Env;
  readFile?: ReadFile;
  homedir?: () => string;
}

/**
 * A provider of the identity described entirely by the OCI CLI's variables: `OCI_CLI_TENANCY`,
 * `OCI_CLI_USER`, `OCI_CLI_FINGERPRINT` (computed from the key when absent), `OCI_CLI_KEY_CONTENT` or
 * `OCI_CLI_KEY_FILE`, `OCI_CLI_PASSPHRASE`, `OCI_CLI_REGION`, `OCI_CLI_SECURITY_TOKEN_FILE`.
 * When none is set it throws `ConfigError` `NO_CREDENTIALS` with `tryNextLink: true`.
 * @public
 */
export function fromEnv(options: FromEnvOptions = {}): Provider<SigningIdentity> {
  return async () => {
    const env = options.env ?? defaultEnv();
    const readFile = options.readFile ?? defaultReadFile;
    const homedir = options.homedir ?? defaultHomedir;
    const o = credentialOverridesFromEnv(env);
    const anySet =
      o.tenancy ?? o.user ?? o.fingerprint ?? o.keyFile ?? o.keyContent ?? o.securityTokenFile ?? undefined;
    if (anySet === undefined) {
      throw new ConfigError(
        "NO_CREDENTIALS",
        "No OCI credentials in the environment (OCI_CLI_TENANCY, OCI_CLI_USER, OCI_CLI_KEY_FILE or " +
          "OCI_CLI_KEY_CONTENT, …). Set them, or use a config file.",
        { tryNextLink: true },
      );
    }
    const missing = (name: string): ConfigError =>
      new ConfigError(
        "MISSING_KEY",
        `The environment sets some OCI_CLI_* credentials but not ${name}. Set ${name}, or unset the others ` +
          "to use the config file.",
        { key: name },
      );
    const source = { describe: "the environment" };
    let privateKey: KeyObject;
    if (o.keyContent !== undefined) {
      privateKey = keyFromPem(o.keyContent, o.passphrase, source, "OCI_CLI_KEY_CONTENT");
    } else if (o.keyFile !== undefined) {
      privateKey = await loadKeyFile(
        expandHome(o.keyFile, homedir),
        o.passphrase,
        readFile,
        source,
        "OCI_CLI_KEY_FILE",
      );
    } else {
      throw missing("OCI_CLI_KEY_FILE (or OCI_CLI_KEY_CONTENT)");
    }
    const keyFingerprint = o.fingerprint ?? computeFingerprint(privateKey);
    let keyId: string;
    if (o.securityTokenFile !== undefined) {
      const token = await loadTokenFile(
        expandHome(o.securityTokenFile, homedir),
        readFile,
        source,
        "OCI_CLI_SECURITY_TOKEN_FILE",
      );
      keyId = sessionKeyIdOf(token);
    } else {
      if (o.tenancy === undefined) throw missing("OCI_CLI_TENANCY");
      if (o.user === undefined) throw missing("OCI_CLI_USER");
      keyId = keyIdOf({ tenancy: o.tenancy, user: o.user, fingerprint: keyFingerprint });
    }
    const identity: SigningIdentity = { keyId, privateKey, fingerprint: keyFingerprint };
    if (o.tenancy !== undefined) identity.tenancy = o.tenancy;
    if (o.user !== undefined) identity.user = o.user;
    if (o.region !== undefined) identity.region = o.region;
    return identity;
  };
}
