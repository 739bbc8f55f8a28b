// The official TypeScript SDK (oci-core) drives backup policies and assignments end to end against
// the demo server: its request and response models, its paginators and its errors must all fit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { common, core, officialSdkClient } from "./official-sdk-client.js";
import { makeGroup, startFixture, type Fixture } from "./demo-fixture.js";


describe("official oci-core BlockstorageClient: backup policies", () => {
  let f: Fixture;
  let client: InstanceType<typeof core.BlockstorageClient>;
  beforeAll(async () => {
    f = await startFixture();
    client = officialSdkClient(f.server.configPath, f.server.url);
  });
  afterAll(() => f.close());

  it("lists the Oracle-defined policies with the SDK's record iterator", async () => {
    const names: string[] = [];
    for await (const policy of client.listVolumeBackupPoliciesRecordIterator({ limit: 1 })) names.push(policy.displayName);
    expect(names).toEqual(["silver", "bronze", "gold"]);
  });

  it("creates, updates, assigns, reads by asset, advances the clock, and cleans up", async () => {
    const { groupId } = await makeGroup(f, 1);
    const S = core.models.VolumeBackupSchedule;
    const created = await client.createVolumeBackupPolicy({
      createVolumeBackupPolicyDetails: {
        compartmentId: f.server.compartmentId,
        displayName: "sdk nightly",
        schedules: [{ backupType: S.BackupType.Incremental, period: S.Period.OneDay, offsetType: S.OffsetType.Structured, hourOfDay: 1, timeZone: S.TimeZone.Utc, retentionSeconds: 86_400 }],
      },
    });
    expect(created.etag).toBeTruthy();
    const policyId = created.volumeBackupPolicy.id;
    const updated = await client.updateVolumeBackupPolicy({
      policyId,
      updateVolumeBackupPolicyDetails: { displayName: "sdk nightly v2" },
      ifMatch: created.etag,
    });
    expect(updated.volumeBackupPolicy.displayName).toBe("sdk nightly v2");
    await expect(
      client.updateVolumeBackupPolicy({ policyId, updateVolumeBackupPolicyDetails: {}, ifMatch: created.etag }),
    ).rejects.toMatchObject({ statusCode: 412, serviceCode: "NoEtagMatch" });

    const assignment = await client.createVolumeBackupPolicyAssignment({
      createVolumeBackupPolicyAssignmentDetails: { assetId: groupId, policyId },
    });
    expect(assignment.volumeBackupPolicyAssignment.assetId).toBe(groupId);
    const byAsset: string[] = [];
    for await (const a of client.getVolumeBackupPolicyAssetAssignmentRecordIterator({ assetId: groupId })) byAsset.push(a.id);
    expect(byAsset).toEqual([assignment.volumeBackupPolicyAssignment.id]);
    const got = await client.getVolumeBackupPolicyAssignment({ policyAssignmentId: assignment.volumeBackupPolicyAssignment.id });
    expect(got.volumeBackupPolicyAssignment.policyId).toBe(policyId);

    await expect(client.deleteVolumeBackupPolicy({ policyId })).rejects.toMatchObject({ statusCode: 409, serviceCode: "Conflict" });
    await expect(
      client.createVolumeBackupPolicyAssignment({
        createVolumeBackupPolicyAssignmentDetails: { assetId: groupId, policyId: "ocid1.volumebackuppolicy.oc1..aaaaaaaagcremuefit7dpcnjpdrtphjk4bwm3emm55t6cghctt2m6iyyjdva" },
      }),
    ).rejects.toMatchObject({ statusCode: 400, serviceCode: "InvalidParameter" });

    const res = await f.admin("POST", "/_ocikit/clock", { advanceSeconds: 2 * 86_400 });
    expect(res.status).toBe(200);
    const backups: Array<{ sourceType?: string; expirationTime?: Date }> = [];
    for await (const b of client.listVolumeGroupBackupsRecordIterator({ compartmentId: f.server.compartmentId, volumeGroupId: groupId })) backups.push(b);
    expect(backups.length).toBeGreaterThanOrEqual(1);
    expect(backups.every((b) => b.sourceType === "SCHEDULED" && b.expirationTime !== undefined)).toBe(true);

    await client.deleteVolumeBackupPolicyAssignment({ policyAssignmentId: assignment.volumeBackupPolicyAssignment.id });
    await client.deleteVolumeBackupPolicy({ policyId });
    await expect(client.getVolumeBackupPolicy({ policyId })).rejects.toMatchObject({ statusCode: 404, serviceCode: "NotAuthorizedOrNotFound" });
  });
});
