import type { IniFile } from "@ocikit/signer/config";
import type { RcSettings } from "../types.js";

const SPECIAL = new Set(["OCI_CLI_CANNED_QUERIES", "OCI_CLI_COMMAND_ALIASES", "OCI_CLI_PARAM_ALIASES", "OCI_CLI_SETTINGS"]);

/** Interprets a parsed rc file (configparser dialect): the special `OCI_CLI_*` sections and per-profile defaults. */
export function rcSettings(ini: IniFile | undefined): RcSettings {
  const sections = ini?.sections ?? {};
  return {
    commandAliases: { ...sections["OCI_CLI_COMMAND_ALIASES"] },
    paramAliases: { ...sections["OCI_CLI_PARAM_ALIASES"] },
    cannedQueries: { ...sections["OCI_CLI_CANNED_QUERIES"] },
    defaultProfile: sections["OCI_CLI_SETTINGS"]?.["default_profile"],
    profileDefaults(profile) {
      if (SPECIAL.has(profile) || ini === undefined) return {};
      return ini.resolve(profile);
    },
  };
}

/**
 * The rc default for an option of a command, most specific key first:
 * `bv.volume-group-backup.list.compartment-id`, `bv.volume-group-backup.compartment-id`, `bv.compartment-id`,
 * then `compartment-id`.
 */
export function lookupRcDefault(
  profileValues: Readonly<Record<string, string>>,
  commandPath: readonly string[],
  optionName: string,
): string | undefined {
  for (let n = commandPath.length; n >= 0; n--) {
    const prefix = commandPath.slice(0, n).join(".");
    const key = prefix ? `${prefix}.${optionName}` : optionName;
    const value = profileValues[key];
    if (value !== undefined) return value;
  }
  return undefined;
}
