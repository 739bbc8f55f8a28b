import { parseIni } from "@ocikit/signer/config";
import { rcSettings } from "./rc-settings.js";
import { expandPath } from "./expand-path.js";
import { CliConfigError } from "../errors/cli-errors.js";
import type { RcSettings, ResolvedIo } from "../types.js";

function prescan(argv: readonly string[], names: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    for (const name of names) {
      if (token === name && i + 1 < argv.length) found = argv[i + 1];
      else if (token.startsWith(`${name}=`)) found = token.slice(name.length + 1);
    }
  }
  return found;
}

/**
 * Reads the rc file before parsing, because its aliases change how argv parses: `--cli-rc-file` (or the
 * deprecated `--defaults-file`), `OCI_CLI_RC_FILE`, `~/.oci/oci_cli_rc`, then the old `~/.oci/cli-defaults`.
 * A missing rc file simply means no defaults.
 */
export async function loadRc(argv: readonly string[], io: ResolvedIo): Promise<RcSettings> {
  const explicit = prescan(argv, ["--cli-rc-file", "--defaults-file"]) ?? io.env["OCI_CLI_RC_FILE"];
  const candidates = explicit ? [explicit] : ["~/.oci/oci_cli_rc", "~/.oci/cli-defaults"];
  for (const candidate of candidates) {
    try {
      return rcSettings(parseIni(await io.fs.readText(expandPath(candidate, io)), { dialect: "configparser" }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === "ENOENT") continue;
      const reason = code === "EISDIR" ? "it is a folder" : code === "EACCES" || code === "EPERM" ? "permission denied" : (error as Error).message;
      throw new CliConfigError(
        "RC_FILE_UNREADABLE",
        `Cannot read the rc file ${expandPath(candidate, io)} (${reason}). Point --cli-rc-file or OCI_CLI_RC_FILE at a readable file, or remove it to run without defaults.`,
        { cause: error },
      );
    }
  }
  return rcSettings(undefined);
}
