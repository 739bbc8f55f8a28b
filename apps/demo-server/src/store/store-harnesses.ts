// The table of stores every conformance suite runs against (store-conformance.test.ts,
// schedule-conformance.test.ts). A new store adds one row here.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "../../test/postgres/test-database.js";
import { openPostgresStore } from "./postgres/postgres-store.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

/** One place that stores state: `open` may be called again after `close` and must find the same data. */
export interface StoreHarness {
  open(): Promise<Store>;
  /** Removes the database (after every store of it is closed). */
  destroy(): Promise<void>;
}

export const STORES: Array<{ name: string; create: () => Promise<StoreHarness> }> = [
  {
    name: "SQLite (temp file)",
    create: async () => {
      const dir = mkdtempSync(join(tmpdir(), "ocikit-store-test-"));
      return {
        open: () => openSqliteStore({ file: join(dir, "state.db") }),
        destroy: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    // A real PostgreSQL (OCIKIT_TEST_DATABASE_URL, or the run's embedded one), a fresh database per row.
    name: "PostgreSQL (a fresh database)",
    create: async () => {
      const db = await createTestDatabase();
      return { open: () => openPostgresStore({ url: db.url }), destroy: () => db.drop() };
    },
  },
];

