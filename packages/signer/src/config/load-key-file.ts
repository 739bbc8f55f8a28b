import type { KeyObject } from "node:crypto";
import { KeyError } from "../key-error.js";
import { loadPrivateKey } from "../load-private-key.js";
import { ConfigError } from "./config-error.js";
import { isNotFound } from "./defaults.js";
import type { ReadFile } from "./provider.js";

/** Where a key or token setting came from, for error messages. @internal */
export interface SettingSource {
  /** e.g. "profile [DEFAULT] of /home/me/.oci/config" or "environment variable OCI_CLI_KEY_FILE" */
  describe: string;
  path?: string;
  profile?: string;
}

function details(source: SettingSource, key: string, cause?: unknown) {
  return {
    key,
    ...(source.path === undefined ? {} : { path: source.path }),
    ...(source.profile === undefined ? {} : { profile: source.profile }),
    ...(cause === undefined ? {} : { cause }),
  };
}

/** Loads a PEM private key (from text) and turns a {@link KeyError} into a {@link ConfigError}. @internal */
export function keyFromPem(pem: string, passphrase: string | undefined, source: SettingSource, key: string): KeyObject {
  try {
    return loadPrivateKey(pem, passphrase);
  } catch (error) {
    if (error instanceof KeyError) {
      throw new ConfigError(
        "INVALID_KEY_FILE",
        `The private key from ${key} in ${source.describe} cannot be used (${error.code}): ${error.message}`,
        details(source, key, error),
      );
    }
    throw error;
  }
}

/** Reads and parses a PEM private key file. @internal */
export async function loadKeyFile(
  file: string,
  passphrase: string | undefined,
  readFile: ReadFile,
  source: SettingSource,
  key: string,
): Promise<KeyObject> {
  let pem: string;
  try {
    pem = await readFile(file);
  } catch (cause) {
    throw new ConfigError(
      "KEY_FILE_NOT_FOUND",
      `Cannot read the private key file '${file}' named by ${key} in ${source.describe}` +
        `${isNotFound(cause) ? " (no such file)" : ""}. Fix the path, or create a key with ` +
        "`ocikit setup keys` (or `oci setup keys`) and upload its public half to the user.",
      details(source, key, cause),
    );
  }
  return keyFromPem(pem, passphrase, { ...source, describe: `'${file}' (${source.describe})` }, key);
}

/** Reads a session token file, trimmed (files usually end with a newline that is not part of it). @internal */
export async function loadTokenFile(
  file: string,
  readFile: ReadFile,
  source: SettingSource,
  key: string,
): Promise<string> {
  let text: string;
  try {
    text = await readFile(file);
  } catch (cause) {
    throw new ConfigError(
      "TOKEN_NOT_FOUND",
      `Cannot read the security token file '${file}' named by ${key} in ${source.describe}. Run ` +
        "`oci session authenticate` (or `oci session refresh`) to create it, or fix the path.",
      details(source, key, cause),
    );
  }
  const token = text.trim();
  if (token === "") {
    throw new ConfigError(
      "TOKEN_NOT_FOUND",
      `The security token file '${file}' named by ${key} in ${source.describe} is empty. Run ` +
        "`oci session refresh` or `oci session authenticate`.",
      details(source, key),
    );
  }
  return token;
}
