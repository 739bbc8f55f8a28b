import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolumeGroup, startHarness, type Harness } from "../../../test/harness.js";

let h: Harness;
let c: string;

beforeAll(async () => {
  h = await startHarness({ polls: 1 });
  c = h.server.compartmentId;
});
afterAll(async () => h.close());

describe("ocikit bv volume, volume-group and backup", () => {
  it("creates, reads, lists, updates and deletes a volume", async () => {
    const created = await h.json(["bv", "volume", "create", "--compartment-id", c, "--availability-domain", "Uocm:PHX-AD-1", "--size-in-gbs", "60", "--display-name", "data", "--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1"]);
    const id = created["data"]["id"] as string;
    expect(created["data"]).toMatchObject({ "size-in-gbs": 60, "display-name": "data", "lifecycle-state": "AVAILABLE" });
    expect((await h.json(["bv", "volume", "get", "--volume-id", id]))["data"]["id"]).toBe(id);
    const listed = await h.json(["bv", "volume", "list", "--compartment-id", c, "--display-name", "data", "--lifecycle-state", "available"]);
    expect(listed["data"].map((v: { id: string }) => v.id)).toEqual([id]);
    const grown = await h.json(["bv", "volume", "update", "--volume-id", id, "--size-in-gbs", "70", "--freeform-tags", '{"t":"1"}', "--force"]);
    expect(grown["data"]).toMatchObject({ "freeform-tags": { t: "1" } });
    const deleted = await h.cli(["bv", "volume", "delete", "--volume-id", id, "--force"]);
    expect(deleted).toMatchObject({ code: 0, stdout: "" });
  });

  it("manages a volume group and restores it from a backup", async () => {
    const { volumeId, volumeGroupId } = await createVolumeGroup(h);
    const group = await h.json(["bv", "volume-group", "get", "--volume-group-id", volumeGroupId]);
    expect(group["data"]["volume-ids"]).toEqual([volumeId]);

    const listed = await h.json(["bv", "volume-group", "list", "--compartment-id", c, "--availability-domain", "Uocm:PHX-AD-1", "--all"]);
    expect(listed["data"].map((g: { id: string }) => g.id)).toContain(volumeGroupId);

    const renamed = await h.json(["bv", "volume-group", "update", "--volume-group-id", volumeGroupId, "--display-name", "app", "--volume-ids", JSON.stringify([volumeId]), "--force", "--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1"]);
    expect(renamed["data"]["display-name"]).toBe("app");

    const backup = await h.json(["bv", "volume-group-backup", "create", "--volume-group-id", volumeGroupId, "--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1"]);
    const restored = await h.json([
      "bv", "volume-group", "create", "--availability-domain", "Uocm:PHX-AD-1", "--compartment-id", c,
      "--source-details", JSON.stringify({ type: "volumeGroupBackupId", volumeGroupBackupId: backup["data"]["id"] }),
      "--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1",
    ]);
    expect(restored["data"]["source-details"]).toEqual({ type: "volumeGroupBackupId", "volume-group-backup-id": backup["data"]["id"] });

    const moved = await h.cli(["bv", "volume-group", "change-compartment", "--volume-group-id", volumeGroupId, "--compartment-id", c]);
    expect(moved.code).toBe(0);
    const deleted = await h.cli(["bv", "volume-group", "delete", "--volume-group-id", volumeGroupId, "--force", "--wait-for-state", "TERMINATED", "--wait-interval-seconds", "1"]);
    expect(deleted).toMatchObject({ code: 0, stdout: "" });

    const memberBackupId = backup["data"]["volume-backup-ids"][0] as string;
    const member = await h.json(["bv", "backup", "get", "--volume-backup-id", memberBackupId]);
    expect(member["data"]).toMatchObject({ id: memberBackupId, "volume-id": volumeId, "volume-group-backup-id": backup["data"]["id"] });
    const backups = await h.json(["bv", "backup", "list", "--compartment-id", c, "--volume-id", volumeId, "--all"]);
    expect(backups["data"].map((b: { id: string }) => b.id)).toContain(memberBackupId);
  });
});
