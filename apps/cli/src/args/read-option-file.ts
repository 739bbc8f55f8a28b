import { CliUsageError } from "../errors/cli-errors.js";
import type { ReadTextFile } from "../types.js";

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder",
  ENOTDIR: "a part of the path is not a folder",
};

/**
 * Reads a file named by an option (`--from-json file://x`, `--request-body file://x`, `--passphrase-file x`).
 * A file that cannot be read is the user's typo, so it becomes a `UsageError` naming the option and the
 * path rather than Node's bare `ENOENT` text.
 */
export async function readOptionFile(readFile: ReadTextFile, path: string, option: string): Promise<string> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = (typeof code === "string" ? REASONS[code] : undefined) ?? (error as Error).message;
    throw new CliUsageError(`Cannot read '${path}' given to --${option} (${reason}). Check the path (relative paths start in the current folder).`, "OPTION_FILE_UNREADABLE");
  }
}
