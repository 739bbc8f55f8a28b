import type { KeyObject } from "node:crypto";
import { ConfigError } from "./config-error.js";
import { defaultHomedir, defaultReadFile } from "./defaults.js";
import { expandHome } from "./expand-home.js";
import { sessionKeyIdOf } from "./key-id-of.js";
import { keyFromPem, loadTokenFile } from "./load-key-file.js";
import type { Provider, ReadFile, SigningIdentity } from "./provider.js";

/**
 * Options of {@link fromSecurityToken}: the token itself or the file holding it (re-read on every call,
 * so a refreshed session is picked up), and the session's private key.
 * @public
 */
export interface FromSecurityTokenOptions {
  token?: string;
  tokenFile?: string;
  /** The session key as a `KeyObject` or PEM text. */
  privateKey: KeyObject | string;
  passphrase?: string;
  region?: string;
  tenancy?: string;
  readFile?: ReadFile;
  homedir?: () => string;
}

/**
 * A provider of a session-token identity (keyId `ST$<token>`, the token trimmed), as created by
 * `oci session authenticate`.
 * @public
 */
export function fromSecurityToken(options: FromSecurityTokenOptions): Provider<SigningIdentity> {
  return async () => {
    let token = options.token?.trim();
    if (token === undefined || token === "") {
      if (options.tokenFile === undefined) {
        throw new ConfigError(
          "TOKEN_NOT_FOUND",
          "fromSecurityToken needs a non-empty token or a tokenFile. Run `oci session authenticate` and pass " +
            "the token file it writes.",
        );
      }
      token = await loadTokenFile(
        expandHome(options.tokenFile, options.homedir ?? defaultHomedir),
        options.readFile ?? defaultReadFile,
        { describe: "fromSecurityToken options" },
        "tokenFile",
      );
    }
    const privateKey =
      typeof options.privateKey === "string"
        ? keyFromPem(options.privateKey, options.passphrase, { describe: "fromSecurityToken options" }, "privateKey")
        : options.privateKey;
    const identity: SigningIdentity = { keyId: sessionKeyIdOf(token), privateKey };
    if (options.region !== undefined) identity.region = options.region;
    if (options.tenancy !== undefined) identity.tenancy = options.tenancy;
    return identity;
  };
}
