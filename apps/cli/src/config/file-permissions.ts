import type { CliFileSystem, CliIo } from "../types.js";

// The OCI CLI accepts only owner read (0400) or read-write (0600): any group or other bit, or the owner's
// execute bit, is too open.
const TOO_OPEN = 0o177;

/**
 * The OCI CLI's warning for a config, key or token file that others may read, or undefined when the file
 * is private, unreadable (the caller reports that) or the user has set
 * `OCI_CLI_SUPPRESS_FILE_PERMISSIONS_WARNING=True` (that exact spelling, as the OCI CLI checks it).
 */
export async function filePermissionsWarning(fs: Pick<CliFileSystem, "permissions">, env: CliIo["env"], path: string): Promise<string | undefined> {
  if (env["OCI_CLI_SUPPRESS_FILE_PERMISSIONS_WARNING"] === "True") return undefined;
  const mode = await fs.permissions(path);
  if (mode === undefined || (mode & TOO_OPEN) === 0) return undefined;
  return (
    `WARNING: Permissions on ${path} are too open.\n` +
    `Others on this machine may read it (mode ${mode.toString(8).padStart(4, "0")}). To fix this, make it private to you:\n` +
    `chmod 600 ${path}\n` +
    "Or, to hide this warning, set the environment variable OCI_CLI_SUPPRESS_FILE_PERMISSIONS_WARNING:\n" +
    "export OCI_CLI_SUPPRESS_FILE_PERMISSIONS_WARNING=True\n"
  );
}
