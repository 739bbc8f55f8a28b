// The model on a real store, without HTTP: a whole volume → group → backup → delete flow, and the
// compare-and-set that keeps a stale copy of a row from overwriting a newer one. The same cases run on
// both stores (SQLite, PostgreSQL): the model has no store-specific code.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServiceError } from "../service-error.js";
import { createTestDatabase } from "../../test/postgres/test-database.js";
import { openPostgresStore } from "../store/postgres/postgres-store.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import type { Caller } from "./caller.js";
import { getResource, listResources } from "./reads.js";
import { loadForUpdate, readDoc, writeDoc } from "./resources.js";
import { createVolumeGroupBackup, deleteVolumeGroupBackup } from "./volume-group-backups.js";
import { createVolumeGroup } from "./volume-groups.js";
import { createVolume } from "./volumes.js";
import { Work } from "./work.js";

const STORES: Array<{ name: string; open: () => Promise<{ store: Store; destroy: () => Promise<void> }> }> = [
  {
    name: "SQLite",
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), "ocikit-model-test-"));
      return { store: await openSqliteStore({ file: join(dir, "state.db") }), destroy: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "PostgreSQL",
    open: async () => {
      const db = await createTestDatabase();
      return { store: await openPostgresStore({ url: db.url }), destroy: () => db.drop() };
    },
  },
];

const caller: Caller = {
  tenancyId: "ocid1.tenancy.oc1..aaaaaaaamodel",
  region: "us-ashburn-1",
  regionKey: "iad",
  nowMs: Date.parse("2026-12-01T00:00:00.000Z"),
  lifecycle: { mode: "immediate" },
};
const compartmentId = "ocid1.compartment.oc1..aaaaaaaamodel";

describe.each(STORES)("model over the store: $name", ({ open }) => {
  let store: Store;
  let destroy: () => Promise<void>;
  const inWork = <T>(fn: (work: Work) => Promise<T>) => store.transaction((tx) => fn(new Work(tx, caller)));
  beforeAll(async () => {
    ({ store, destroy } = await open());
  });
  afterAll(async () => {
    await store.close();
    await destroy();
  });

  it("creates volumes, a group and a backup, lists and deletes it — no HTTP involved", async () => {
    const volumes = await inWork(async (work) => [
      await createVolume(work, { compartmentId, sizeInGBs: 50 }),
      await createVolume(work, { compartmentId, sizeInGBs: 100 }),
    ]);
    const group = await inWork((work) =>
      createVolumeGroup(work, { compartmentId, availabilityDomain: "Uocm:US-ASHBURN-AD-1", sourceDetails: { type: "volumeIds", volumeIds: volumes.map((v) => v.id) } }),
    );
    expect(readDoc(group)).toMatchObject({ sizeInGBs: 150, volumeIds: volumes.map((v) => v.id) });
    const backup = await inWork((work) => createVolumeGroupBackup(work, { volumeGroupId: group.id, type: "FULL" }));
    expect((readDoc(backup) as { volumeBackupIds: string[] }).volumeBackupIds).toHaveLength(2);
    const listed = await listResources(store, caller, "volumebackup", { compartmentId, fields: { volumeGroupBackupId: backup.id } });
    expect(listed.rows).toHaveLength(2);
    await inWork((work) => deleteVolumeGroupBackup(work, backup.id, undefined));
    expect((await getResource(store, caller, backup.id, "volumegroupbackup")).state).toBe("TERMINATED");
    await expect(getResource(store, { ...caller, tenancyId: "ocid1.tenancy.oc1..other" }, group.id, "volumegroup")).rejects.toMatchObject({ status: 404 });
  });

  it("refuses to save a stale copy of a row (409 Conflict), even inside one transaction", async () => {
    const volume = await inWork((work) => createVolume(work, { compartmentId, displayName: "original" }));
    const outcome = inWork(async (work) => {
      const first = await loadForUpdate(work, volume.id, "volume");
      const stale = await loadForUpdate(work, volume.id, "volume");
      await writeDoc(work, first, { ...readDoc(first), displayName: "first" });
      await writeDoc(work, stale, { ...readDoc(stale), displayName: "stale" });
    });
    await expect(outcome).rejects.toBeInstanceOf(ServiceError);
    await expect(outcome).rejects.toMatchObject({ status: 409, code: "Conflict" });
    // The transaction failed as a whole: neither write is stored.
    expect((await store.getResource(volume.id))?.display_name).toBe("original");
  });
});
