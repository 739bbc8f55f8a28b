import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { DataDirInUseError } from "./data-dir-errors.js";
import { PRIVATE_FILE_MODE } from "./private-data-dir.js";

/** The file whose exclusive lock marks the owner of a data directory (an SQLite file; no data in it). */
export const LOCK_FILE = "server.lock";
/** The owner's process id, written once it holds the lock (for the message of the next server). */
export const PID_FILE = "server.pid";

/** The held lock of a data directory. */
export interface DataDirLock {
  /** Releases the lock (idempotent). */
  release(): void;
}

export interface LockOptions {
  /** Process id recorded for others; default `process.pid`. */
  pid?: number;
  /** Whether a process id names a running process; default `process.kill(pid, 0)`. */
  isAlive?: (pid: number) => boolean;
  /** How long a loser waits for the winner to record its pid before saying "another process"; default 2 000 ms. */
  ownerWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

function defaultIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | undefined {
  try {
    const text = readFileSync(file, "utf8").trim();
    return /^[1-9][0-9]{0,9}$/.test(text) ? Number(text) : undefined;
  } catch {
    return undefined;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "SQLITE_BUSY" || code === "SQLITE_LOCKED";
}

/**
 * Takes the exclusive lock of data directory `dir` or fails with {@link DataDirInUseError} ("already in use
 * by pid N"), without waiting. The lock is SQLite's exclusive file lock on `server.lock` (POSIX advisory
 * locks, emulated between connections of one process): the kernel releases it when the owner exits,
 * `kill -9` included, so there is no stale lock to clean up, and of any number of simultaneous starts
 * exactly one wins. The winner then records its pid in `server.pid` (write and rename).
 */
export async function lockDataDir(dir: string, options: LockOptions = {}): Promise<DataDirLock> {
  const pid = options.pid ?? process.pid;
  const isAlive = options.isAlive ?? defaultIsAlive;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const lockFile = join(dir, LOCK_FILE);
  const pidFile = join(dir, PID_FILE);
  // Created by us with an explicit mode (SQLite would use 0644 minus the umask).
  closeSync(openSync(lockFile, "a", PRIVATE_FILE_MODE));
  const db = new Database(lockFile, { timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    // In EXCLUSIVE locking mode the lock taken here is kept until the connection closes.
    db.exec("BEGIN EXCLUSIVE; COMMIT;");
  } catch (error) {
    db.close();
    if (!isBusy(error)) throw error;
    // The owner writes its pid just after it takes the lock: give it a moment.
    const waitMs = options.ownerWaitMs ?? 2000;
    for (let waited = 0; ; waited += 25) {
      const owner = readPid(pidFile);
      if (owner !== undefined && (owner === pid || isAlive(owner))) throw new DataDirInUseError(dir, owner);
      if (waited >= waitMs) throw new DataDirInUseError(dir, undefined);
      await sleep(25);
    }
  }
  try {
    const temp = `${pidFile}.${pid}.tmp`;
    writeFileSync(temp, `${pid}\n`, { mode: PRIVATE_FILE_MODE });
    renameSync(temp, pidFile);
  } catch (error) {
    db.close();
    throw error;
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      // The pid file goes first, while the lock is still ours: the next owner's file is never removed.
      if (readPid(pidFile) === pid) {
        try {
          unlinkSync(pidFile);
        } catch {
          // Already gone: nothing to clean.
        }
      }
      db.close();
    },
  };
}
