import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolumeGroup, startHarness, type Harness } from "../../../test/harness.js";

let h: Harness;
let c: string;
const GOLD = "ocid1.volumebackuppolicy.oc1..aaaaaaaagcremuefit7dpcnjpdrtphjk4bwm3emm55t6cghctt2m6iyyjdva";
const DAILY = [{ backupType: "INCREMENTAL", period: "ONE_DAY", offsetType: "STRUCTURED", hourOfDay: 2, timeZone: "UTC", retentionSeconds: 604800 }];

beforeAll(async () => {
  h = await startHarness({ polls: 1 });
  c = h.server.compartmentId;
});
afterAll(async () => h.close());

describe("ocikit bv volume-backup-policy and volume-backup-policy-assignment", () => {
  it("lists the Oracle-defined policies without a compartment, all pages", async () => {
    const listed = await h.json(["bv", "volume-backup-policy", "list", "--all", "--page-size", "1"]);
    expect(listed["data"].map((p: Record<string, unknown>) => p["display-name"])).toEqual(["silver", "bronze", "gold"]);
    expect(listed["data"][2]).toMatchObject({ id: GOLD, "compartment-id": null, "destination-region": null });
    expect(listed["data"][2]["schedules"][0]).toMatchObject({ "backup-type": "INCREMENTAL", period: "ONE_DAY", "retention-seconds": 604800 });
  });

  it("creates, updates (asking first), assigns, reads by asset, refuses deleting an assigned policy, then cleans up", async () => {
    const created = await h.json(["bv", "volume-backup-policy", "create", "--compartment-id", c, "--display-name", "nightly", "--schedules", JSON.stringify(DAILY)]);
    const policyId = created["data"]["id"] as string;
    expect(created["data"]["schedules"]).toEqual([{ "backup-type": "INCREMENTAL", period: "ONE_DAY", "offset-type": "STRUCTURED", "hour-of-day": 2, "time-zone": "UTC", "retention-seconds": 604800 }]);
    expect(created["etag"]).toEqual(expect.any(String));

    const declined = await h.cli(["bv", "volume-backup-policy", "update", "--policy-id", policyId, "--schedules", JSON.stringify(DAILY), "--freeform-tags", "{}"], { stdin: ["n"] });
    expect(declined.code).not.toBe(0);
    expect(declined.stderr).toMatch(/schedules and freeform-tags replace the existing ones/);
    const renamed = await h.json(["bv", "volume-backup-policy", "update", "--policy-id", policyId, "--display-name", "nightly-2", "--destination-region", "us-phoenix-1", "--if-match", created["etag"]]);
    expect(renamed["data"]).toMatchObject({ "display-name": "nightly-2", "destination-region": "us-phoenix-1" });

    const { volumeGroupId } = await createVolumeGroup(h);
    const assignment = await h.json(["bv", "volume-backup-policy-assignment", "create", "--asset-id", volumeGroupId, "--policy-id", policyId]);
    const assignmentId = assignment["data"]["id"] as string;
    expect(assignment["data"]).toMatchObject({ "asset-id": volumeGroupId, "policy-id": policyId, "xrc-kms-key-id": null });
    const byAsset = await h.json(["bv", "volume-backup-policy-assignment", "get-volume-backup-policy-asset-assignment", "--asset-id", volumeGroupId]);
    expect(byAsset["data"].map((a: { id: string }) => a.id)).toEqual([assignmentId]);
    expect((await h.json(["bv", "volume-backup-policy-assignment", "get", "--policy-assignment-id", assignmentId]))["data"]["policy-id"]).toBe(policyId);

    const refused = await h.cli(["bv", "volume-backup-policy", "delete", "--policy-id", policyId, "--force"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/"code": "Conflict"/);
    const oracle = await h.cli(["bv", "volume-backup-policy-assignment", "create", "--asset-id", volumeGroupId, "--policy-id", GOLD]);
    expect(oracle.code).toBe(1);
    expect(oracle.stderr).toMatch(/Oracle-defined/);

    expect(await h.cli(["bv", "volume-backup-policy-assignment", "delete", "--policy-assignment-id", assignmentId, "--force"])).toMatchObject({ code: 0, stdout: "" });
    expect(await h.cli(["bv", "volume-backup-policy", "delete", "--policy-id", policyId, "--force"])).toMatchObject({ code: 0, stdout: "" });
    expect((await h.cli(["bv", "volume-backup-policy", "get", "--policy-id", policyId])).code).toBe(1);
  });

  it("assigns a policy at create with --backup-policy-id on volume and volume-group create", async () => {
    const policyId = (await h.json(["bv", "volume-backup-policy", "create", "--compartment-id", c, "--schedules", JSON.stringify(DAILY)]))["data"]["id"] as string;
    const volume = await h.json(["bv", "volume", "create", "--compartment-id", c, "--availability-domain", "Uocm:PHX-AD-1", "--backup-policy-id", GOLD]);
    const volumeAssigned = await h.json(["bv", "volume-backup-policy-assignment", "get-volume-backup-policy-asset-assignment", "--asset-id", volume["data"]["id"]]);
    expect(volumeAssigned["data"][0]["policy-id"]).toBe(GOLD);
    const other = await h.json(["bv", "volume", "create", "--compartment-id", c, "--availability-domain", "Uocm:PHX-AD-1", "--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1"]);
    const group = await h.json([
      "bv", "volume-group", "create", "--availability-domain", "Uocm:PHX-AD-1", "--compartment-id", c, "--backup-policy-id", policyId,
      "--source-details", JSON.stringify({ type: "volumeIds", volumeIds: [other["data"]["id"]] }),
    ]);
    const groupAssigned = await h.json(["bv", "volume-backup-policy-assignment", "get-volume-backup-policy-asset-assignment", "--asset-id", group["data"]["id"]]);
    expect(groupAssigned["data"][0]["policy-id"]).toBe(policyId);
  });

  it("prints a JSON skeleton for --schedules", async () => {
    const skeleton = await h.cli(["bv", "volume-backup-policy", "create", "--generate-param-json-input", "schedules"]);
    expect(skeleton.code).toBe(0);
    expect(JSON.parse(skeleton.stdout)[0]).toMatchObject({ period: "ONE_HOUR|ONE_DAY|ONE_WEEK|ONE_MONTH|ONE_YEAR" });
  });
});
