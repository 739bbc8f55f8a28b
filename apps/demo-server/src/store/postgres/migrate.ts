import type pg from "pg";
import { POSTGRES_MIGRATIONS } from "./migrations.js";

/** The database was migrated by a newer server than this one. */
export class PostgresSchemaTooNewError extends Error {
  override readonly name = "PostgresSchemaTooNewError";
  readonly code = "SCHEMA_TOO_NEW";
  constructor(database: string, found: number, known: number) {
    super(
      `The database ${database} has schema version ${found}, but this server knows only up to ${known}. ` +
        "Run the same (or a newer) @ocikit/demo-server on every replica, or point --database at another database.",
    );
  }
}

/**
 * Key of the transaction-level advisory lock that serialises migrations. Advisory locks are scoped to
 * the current database, so services on other databases of the same server do not wait for each other.
 * (The number is arbitrary but fixed: the ASCII of "ocikitMG".)
 */
export const MIGRATION_LOCK_KEY = 0x6f63696b69744d47n;

/**
 * Applies the pending migrations in ONE transaction that first takes `pg_advisory_xact_lock`: when several
 * replicas start at the same moment, one migrates and the others wait for its commit, then find nothing
 * left to do. (Without the lock, concurrent `CREATE TABLE IF NOT EXISTS` and version inserts race.) DDL is
 * transactional in PostgreSQL, so a failing migration leaves the database as it was. Returns the version
 * the database is at.
 */
export async function migrate(pool: pg.Pool, migrations: readonly string[] = POSTGRES_MIGRATIONS): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY.toString()]);
    await client.query(
      "CREATE TABLE IF NOT EXISTS ocikit_schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const { rows } = await client.query<{ version: number | null }>("SELECT max(version) AS version FROM ocikit_schema_migrations");
    const current = rows[0]?.version ?? 0;
    if (current > migrations.length) {
      const { rows: db } = await client.query<{ name: string }>("SELECT current_database() AS name");
      throw new PostgresSchemaTooNewError(db[0]?.name ?? "?", current, migrations.length);
    }
    for (let version = current; version < migrations.length; version++) {
      await client.query(migrations[version] as string);
      // The primary key would reject a second record of a version, should the lock ever be bypassed.
      await client.query("INSERT INTO ocikit_schema_migrations (version) VALUES ($1)", [version + 1]);
    }
    await client.query("COMMIT");
    return migrations.length;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
