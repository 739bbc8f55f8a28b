import Database from "better-sqlite3";
import { MIGRATIONS } from "./migrations.js";

/** A better-sqlite3 connection. */
export type Db = Database.Database;

/** The state file is from a newer server than this one. */
export class SchemaTooNewError extends Error {
  override readonly name = "SchemaTooNewError";
  readonly code = "SCHEMA_TOO_NEW";
  constructor(file: string, found: number, known: number) {
    super(
      `The state file ${file} has schema version ${found}, but this server knows only up to ${known}. ` +
        "Run a newer @ocikit/demo-server, or start with another --data directory.",
    );
  }
}

/**
 * Opens (creating if needed) the SQLite state file in WAL mode with synchronous=FULL, so an
 * acknowledged write survives a crash, and applies pending migrations, each in its own transaction.
 */
export function openDatabase(file: string, migrations: readonly string[] = MIGRATIONS): Db {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    // Each job of a group commit runs in a savepoint, whose statement journal (the pages' content before
    // the job, needed only for ROLLBACK TO within the open transaction) would otherwise spill to a temp
    // file: about 30 extra page writes per create. In memory it costs no durability — after a crash only
    // the WAL counts.
    db.pragma("temp_store = MEMORY");
    const current = db.pragma("user_version", { simple: true }) as number;
    if (current > migrations.length) throw new SchemaTooNewError(file, current, migrations.length);
    for (let version = current; version < migrations.length; version++) {
      db.transaction(() => {
        db.exec(migrations[version] as string);
        db.pragma(`user_version = ${version + 1}`);
      })();
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
