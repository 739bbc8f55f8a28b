import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { DataDirError, DataDirNotPrivateError } from "./data-dir-errors.js";

/** Mode of the data directory: only its owner may list or enter it. */
export const PRIVATE_DIR_MODE = 0o700;
/** Mode of every file in it. */
export const PRIVATE_FILE_MODE = 0o600;

export interface PrivateDataDirOptions {
  /** The user the server runs as; default `process.getuid()` (undefined on Windows: no POSIX modes to check). */
  uid?: number | undefined;
}

const octal = (mode: number): string => `0${(mode & 0o777).toString(8)}`;

/**
 * Creates `dir` (mode 0700, parents too) or checks an existing one before anything secret is written
 * into it: it must be a directory owned by this user that no group or other user can enter. Then every
 * regular file directly in it that others could read (left by an older server) is set to 0600.
 * Refuses with {@link DataDirNotPrivateError}, saying how to fix it, rather than changing the mode of a
 * directory someone else chose.
 */
export function preparePrivateDataDir(dir: string, options: PrivateDataDirOptions = {}): void {
  const uid = "uid" in options ? options.uid : process.getuid?.();
  const created = mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // The umask may have taken bits away from mkdir's mode, never added any; set it exactly.
  if (created !== undefined) chmodSync(dir, PRIVATE_DIR_MODE);
  const st = statSync(dir);
  if (!st.isDirectory()) {
    throw new DataDirError("DATA_DIR_NOT_PRIVATE", `The data directory ${dir} is not a directory. Pass a directory with --data.`);
  }
  if (uid === undefined) return;
  if (st.uid !== uid) {
    throw new DataDirNotPrivateError(
      `The data directory ${dir} belongs to uid ${st.uid}, not to this user (uid ${uid}), so its owner could read the ` +
        "demo server's private keys. Use a directory of your own with --data.",
    );
  }
  if ((st.mode & 0o077) !== 0) {
    throw new DataDirNotPrivateError(
      `The data directory ${dir} is accessible by other users (mode ${octal(st.mode)}), and it holds the demo server's ` +
        `private keys and admin token. Make it private with 'chmod 700 ${dir}', or start with a new --data directory.`,
    );
  }
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(dir, entry.name);
    // Another server starting on the same directory may remove a file (a SQLite journal) between the
    // listing and here: it is gone, nothing to tighten. The lock then refuses this server cleanly.
    const st = lstatSync(file, { throwIfNoEntry: false });
    if (st === undefined || (st.mode & 0o077) === 0) continue;
    try {
      chmodSync(file, PRIVATE_FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}
