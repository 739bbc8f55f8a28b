// The table of stores every conformance suite runs against (store-conformance.test.ts,
// schedule-conformance.test.ts). A new store adds one row here.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "../../test/postgres/test-database.js";
import { openPostgresStore } from "./postgres/postgres-store.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { ResourceRow, Store } from "./store.js";

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

/** The server time the conformance rows are made at. */
export const T0 = Date.parse("2026-12-01T00:00:00.000Z");
let counter = 0;

/** A resource row with unique id, name, times and etag; `fields` override. */
export function testRow(fields: Partial<ResourceRow> = {}): ResourceRow {
  counter++;
  const id = fields.id ?? `ocid1.volumebackup.oc1.iad.test${String(counter).padStart(6, "0")}${Math.random().toString(36).slice(2, 8)}`;
  return {
    id,
    type: "volumebackup",
    tenancy_id: "t1",
    region: "us-ashburn-1",
    compartment_id: "c1",
    display_name: `name-${counter}`,
    state: "AVAILABLE",
    next_state: null,
    due_ms: null,
    polls_needed: null,
    polls: 0,
    parent_id: null,
    created_ms: T0 + counter,
    updated_ms: T0 + counter,
    deleted_ms: null,
    etag: `etag-${counter}`,
    doc: JSON.stringify({ id, volumeId: `vol-${counter % 3}` }),
    ...fields,
  };
}
