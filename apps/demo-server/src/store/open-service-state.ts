import { join } from "node:path";
import { FaultInjector } from "../admin/fault-injector.js";
import type { FaultRules } from "../admin/fault-rules.js";
import { KeyRegistry } from "../identity/key-registry.js";
import type { TrustedKeys } from "../identity/trusted-keys.js";
import { connectPostgres } from "./postgres/connect-postgres.js";
import { parseDatabaseUrl } from "./postgres/database-url.js";
import { postgresStoreOn } from "./postgres/postgres-store.js";
import { SharedFaultRules } from "./postgres/shared-fault-rules.js";
import { SharedKeyRegistry } from "./postgres/shared-key-registry.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

/** Everything a server keeps that outlives a request: resources and settings, trusted keys, fault rules. */
export interface ServiceState {
  store: Store;
  keys: TrustedKeys;
  faults: FaultRules;
  /** Closes the store (waiting for pending commits) and its connections. */
  close(): Promise<void>;
}

export interface ServiceStateOptions {
  dataDir: string;
  /** The SQLite state file (default `<dataDir>/state.db`), as checked and owned by `openDataDir`. */
  stateFile?: string;
  /** PostgreSQL URL: the state is that database's, shared with every replica that uses it. */
  database?: string;
  /** A store of the caller's (tests); keys and fault rules then stay in this process. */
  openStore?: () => Promise<Store>;
  random?: () => number;
}

/**
 * The one place that chooses where the state lives (the model and the pipeline only see the interfaces):
 * - without `database`: SQLite in `<dataDir>/state.db`, keys and fault rules in this process (it is the
 *   whole service);
 * - with `database`: one PostgreSQL pool for the store, the trusted keys and the fault rules, so every
 *   process on that database is a replica of the same service.
 */
export async function openServiceState(options: ServiceStateOptions): Promise<ServiceState> {
  if (options.database === undefined) {
    const store = await (options.openStore ?? (() => openSqliteStore({ file: options.stateFile ?? join(options.dataDir, "state.db") })))();
    return { store, keys: new KeyRegistry(), faults: new FaultInjector(options.random), close: () => store.close() };
  }
  const pool = await connectPostgres(parseDatabaseUrl(options.database));
  const store = postgresStoreOn(pool);
  return {
    store,
    keys: new SharedKeyRegistry(pool),
    faults: new SharedFaultRules(pool, options.random),
    close: () => store.close().finally(() => pool.end()),
  };
}
