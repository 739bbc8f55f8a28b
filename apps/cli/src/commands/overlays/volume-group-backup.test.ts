import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolumeGroup, startHarness, type Harness } from "../../../test/harness.js";

let h: Harness;
let volumeGroupId: string;

beforeAll(async () => {
  h = await startHarness({ polls: 2 });
  ({ volumeGroupId } = await createVolumeGroup(h));
});
afterAll(async () => h.close());

const KEBAB_KEYS = ["compartment-id", "display-name", "id", "lifecycle-state", "size-in-mbs", "time-created", "type", "unique-size-in-gbs", "volume-backup-ids", "volume-group-id"];

describe("ocikit bv volume-group-backup", () => {
  it("runs the seed request unchanged and waits until AVAILABLE", async () => {
    const result = await h.cli([
      "bv", "volume-group-backup", "create", "--volume-group-id", volumeGroupId, "--type", "FULL",
      "--display-name", "laboris pariatur", "--freeform-tags", "{}", "--defined-tags", "{}",
      "--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1",
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("Action completed. Waiting until the resource has entered state: ('AVAILABLE',)\n");
    const doc = JSON.parse(result.stdout);
    expect(Object.keys(doc).sort()).toEqual(["data", "etag"]);
    expect(doc.data).toMatchObject({ "display-name": "laboris pariatur", type: "FULL", "lifecycle-state": "AVAILABLE", "volume-group-id": volumeGroupId, "freeform-tags": {}, "defined-tags": {} });
    for (const key of KEBAB_KEYS) expect(doc.data).toHaveProperty([key]);
    // Like the OCI CLI, every model attribute is printed, null when the service sent none.
    expect(doc.data).toHaveProperty(["source-volume-group-backup-id"], null);
    expect(doc.data).toHaveProperty(["retention-period"], null);
    expect(doc.data["time-created"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$/);
    // Printed exactly as the OCI CLI prints: sorted keys, 2-space indent, trailing newline.
    expect(result.stdout).toBe(`${JSON.stringify(sortDeep(doc), null, 2)}\n`);
  });

  it("shows wait progress only on a terminal", async () => {
    const result = await h.cli(["bv", "volume-group-backup", "create", "--volume-group-id", volumeGroupId, "--wait-for-state", "AVAILABLE", "--wait-for-state", "FAULTY", "--wait-interval-seconds", "1"], { stderrIsTTY: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("state: ('AVAILABLE', 'FAULTY')\n");
    expect(result.stderr).toMatch(/\rWaiting for AVAILABLE\|FAULTY: state CREATING, \d+s elapsed/);
    expect(JSON.parse(result.stdout).data.type).toBe("INCREMENTAL");
  });

  it("prints the last known resource and exits 2 when the wait times out", async () => {
    const result = await h.cli(["bv", "volume-group-backup", "create", "--volume-group-id", volumeGroupId, "--wait-for-state", "AVAILABLE", "--max-wait-seconds", "0"]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).data["lifecycle-state"]).not.toBe("AVAILABLE");
    expect(result.stderr).toMatch(/did not reach AVAILABLE within 0 seconds/);
  });

  it("gets, updates, copies, moves and deletes a backup", async () => {
    const id = await availableBackup("nightly");

    const got = await h.json(["bv", "volume-group-backup", "get", "--volume-group-backup-id", id]);
    expect(got["data"]["id"]).toBe(id);
    expect(typeof got["etag"]).toBe("string");

    const renamed = await h.json(["bv", "volume-group-backup", "update", "--volume-group-backup-id", id, "--display-name", "weekly"]);
    expect(renamed["data"]["display-name"]).toBe("weekly");

    const tagged = await h.json(["bv", "volume-group-backup", "update", "--volume-group-backup-id", id, "--freeform-tags", '{"Keep_Me": "yes"}', "--force"]);
    // Tag keys are the user's and keep their spelling.
    expect(tagged["data"]["freeform-tags"]).toEqual({ Keep_Me: "yes" });

    const copied = await h.json(["bv", "volume-group-backup", "copy", "--volume-group-backup-id", id, "--destination-region", "us-phoenix-1", "--display-name", "dr", "--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1"]);
    expect(copied["data"]).toMatchObject({ "display-name": "dr", "source-volume-group-backup-id": id, "lifecycle-state": "AVAILABLE" });

    const moved = await h.cli(["bv", "volume-group-backup", "change-compartment", "--volume-group-backup-id", id, "--compartment-id", h.server.compartmentId]);
    expect(moved.code).toBe(0);

    const deleted = await h.cli(["bv", "volume-group-backup", "delete", "--volume-group-backup-id", id, "--force", "--wait-for-state", "TERMINATED", "--wait-interval-seconds", "1"]);
    expect(deleted).toMatchObject({ code: 0, stdout: "" });
    const after = await h.json(["bv", "volume-group-backup", "get", "--volume-group-backup-id", id]);
    expect(after["data"]["lifecycle-state"]).toMatch(/TERMINAT/);
  });

  it.each([
    { name: "delete accepted", argv: ["delete"], stdin: ["y"], code: 0, stderr: "Are you sure you want to delete this resource? [y/N]: ", state: /TERMINAT/ },
    { name: "delete declined", argv: ["delete"], stdin: ["n"], code: 1, stderr: "Are you sure you want to delete this resource? [y/N]: Aborted!\n", state: /^AVAILABLE$/ },
    { name: "delete with no answer", argv: ["delete"], stdin: [], code: 1, stderr: "Are you sure you want to delete this resource? [y/N]: \nAborted!\n", state: /^AVAILABLE$/ },
    { name: "tag update declined", argv: ["update", "--defined-tags", "{}"], stdin: [""], code: 1, stderr: /replace the existing ones\. Are you sure you want to continue\? \[y\/N\]: Aborted!/, state: /^AVAILABLE$/ },
  ])("asks before $name", async ({ argv, stdin, code, stderr, state }) => {
    const id = await availableBackup("prompted");
    const result = await h.cli(["bv", "volume-group-backup", ...argv, "--volume-group-backup-id", id], { stdin });
    expect(result.code).toBe(code);
    if (typeof stderr === "string") expect(result.stderr).toBe(stderr);
    else expect(result.stderr).toMatch(stderr);
    expect(result.stdout).toBe("");
    const after = await h.json(["bv", "volume-group-backup", "get", "--volume-group-backup-id", id]);
    expect(after["data"]["lifecycle-state"]).toMatch(state);
  });

  it("rejects a stale if-match with the service's 412", async () => {
    const id = await availableBackup("etag");
    const result = await h.cli(["bv", "volume-group-backup", "update", "--volume-group-backup-id", id, "--display-name", "x", "--if-match", "not-the-etag"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ServiceError:\n/);
    expect(JSON.parse(result.stderr.slice("ServiceError:\n".length))).toMatchObject({ status: 412, operation_name: "update_volume_group_backup" });
  });
});

/** A backup that has settled (mutations of a CREATING backup get 409 IncorrectState, as in OCI). */
async function availableBackup(name: string): Promise<string> {
  const created = await h.json(["bv", "volume-group-backup", "create", "--volume-group-id", volumeGroupId, "--display-name", name, "--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1"]);
  return created["data"]["id"] as string;
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortDeep((value as Record<string, unknown>)[k])]));
}
