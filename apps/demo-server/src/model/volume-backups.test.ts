// CreateVolumeBackup, UpdateVolumeBackup, DeleteVolumeBackup, CopyVolumeBackup,
// ChangeVolumeBackupCompartment and ChangeVolumeCompartment on a real server, on both stores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, startFixture, type Fixture } from "../../test/demo-fixture.js";
import { useTestDatabase } from "../../test/postgres/test-database.js";

const OTHER = "ocid1.compartment.oc1..aaaaaaaamovedhere";

function suite(store: "SQLite" | "PostgreSQL") {
  describe(`volume backups and volume moves on ${store}`, () => {
    const database = store === "PostgreSQL" ? useTestDatabase() : undefined;
    let f: Fixture;
    let volumeId: string;
    beforeAll(async () => {
      f = await startFixture(database !== undefined ? { database: database.url } : {});
      volumeId = (await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, displayName: "data", sizeInGBs: 100 })).data.id;
    });
    afterAll(async () => f?.close());

    it("backs up a volume in its compartment, once per retry token", async () => {
      const first = await f.api("POST", "/volumeBackups", { volumeId, displayName: "nightly" }, { "opc-retry-token": "vb-1" });
      expect(first.status).toBe(200);
      expect(first.data).toMatchObject({
        volumeId,
        compartmentId: f.server.compartmentId,
        displayName: "nightly",
        type: "INCREMENTAL",
        sourceType: "MANUAL",
        sizeInGBs: 100,
      });
      expect(first.data.id).toMatch(/^ocid1\.volumebackup\./);
      expect(first.data.volumeGroupBackupId).toBeUndefined();
      const again = await f.api("POST", "/volumeBackups", { volumeId, displayName: "nightly" }, { "opc-retry-token": "vb-1" });
      expect(again.data.id).toBe(first.data.id);
      const got = await f.api("GET", `/volumeBackups/${first.data.id}`);
      expect(got.data.lifecycleState).toBe("AVAILABLE");
    });

    it("answers 404 for a volume that does not exist, and 400 for an unknown field", async () => {
      const missing = await f.api("POST", "/volumeBackups", { volumeId: "ocid1.volume.oc1.iad.nothere" });
      expect([missing.status, missing.error?.code]).toEqual([404, "NotAuthorizedOrNotFound"]);
      const typo = await f.api("POST", "/volumeBackups", { volumeID: volumeId });
      expect(typo.status).toBe(400);
    });

    it("updates name and tags, honouring if-match", async () => {
      const made = await f.api("POST", "/volumeBackups", { volumeId, type: "FULL" });
      const etag = made.headers.get("etag") as string;
      const stale = await f.api("PUT", `/volumeBackups/${made.data.id}`, { displayName: "x" }, { "if-match": "stale" });
      expect([stale.status, stale.error?.code]).toEqual([412, "NoEtagMatch"]);
      const renamed = await f.api("PUT", `/volumeBackups/${made.data.id}`, { displayName: "weekly", freeformTags: { keep: "yes" } }, { "if-match": etag });
      expect(renamed.status).toBe(200);
      expect(renamed.data).toMatchObject({ displayName: "weekly", freeformTags: { keep: "yes" }, type: "FULL" });
      expect(renamed.headers.get("etag")).not.toBe(etag);
    });

    it("moves a backup and a volume to another compartment", async () => {
      const made = await f.api("POST", "/volumeBackups", { volumeId });
      const moved = await f.api("POST", `/volumeBackups/${made.data.id}/actions/changeCompartment`, { compartmentId: OTHER });
      expect([moved.status, moved.data]).toEqual([200, undefined]);
      expect(moved.headers.get("etag")).toBeTruthy();
      const listed = await f.api("GET", `/volumeBackups?compartmentId=${OTHER}`);
      expect(listed.data.map((b: { id: string }) => b.id)).toContain(made.data.id);

      const volume = (await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, displayName: "mover" })).data.id;
      const movedVolume = await f.api("POST", `/volumes/${volume}/actions/changeCompartment`, { compartmentId: OTHER });
      expect(movedVolume.status).toBe(200);
      expect((await f.api("GET", `/volumes/${volume}`)).data.compartmentId).toBe(OTHER);
      const volumes = await f.api("GET", `/volumes?compartmentId=${OTHER}`);
      expect(volumes.data.map((v: { id: string }) => v.id)).toEqual([volume]);
    });

    it("copies a backup to another region, where it is read through that region's path", async () => {
      const made = await f.api("POST", "/volumeBackups", { volumeId, displayName: "to-copy" });
      const copy = await f.api("POST", `/volumeBackups/${made.data.id}/actions/copy`, { destinationRegion: "us-phoenix-1", displayName: "dr" });
      expect(copy.status).toBe(200);
      expect(copy.data).toMatchObject({ displayName: "dr", sourceVolumeBackupId: made.data.id, volumeId });
      expect(copy.data.id).not.toBe(made.data.id);
      expect((await f.api("GET", `/volumeBackups/${copy.data.id}`)).status).toBe(404);
      const there = await f.send("GET", `/us-phoenix-1/20160918/volumeBackups/${copy.data.id}`);
      expect(there.status).toBe(200);
      const sameRegion = await f.api("POST", `/volumeBackups/${made.data.id}/actions/copy`, { destinationRegion: "us-ashburn-1" });
      expect([sameRegion.status, sameRegion.error?.code]).toEqual([400, "InvalidParameter"]);
    });

    it("deletes a standalone backup, but not a member of a volume group backup", async () => {
      const made = await f.api("POST", "/volumeBackups", { volumeId });
      const deleted = await f.api("DELETE", `/volumeBackups/${made.data.id}`);
      expect(deleted.status).toBe(204);
      expect((await f.api("GET", `/volumeBackups/${made.data.id}`)).data.lifecycleState).toMatch(/^TERMINAT/);

      const { groupId } = await makeGroup(f, 1);
      const vgb = await f.api("POST", "/volumeGroupBackups", { volumeGroupId: groupId });
      const member = vgb.data.volumeBackupIds[0] as string;
      for (const [method, path, body] of [
        ["DELETE", `/volumeBackups/${member}`, undefined],
        ["POST", `/volumeBackups/${member}/actions/changeCompartment`, { compartmentId: OTHER }],
      ] as const) {
        const refused = await f.api(method, path, body);
        expect([method, refused.status, refused.error?.code]).toEqual([method, 409, "IncorrectState"]);
        expect(refused.error?.message).toContain(vgb.data.id);
      }
    });
  });
}

suite("SQLite");
suite("PostgreSQL");
