import pg from "pg";
import { connectionError } from "./connect-errors.js";
import type { DatabaseUrl } from "./database-url.js";
import { migrate } from "./migrate.js";

/** Pool options of {@link connectPostgres}. */
export interface PostgresPoolOptions {
  /** Connections per replica (default 10, pg's default): mind max_connections × replicas. */
  max?: number;
  /**
   * How long a checkout may wait for a connection, connecting included (default 15 000 ms): long enough
   * for a busy machine (a connection costs a SCRAM handshake), short enough to answer 503 rather than hang.
   */
  connectionTimeoutMillis?: number;
  /** Whether to apply the migrations (default true). */
  migrate?: boolean;
}

const INT8_OID = 20;

/**
 * int8 columns (seq and the *_ms times) come back as numbers: every value the server stores is a
 * millisecond time or a counter far below 2^53. Set per pool, not on pg's global type registry.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

/**
 * Opens a pool on `url`, checks that the server answers (named errors: unreachable, authentication,
 * missing database), and applies pending migrations (once across replicas: see migrate.ts).
 */
export async function connectPostgres(url: DatabaseUrl, options: PostgresPoolOptions = {}): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: url.url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 15_000,
    idleTimeoutMillis: 30_000,
    types,
    application_name: "ocikit-demo-server",
  });
  // An idle client's error (the server restarted, a DBA ended the session) must not crash the process:
  // the pool drops that client and the next checkout opens a new one.
  pool.on("error", () => undefined);
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw connectionError(error, url.redacted, url.database);
  }
  if (options.migrate !== false) {
    try {
      await migrate(pool);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
  }
  return pool;
}
