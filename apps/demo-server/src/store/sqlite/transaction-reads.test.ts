import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../../../test/demo-fixture.js";
import type { ResourceRow, Store } from "../store.js";
import { openSqliteStore } from "./sqlite-store.js";

const ROW: ResourceRow = {
  id: "ocid1.volume.oc1.iad.tx-reads",
  type: "volume",
  tenancy_id: "t1",
  region: "us-ashburn-1",
  compartment_id: "c1",
  display_name: "before",
  state: "AVAILABLE",
  next_state: null,
  due_ms: null,
  polls_needed: null,
  polls: 0,
  parent_id: null,
  created_ms: 1,
  updated_ms: 1,
  deleted_ms: null,
  etag: "e1",
  doc: "{}",
};

// Reads inside a transaction may be served from the committed-row cache: these are the two ways that
// could go wrong.
describe("SQLite store: reads inside a transaction", () => {
  let store: Store | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await store?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  async function seeded(): Promise<Store> {
    dir = tempDir();
    store = await openSqliteStore({ file: join(dir, "state.db") });
    await store.transaction((tx) => tx.insertResource({ ...ROW }));
    expect((await store.getResource(ROW.id))?.display_name).toBe("before"); // now cached
    return store;
  }

  it("hands a transaction its own copy: changing it without writing changes no one else's row", async () => {
    const s = await seeded();
    await s.transaction(async (tx) => {
      const row = await tx.getResource(ROW.id);
      if (row === undefined) throw new Error("row missing");
      row.display_name = "scribbled";
    });
    expect((await s.getResource(ROW.id))?.display_name).toBe("before");
    await s.transaction(async (tx) => expect((await tx.getResource(ROW.id))?.display_name).toBe("before"));
  });

  it("sees an earlier transaction's write of the same batch, not the cached committed row", async () => {
    const s = await seeded();
    const [, seen] = await Promise.all([
      s.transaction((tx) => tx.updateResource({ ...ROW, display_name: "after", etag: "e2" }, "e1")),
      s.transaction(async (tx) => (await tx.getResource(ROW.id))?.display_name),
    ]);
    expect(seen).toBe("after");
    expect((await s.getResource(ROW.id))?.display_name).toBe("after");
  });
});
