import { parseIni } from "./parse-ini.js";

/** Profiles of an OCI config file: profile name → key → value (null-prototype objects). @public */
export type ParsedConfig = Record<string, Record<string, string>>;

/**
 * Parses the text of an OCI config file (`~/.oci/config`): lines are trimmed; blank lines and lines
 * starting with `#` are skipped; `[NAME]` opens a profile; `key=value` is split at the first `=`, both
 * sides trimmed. There is no quoting, no continuation and no inline comment. Later keys win.
 * The sections of `parseIni(text, { source })`; use {@link parseIni} for `[DEFAULT]` inheritance.
 *
 * @param source - a file name used only in error messages.
 * @throws {@link ConfigError} `INVALID_CONFIG` naming the line that is wrong.
 * @public
 */
export function parseConfig(text: string, source = "OCI config"): ParsedConfig {
  return parseIni(text, { source }).sections;
}
