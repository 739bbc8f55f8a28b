import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolumeGroup, startHarness, type Harness } from "./harness.js";

// Issue 13: the commands OCI CLI users reach for first, against a real demo server.

let h: Harness;
let c: string;
let volumeId: string;
const OTHER = "ocid1.compartment.oc1..aaaaaaaaclimovedhere";
const WAIT = ["--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1"];

beforeAll(async () => {
  h = await startHarness({ polls: 1 });
  c = h.server.compartmentId;
  ({ volumeId } = await createVolumeGroup(h));
});
afterAll(async () => h.close());

async function backup(name: string): Promise<string> {
  const made = await h.json(["bv", "backup", "create", "--volume-id", volumeId, "--display-name", name, ...WAIT]);
  expect(made["data"]).toMatchObject({ "volume-id": volumeId, "display-name": name, "lifecycle-state": "AVAILABLE", type: "INCREMENTAL" });
  return made["data"]["id"] as string;
}

describe("bv backup", () => {
  it("create --type FULL, then update --display-name with the etag", async () => {
    const made = await h.json(["bv", "backup", "create", "--volume-id", volumeId, "--type", "FULL", "--query", "data.{id: id, type: type}"]);
    expect(made).toMatchObject({ type: "FULL" });
    const got = await h.json(["bv", "backup", "get", "--volume-backup-id", made["id"]]);
    const updated = await h.json(["bv", "backup", "update", "--volume-backup-id", made["id"], "--display-name", "weekly", "--if-match", got["etag"]]);
    expect(updated["data"]).toMatchObject({ id: made["id"], "display-name": "weekly" });
  });

  it("change-compartment, then list in the destination", async () => {
    const id = await backup("mover");
    const moved = await h.cli(["bv", "backup", "change-compartment", "--volume-backup-id", id, "--compartment-id", OTHER]);
    expect([moved.code, moved.stderr]).toEqual([0, ""]);
    expect(Object.keys(JSON.parse(moved.stdout))).toEqual(["etag"]);
    const listed = await h.json(["bv", "backup", "list", "--compartment-id", OTHER, "--query", "data[].id"]);
    expect(listed).toEqual([id]);
  });

  it("copy --destination-region, read back with --region", async () => {
    const id = await backup("to copy");
    const copy = await h.json(["bv", "backup", "copy", "--volume-backup-id", id, "--destination-region", "us-phoenix-1", "--display-name", "dr"]);
    expect(copy["data"]).toMatchObject({ "display-name": "dr", "source-volume-backup-id": id });
    const there = await h.json(["bv", "backup", "get", "--volume-backup-id", copy["data"]["id"], "--region", "us-phoenix-1"]);
    expect(there["data"]["id"]).toBe(copy["data"]["id"]);
  });

  it("delete asks first, deletes with --force and waits for TERMINATED", async () => {
    const id = await backup("doomed");
    const declined = await h.cli(["bv", "backup", "delete", "--volume-backup-id", id], { stdin: ["n"] });
    expect(declined.code).not.toBe(0);
    expect((await h.json(["bv", "backup", "get", "--volume-backup-id", id]))["data"]["lifecycle-state"]).toBe("AVAILABLE");
    const deleted = await h.cli(["bv", "backup", "delete", "--volume-backup-id", id, "--force", "--wait-for-state", "TERMINATED", "--wait-interval-seconds", "1"]);
    expect(deleted.code).toBe(0);
    expect((await h.json(["bv", "backup", "get", "--volume-backup-id", id]))["data"]["lifecycle-state"]).toBe("TERMINATED");
  });
});

describe("bv volume change-compartment", () => {
  it("moves the volume; list in the old compartment no longer has it", async () => {
    const volume = await h.json(["bv", "volume", "create", "--compartment-id", c, "--availability-domain", "Uocm:PHX-AD-1", "--display-name", "mover", ...WAIT]);
    const id = volume["data"]["id"] as string;
    const moved = await h.cli(["bv", "volume", "change-compartment", "--volume-id", id, "--compartment-id", OTHER]);
    expect([moved.code, moved.stderr]).toEqual([0, ""]);
    expect((await h.json(["bv", "volume", "get", "--volume-id", id]))["data"]["compartment-id"]).toBe(OTHER);
    const old = await h.json(["bv", "volume", "list", "--compartment-id", c, "--all", "--query", "data[].id"]);
    expect(old).not.toContain(id);
  });
});
