// Tenancy isolation (loadOwned): a caller of tenancy B (a second identity trusted through trustConfig)
// gets 404 NotAuthorizedOrNotFound — exactly like a missing id — for EVERY operation of the spec on
// tenancy A's resources, cannot use them as sources of its own creates, and never lists them.
// The table is keyed by operationId and checked against the spec, so a new operation needs a row.
import { rmSync } from "node:fs";
import { loadSpec } from "@ocikit/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, startFixture, tempDir, writeOtherTenancyConfig, type Fixture } from "../../test/demo-fixture.js";

const API = "/20160918";
const AD = "Uocm:US-ASHBURN-AD-1";

interface OwnedByA {
  compartmentId: string;
  /** In A's group. */
  memberVolumeId: string;
  /** In no group. */
  freeVolumeId: string;
  groupId: string;
  backupId: string;
  volumeBackupId: string;
  /** A backup of the free volume, in no group backup. */
  standaloneBackupId: string;
  /** A user-defined policy, assigned to the free volume. */
  policyId: string;
  assignmentId: string;
}

interface OwnedByB {
  compartmentId: string;
  /** In B's group. */
  volumeId: string;
  /** In no group. */
  freeVolumeId: string;
  groupId: string;
}

type Attempt = { name: string; method: string; path: string; body?: unknown; headers?: Record<string, string> };
/** What tenancy B tries for one operation: every attempt must be 404 (single) or an empty list. */
type Row = { expect: "404" | "empty list"; attempts: (a: OwnedByA, b: OwnedByB) => Attempt[] };

const ROWS: Record<string, Row> = {
  CreateVolume: {
    expect: "404",
    attempts: (a) => [
      { name: "clone A's volume", method: "POST", path: "/volumes", body: { compartmentId: a.compartmentId, sourceDetails: { type: "volume", id: a.freeVolumeId } } },
      { name: "restore A's volume backup (sourceDetails)", method: "POST", path: "/volumes", body: { compartmentId: a.compartmentId, sourceDetails: { type: "volumeBackup", id: a.volumeBackupId } } },
      { name: "restore A's volume backup (volumeBackupId)", method: "POST", path: "/volumes", body: { compartmentId: a.compartmentId, volumeBackupId: a.volumeBackupId } },
    ],
  },
  GetVolume: { expect: "404", attempts: (a) => [{ name: "get", method: "GET", path: `/volumes/${a.freeVolumeId}` }] },
  UpdateVolume: { expect: "404", attempts: (a) => [{ name: "rename", method: "PUT", path: `/volumes/${a.freeVolumeId}`, body: { displayName: "mine" } }] },
  DeleteVolume: { expect: "404", attempts: (a) => [{ name: "delete", method: "DELETE", path: `/volumes/${a.freeVolumeId}` }] },
  ListVolumes: {
    expect: "empty list",
    attempts: (a) => [
      { name: "A's compartment", method: "GET", path: `/volumes?compartmentId=${a.compartmentId}` },
      { name: "A's group filter", method: "GET", path: `/volumes?compartmentId=${a.compartmentId}&volumeGroupId=${a.groupId}` },
    ],
  },
  CreateVolumeGroup: {
    expect: "404",
    attempts: (a, b) => [
      { name: "group A's volume", method: "POST", path: "/volumeGroups", body: { compartmentId: a.compartmentId, availabilityDomain: AD, sourceDetails: { type: "volumeIds", volumeIds: [a.freeVolumeId] } } },
      { name: "group B's and A's volumes", method: "POST", path: "/volumeGroups", body: { compartmentId: a.compartmentId, availabilityDomain: AD, sourceDetails: { type: "volumeIds", volumeIds: [b.freeVolumeId, a.freeVolumeId] } } },
      { name: "clone A's group", method: "POST", path: "/volumeGroups", body: { compartmentId: a.compartmentId, availabilityDomain: AD, sourceDetails: { type: "volumeGroupId", volumeGroupId: a.groupId } } },
      { name: "restore A's group backup", method: "POST", path: "/volumeGroups", body: { compartmentId: a.compartmentId, availabilityDomain: AD, sourceDetails: { type: "volumeGroupBackupId", volumeGroupBackupId: a.backupId } } },
    ],
  },
  GetVolumeGroup: { expect: "404", attempts: (a) => [{ name: "get", method: "GET", path: `/volumeGroups/${a.groupId}` }] },
  UpdateVolumeGroup: {
    expect: "404",
    attempts: (a, b) => [
      { name: "rename A's group", method: "PUT", path: `/volumeGroups/${a.groupId}`, body: { displayName: "mine" } },
      { name: "pull A's volume into B's group", method: "PUT", path: `/volumeGroups/${b.groupId}`, body: { volumeIds: [b.volumeId, a.freeVolumeId] } },
    ],
  },
  DeleteVolumeGroup: { expect: "404", attempts: (a) => [{ name: "delete", method: "DELETE", path: `/volumeGroups/${a.groupId}` }] },
  ChangeVolumeGroupCompartment: {
    expect: "404",
    attempts: (a) => [{ name: "move", method: "POST", path: `/volumeGroups/${a.groupId}/actions/changeCompartment`, body: { compartmentId: a.compartmentId } }],
  },
  ListVolumeGroups: { expect: "empty list", attempts: (a) => [{ name: "A's compartment", method: "GET", path: `/volumeGroups?compartmentId=${a.compartmentId}` }] },
  CreateVolumeGroupBackup: {
    expect: "404",
    attempts: (a) => [{ name: "back up A's group", method: "POST", path: "/volumeGroupBackups", body: { volumeGroupId: a.groupId, compartmentId: a.compartmentId } }],
  },
  GetVolumeGroupBackup: { expect: "404", attempts: (a) => [{ name: "get", method: "GET", path: `/volumeGroupBackups/${a.backupId}` }] },
  UpdateVolumeGroupBackup: { expect: "404", attempts: (a) => [{ name: "rename", method: "PUT", path: `/volumeGroupBackups/${a.backupId}`, body: { displayName: "mine" } }] },
  DeleteVolumeGroupBackup: { expect: "404", attempts: (a) => [{ name: "delete", method: "DELETE", path: `/volumeGroupBackups/${a.backupId}` }] },
  CopyVolumeGroupBackup: {
    expect: "404",
    attempts: (a) => [
      { name: "copy", method: "POST", path: `/volumeGroupBackups/${a.backupId}/actions/copy`, body: { destinationRegion: "us-phoenix-1" } },
      { name: "copy with a retry token", method: "POST", path: `/volumeGroupBackups/${a.backupId}/actions/copy`, body: { destinationRegion: "uk-london-1" }, headers: { "opc-retry-token": "b-copy" } },
    ],
  },
  ChangeVolumeGroupBackupCompartment: {
    expect: "404",
    attempts: (a) => [{ name: "move", method: "POST", path: `/volumeGroupBackups/${a.backupId}/actions/changeCompartment`, body: { compartmentId: a.compartmentId } }],
  },
  ListVolumeGroupBackups: {
    expect: "empty list",
    attempts: (a) => [
      { name: "A's compartment", method: "GET", path: `/volumeGroupBackups?compartmentId=${a.compartmentId}` },
      { name: "A's group filter", method: "GET", path: `/volumeGroupBackups?compartmentId=${a.compartmentId}&volumeGroupId=${a.groupId}` },
    ],
  },
  GetVolumeBackup: { expect: "404", attempts: (a) => [{ name: "get", method: "GET", path: `/volumeBackups/${a.volumeBackupId}` }] },
  ListVolumeBackups: {
    expect: "empty list",
    attempts: (a) => [
      { name: "A's compartment", method: "GET", path: `/volumeBackups?compartmentId=${a.compartmentId}` },
      { name: "A's volume filter", method: "GET", path: `/volumeBackups?compartmentId=${a.compartmentId}&volumeId=${a.memberVolumeId}` },
    ],
  },
  CreateVolumeBackup: { expect: "404", attempts: (a) => [{ name: "back up A's volume", method: "POST", path: "/volumeBackups", body: { volumeId: a.freeVolumeId } }] },
  UpdateVolumeBackup: { expect: "404", attempts: (a) => [{ name: "rename", method: "PUT", path: `/volumeBackups/${a.standaloneBackupId}`, body: { displayName: "mine" } }] },
  DeleteVolumeBackup: { expect: "404", attempts: (a) => [{ name: "delete", method: "DELETE", path: `/volumeBackups/${a.standaloneBackupId}` }] },
  CopyVolumeBackup: {
    expect: "404",
    attempts: (a) => [
      { name: "copy", method: "POST", path: `/volumeBackups/${a.standaloneBackupId}/actions/copy`, body: { destinationRegion: "us-phoenix-1" } },
      { name: "copy with a retry token", method: "POST", path: `/volumeBackups/${a.standaloneBackupId}/actions/copy`, body: { destinationRegion: "uk-london-1" }, headers: { "opc-retry-token": "b-vb-copy" } },
    ],
  },
  ChangeVolumeBackupCompartment: {
    expect: "404",
    attempts: (a) => [{ name: "move", method: "POST", path: `/volumeBackups/${a.standaloneBackupId}/actions/changeCompartment`, body: { compartmentId: a.compartmentId } }],
  },
  ChangeVolumeCompartment: {
    expect: "404",
    attempts: (a) => [{ name: "move", method: "POST", path: `/volumes/${a.freeVolumeId}/actions/changeCompartment`, body: { compartmentId: a.compartmentId } }],
  },
  // A policy has no source to borrow, so B's create cannot name anything of A; B's own policies stay B's
  // (checked by ListVolumeBackupPolicies and the last tests).
  CreateVolumeBackupPolicy: { expect: "404", attempts: () => [] },
  GetVolumeBackupPolicy: { expect: "404", attempts: (a) => [{ name: "get", method: "GET", path: `/volumeBackupPolicies/${a.policyId}` }] },
  ListVolumeBackupPolicies: { expect: "empty list", attempts: (a) => [{ name: "A's compartment", method: "GET", path: `/volumeBackupPolicies?compartmentId=${a.compartmentId}` }] },
  UpdateVolumeBackupPolicy: { expect: "404", attempts: (a) => [{ name: "rename", method: "PUT", path: `/volumeBackupPolicies/${a.policyId}`, body: { displayName: "mine" } }] },
  DeleteVolumeBackupPolicy: { expect: "404", attempts: (a) => [{ name: "delete", method: "DELETE", path: `/volumeBackupPolicies/${a.policyId}` }] },
  CreateVolumeBackupPolicyAssignment: {
    expect: "404",
    attempts: (a, b) => [
      { name: "A's policy on B's volume", method: "POST", path: "/volumeBackupPolicyAssignments", body: { assetId: b.freeVolumeId, policyId: a.policyId } },
      { name: "gold on A's volume", method: "POST", path: "/volumeBackupPolicyAssignments", body: { assetId: a.freeVolumeId, policyId: GOLD } },
    ],
  },
  GetVolumeBackupPolicyAssignment: { expect: "404", attempts: (a) => [{ name: "get", method: "GET", path: `/volumeBackupPolicyAssignments/${a.assignmentId}` }] },
  GetVolumeBackupPolicyAssetAssignment: {
    expect: "empty list",
    attempts: (a) => [{ name: "A's volume", method: "GET", path: `/volumeBackupPolicyAssignments?assetId=${a.freeVolumeId}` }],
  },
  DeleteVolumeBackupPolicyAssignment: {
    expect: "404",
    attempts: (a) => [{ name: "delete", method: "DELETE", path: `/volumeBackupPolicyAssignments/${a.assignmentId}` }],
  },
};

const GOLD = "ocid1.volumebackuppolicy.oc1..aaaaaaaagcremuefit7dpcnjpdrtphjk4bwm3emm55t6cghctt2m6iyyjdva";

const specOperations = Object.values((loadSpec() as { paths: Record<string, Record<string, { operationId?: string }>> }).paths)
  .flatMap((item) => Object.values(item).map((op) => op.operationId))
  .filter((id): id is string => typeof id === "string")
  .sort();

describe("tenancy isolation", () => {
  let f: Fixture;
  let dir: string;
  let other: ReturnType<typeof writeOtherTenancyConfig>;
  let a: OwnedByA;
  let b: OwnedByB;
  const etagsBefore = new Map<string, string>();

  const asB = (attempt: Attempt) =>
    f.send(attempt.method, `${API}${attempt.path}`, {
      key: other.key,
      ...(attempt.body !== undefined ? { body: attempt.body } : {}),
      ...(attempt.headers !== undefined ? { headers: attempt.headers } : {}),
    });

  beforeAll(async () => {
    dir = tempDir();
    other = writeOtherTenancyConfig(dir);
    f = await startFixture({ trustConfig: [other.path] });
    const made = await makeGroup(f, 2);
    const free = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, displayName: "free" });
    const backup = await f.api("POST", "/volumeGroupBackups", { volumeGroupId: made.groupId });
    const standalone = await f.api("POST", "/volumeBackups", { volumeId: free.data.id });
    const policy = await f.api("POST", "/volumeBackupPolicies", {
      compartmentId: f.server.compartmentId,
      displayName: "A's nightly",
      schedules: [{ backupType: "INCREMENTAL", period: "ONE_DAY", retentionSeconds: 86_400 }],
    });
    const assignment = await f.api("POST", "/volumeBackupPolicyAssignments", { assetId: free.data.id, policyId: policy.data.id });
    a = {
      policyId: policy.data.id,
      assignmentId: assignment.data.id,
      compartmentId: f.server.compartmentId,
      memberVolumeId: made.volumeIds[0] as string,
      freeVolumeId: free.data.id,
      groupId: made.groupId,
      backupId: backup.data.id,
      volumeBackupId: backup.data.volumeBackupIds[0],
      standaloneBackupId: standalone.data.id,
    };
    // B's own volumes and group, in a compartment of B.
    const bCompartment = "ocid1.compartment.oc1..aaaaaaaaothercompartment";
    const bVolume = async () => {
      const res = await asB({ name: "", method: "POST", path: "/volumes", body: { compartmentId: bCompartment } });
      return ((await res.json()) as { id: string }).id;
    };
    const bVolumeId = await bVolume();
    const bFreeVolumeId = await bVolume();
    const bGroup = await asB({
      name: "",
      method: "POST",
      path: "/volumeGroups",
      body: { compartmentId: bCompartment, availabilityDomain: AD, sourceDetails: { type: "volumeIds", volumeIds: [bVolumeId] } },
    });
    b = { compartmentId: bCompartment, volumeId: bVolumeId, freeVolumeId: bFreeVolumeId, groupId: ((await bGroup.json()) as { id: string }).id };
    for (const [kind, id] of [["volumes", a.memberVolumeId], ["volumes", a.freeVolumeId], ["volumeGroups", a.groupId], ["volumeGroupBackups", a.backupId], ["volumeBackups", a.volumeBackupId], ["volumeBackups", a.standaloneBackupId]]) {
      etagsBefore.set(id as string, (await f.api("GET", `/${kind}/${id}`)).headers.get("etag") as string);
    }
  });
  afterAll(async () => {
    await f.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("has a row for every operation of the spec", () => {
    expect(Object.keys(ROWS).sort()).toEqual(specOperations);
  });

  it.each(Object.entries(ROWS))("%s by tenancy B → nothing of A", async (_operationId, row) => {
    for (const attempt of row.attempts(a, b)) {
      const res = await asB(attempt);
      if (row.expect === "empty list") {
        expect([attempt.name, res.status]).toEqual([attempt.name, 200]);
        expect(await res.json()).toEqual([]);
      } else {
        const code = ((await res.json()) as { code: string }).code;
        expect([attempt.name, res.status, code]).toEqual([attempt.name, 404, "NotAuthorizedOrNotFound"]);
      }
    }
  });

  it("addresses A's volume through another region's path: still 404", async () => {
    const res = await f.send("GET", `/us-phoenix-1${API}/volumes/${a.freeVolumeId}`, { key: other.key });
    expect(res.status).toBe(404);
  });

  it("ignores the service-only on-behalf-of header from an ordinary caller", async () => {
    const res = await f.send("GET", `${API}/volumeGroupBackups/${a.backupId}`, {
      key: other.key,
      headers: { "x-ocikit-on-behalf-of": f.server.tenancyId },
    });
    expect(res.status).toBe(404);
  });

  it("leaves every resource of A untouched (same etag, AVAILABLE) and B's group with only B's volume", async () => {
    for (const [id, etag] of etagsBefore) {
      const kind = id.split(".")[1] as string;
      const path = { volume: "volumes", volumegroup: "volumeGroups", volumegroupbackup: "volumeGroupBackups", volumebackup: "volumeBackups" }[kind];
      const got = await f.api("GET", `/${path}/${id}`);
      expect([id, got.status, got.headers.get("etag"), got.data.lifecycleState]).toEqual([id, 200, etag, "AVAILABLE"]);
    }
    const bGroup = await f.send("GET", `${API}/volumeGroups/${b.groupId}`, { key: other.key });
    expect(((await bGroup.json()) as { volumeIds: string[] }).volumeIds).toEqual([b.volumeId]);
    // B's failed creates left nothing behind: B has exactly its two volumes (one still free) and one group.
    const free = await f.send("GET", `${API}/volumes/${b.freeVolumeId}`, { key: other.key });
    expect(((await free.json()) as { volumeGroupId?: string }).volumeGroupId).toBeUndefined();
    for (const [kind, count] of [["volumes", 2], ["volumeGroups", 1], ["volumeGroupBackups", 0], ["volumeBackups", 0]] as const) {
      const list = await f.send("GET", `${API}/${kind}?compartmentId=${b.compartmentId}`, { key: other.key });
      expect([kind, ((await list.json()) as unknown[]).length]).toEqual([kind, count]);
    }
  });

  it("leaves A's policy and assignment untouched", async () => {
    const policy = await f.api("GET", `/volumeBackupPolicies/${a.policyId}`);
    expect([policy.status, policy.data.displayName]).toEqual([200, "A's nightly"]);
    const asset = await f.api("GET", `/volumeBackupPolicyAssignments?assetId=${a.freeVolumeId}`);
    expect(asset.data.map((x: { id: string; policyId: string }) => [x.id, x.policyId])).toEqual([[a.assignmentId, a.policyId]]);
  });

  it("works both ways: A cannot see B's resources either", async () => {
    expect((await f.api("GET", `/volumes/${b.volumeId}`)).status).toBe(404);
    expect((await f.api("GET", `/volumeGroups/${b.groupId}`)).status).toBe(404);
    const listed = await f.api("GET", `/volumes?compartmentId=${a.compartmentId}`);
    expect((listed.data as Array<{ id: string }>).map((v) => v.id)).not.toContain(b.volumeId);
  });
});
