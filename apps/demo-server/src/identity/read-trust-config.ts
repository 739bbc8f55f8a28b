import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, resolve } from "node:path";
import { fingerprint, loadPrivateKey } from "@ocikit/signer";
import { parseConfig } from "@ocikit/signer/config";
import type { TrustedKeys } from "./trusted-keys.js";

/** A `--trust-config` file could not be used. */
export class TrustConfigError extends Error {
  override readonly name = "TrustConfigError";
  constructor(
    readonly code: "TRUST_CONFIG_UNREADABLE" | "TRUST_CONFIG_INVALID",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Profiles with per-key inheritance from DEFAULT, as the SDKs resolve them. */
function profilesOf(text: string, file: string): Map<string, Record<string, string>> {
  let parsed;
  try {
    parsed = parseConfig(text, file);
  } catch (cause) {
    throw new TrustConfigError("TRUST_CONFIG_INVALID", (cause as Error).message, { cause });
  }
  const defaults = parsed.DEFAULT ?? {};
  return new Map(Object.entries(parsed).map(([name, values]) => [name, { ...defaults, ...values }]));
}

function expandHome(path: string, home: () => string): string {
  return path === "~" || path.startsWith("~/") ? home() + path.slice(1) : path;
}

/**
 * Trusts every complete profile of an OCI config file: keyId `<tenancy>/<user>/<fingerprint>` with the
 * fingerprint computed from `key_file`. Returns how many profiles were trusted.
 */
export function trustConfigFile(
  registry: Pick<TrustedKeys, "add">,
  file: string,
  readFile: (path: string) => string = (p) => readFileSync(p, "utf8"),
  home: () => string = homedir,
): number {
  let text: string;
  try {
    text = readFile(file);
  } catch (cause) {
    throw new TrustConfigError("TRUST_CONFIG_UNREADABLE", `Cannot read --trust-config file ${file}. Check the path.`, {
      cause,
    });
  }
  let trusted = 0;
  for (const [name, profile] of profilesOf(text, file)) {
    const { tenancy, user, key_file: keyFile } = profile;
    if (tenancy === undefined || user === undefined || keyFile === undefined) continue;
    const expanded = expandHome(keyFile, home);
    const keyPath = isAbsolute(expanded) ? expanded : resolve(dirname(file), expanded);
    let pem: string;
    try {
      pem = readFile(keyPath);
    } catch (cause) {
      throw new TrustConfigError(
        "TRUST_CONFIG_UNREADABLE",
        `Profile [${name}] of ${file}: cannot read key_file ${keyPath}. Fix the path or remove the profile.`,
        { cause },
      );
    }
    let key;
    try {
      key = loadPrivateKey(pem, profile.pass_phrase);
    } catch (cause) {
      throw new TrustConfigError(
        "TRUST_CONFIG_INVALID",
        `Profile [${name}] of ${file}: key_file ${keyPath} is not a usable RSA private key (${(cause as Error).message})`,
        { cause },
      );
    }
    registry.add(tenancy, user, fingerprint(key), key);
    trusted++;
  }
  return trusted;
}
