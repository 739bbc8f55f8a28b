import { ConfigError } from "./config-error.js";

/** Profiles of an OCI config file: profile name → key → value (null-prototype objects). @public */
export type ParsedConfig = Record<string, Record<string, string>>;

const FORBIDDEN_NAMES = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Parses the text of an OCI config file (`~/.oci/config`): lines are trimmed; blank lines and lines
 * starting with `#` are skipped; `[NAME]` opens a profile; `key=value` is split at the first `=`, both
 * sides trimmed. There is no quoting, no continuation and no inline comment. Later keys win.
 *
 * @param source - a file name used only in error messages.
 * @throws {@link ConfigError} `INVALID_CONFIG` naming the line that is wrong.
 * @public
 */
export function parseConfig(text: string, source = "OCI config"): ParsedConfig {
  const profiles: ParsedConfig = Object.create(null) as ParsedConfig;
  let current: Record<string, string> | undefined;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim();
    if (line === "" || line.startsWith("#")) continue;
    const where = `${source}, line ${index + 1}`;
    if (line.startsWith("[")) {
      if (!line.endsWith("]")) {
        throw invalid(`${where}: a profile header must look like [NAME].`, source);
      }
      const name = line.slice(1, -1).trim();
      if (name === "") throw invalid(`${where}: the profile name is empty; write [DEFAULT] or [NAME].`, source);
      if (FORBIDDEN_NAMES.has(name)) {
        throw invalid(`${where}: '${name}' cannot be used as a profile name; rename the profile.`, source);
      }
      current = profiles[name] ??= Object.create(null) as Record<string, string>;
      continue;
    }
    const eq = line.indexOf("=");
    if (eq === -1) throw invalid(`${where}: expected key=value or [PROFILE].`, source);
    if (current === undefined) {
      throw invalid(`${where}: '${line.slice(0, eq).trim()}' appears before any [PROFILE] header; add [DEFAULT] above it.`, source);
    }
    const key = line.slice(0, eq).trim();
    if (key === "") throw invalid(`${where}: the key before '=' is empty.`, source);
    current[key] = line.slice(eq + 1).trim();
  }
  return profiles;
}

function invalid(message: string, path: string): ConfigError {
  return new ConfigError("INVALID_CONFIG", `Invalid OCI config file: ${message}`, { path });
}
