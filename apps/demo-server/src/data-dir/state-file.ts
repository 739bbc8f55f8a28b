import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname } from "node:path";
import Database from "better-sqlite3";
import { StateFileError } from "./data-dir-errors.js";
import { PRIVATE_FILE_MODE } from "./private-data-dir.js";

/** The first 16 bytes of every SQLite database file. */
const SQLITE_MAGIC = Buffer.from("SQLite format 3\0", "latin1");

/** How many lines of a failed `PRAGMA quick_check` the error message quotes. */
const QUOTED_PROBLEMS = 3;

function sqliteCode(error: unknown): string {
  return String((error as { code?: unknown }).code ?? "");
}

function hasSqliteHeader(file: string): boolean {
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = openSync(file, "r");
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_MAGIC);
  } finally {
    closeSync(fd);
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates an empty state file the way a crash cannot leave half-made: an SQLite file in WAL mode is
 * built under a temporary name (mode 0600, so the `-wal` and `-shm` files SQLite makes next to it get
 * 0600 too), synced, and renamed into place. A `state.db` of zero bytes therefore never comes from this
 * server, and {@link checkStateFile} can treat one as the damage it is.
 */
export function createStateFile(file: string): void {
  const temp = `${file}.creating`;
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(temp + suffix, { force: true });
  closeSync(openSync(temp, "wx", PRIVATE_FILE_MODE));
  const db = new Database(temp);
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
  fsyncPath(temp);
  renameSync(temp, file);
  fsyncPath(dirname(file));
}

/**
 * Checks the state file before the server uses it: absent → created ({@link createStateFile}); zero
 * bytes, not a regular file, not an SQLite database or unreadable → {@link StateFileError}
 * (`STATE_FILE_EMPTY`, `STATE_FILE_UNREADABLE`) instead of a fresh identity that would replace the one
 * the data directory's key and config belong to; a failed `PRAGMA quick_check` → `STATE_FILE_CORRUPT`,
 * at start rather than as 500s later. Returns whether the file was created.
 */
export function checkStateFile(file: string): { created: boolean } {
  const name = basename(file);
  const restore = `Restore ${name} from a backup, or move the data directory away to start with a new demo identity.`;
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new StateFileError("STATE_FILE_UNREADABLE", `The state file ${file} is not a regular file. ${restore}`);
    size = st.size;
  } catch (error) {
    if (error instanceof StateFileError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      createStateFile(file);
      return { created: true };
    }
    throw new StateFileError("STATE_FILE_UNREADABLE", `Cannot read the state file ${file} (${sqliteCode(error)}). ${restore}`);
  }
  if (size === 0) {
    throw new StateFileError(
      "STATE_FILE_EMPTY",
      `The state file ${file} is empty (0 bytes): the demo identity and resources it held are lost. The server does not ` +
        `start a new identity over the key and config files that belong to the old one. ${restore}`,
    );
  }
  let db: Database.Database | undefined;
  let problems: string[];
  try {
    // SQLite would take a short file of anything for an empty database, and start a fresh identity on it.
    if (!hasSqliteHeader(file)) throw Object.assign(new Error("no SQLite header"), { code: "SQLITE_NOTADB" });
    db = new Database(file, { fileMustExist: true });
    problems = (db.pragma("quick_check") as { quick_check: string }[]).map((row) => row.quick_check);
  } catch (error) {
    const code = sqliteCode(error);
    if (code === "SQLITE_CORRUPT") problems = [(error as Error).message];
    else {
      const what = code === "SQLITE_NOTADB" ? "is not an SQLite database" : `cannot be opened (${code || (error as Error).message})`;
      throw new StateFileError("STATE_FILE_UNREADABLE", `The state file ${file} ${what}. ${restore}`);
    }
  } finally {
    db?.close();
  }
  if (problems.length !== 1 || problems[0] !== "ok") {
    throw new StateFileError(
      "STATE_FILE_CORRUPT",
      `The state file ${file} is damaged: SQLite's quick_check reports ${problems.slice(0, QUOTED_PROBLEMS).join("; ")}` +
        `${problems.length > QUOTED_PROBLEMS ? ` (and ${problems.length - QUOTED_PROBLEMS} more)` : ""}. ${restore}`,
    );
  }
  return { created: false };
}
