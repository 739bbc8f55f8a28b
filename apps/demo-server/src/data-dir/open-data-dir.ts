import { join } from "node:path";
import { lockDataDir, type DataDirLock, type LockOptions } from "./data-dir-lock.js";
import { preparePrivateDataDir, type PrivateDataDirOptions } from "./private-data-dir.js";
import { checkStateFile } from "./state-file.js";

/** The state file's name in the data directory. */
export const STATE_FILE = "state.db";

/** A data directory this server owns until {@link OpenDataDir.release}. */
export interface OpenDataDir extends DataDirLock {
  dir: string;
  /** The checked (or newly created) SQLite state file. */
  stateFile: string;
}

/**
 * The start-up steps on the data directory, in the order that keeps secrets private and state whole:
 * private directory (0700, files 0600), exclusive lock (one server per directory), state file checked.
 * Throws a {@link DataDirError} subclass with a message that says what to do.
 */
export async function openDataDir(dir: string, options: PrivateDataDirOptions & LockOptions = {}): Promise<OpenDataDir> {
  preparePrivateDataDir(dir, options);
  const lock = await lockDataDir(dir, options);
  const stateFile = join(dir, STATE_FILE);
  try {
    checkStateFile(stateFile);
  } catch (error) {
    lock.release();
    throw error;
  }
  return { dir, stateFile, release: lock.release };
}
