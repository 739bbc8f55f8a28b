// The official TypeScript SDK (oci-core/oci-common, CommonJS) against the demo server: its signer,
// retry-token headers, waiters and paginator must all work unchanged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { common, core, officialSdkClient } from "../test/official-sdk-client.js";
import { startFixture, type Fixture } from "../test/demo-fixture.js";

// The SDK reads these when it is loaded: no circuit breaker (it would trip on expected 4xx tests).

describe("official oci-core BlockstorageClient", () => {
  let f: Fixture;
  let client: InstanceType<typeof core.BlockstorageClient>;
  let waiters: ReturnType<InstanceType<typeof core.BlockstorageClient>["createWaiters"]>;
  let compartmentId: string;
  beforeAll(async () => {
    // Polls lifecycle: each resource is AVAILABLE on its second GET, so the waiters poll for real.
    f = await startFixture({ lifecycle: { mode: "polls", polls: 2 } });
    compartmentId = f.server.compartmentId;
    client = officialSdkClient(f.server.configPath, f.server.url);
    waiters = client.createWaiters(undefined as never, {
      terminationStrategy: new common.MaxAttemptsTerminationStrategy(5),
      delayStrategy: new common.FixedTimeDelayStrategy(0),
    });
  });
  afterAll(() => f.close());

  it("creates volumes, a group and a backup, waits with the SDK waiters, pages, updates and deletes", async () => {
    const volumeIds: string[] = [];
    for (const name of ["a", "b"]) {
      const created = await client.createVolume({ createVolumeDetails: { compartmentId, displayName: name, sizeInGBs: 60 } });
      expect(created.volume.lifecycleState).toBe("PROVISIONING");
      const ready = await waiters.forVolume({ volumeId: created.volume.id }, core.models.Volume.LifecycleState.Available);
      expect(ready?.volume.lifecycleState).toBe("AVAILABLE");
      volumeIds.push(created.volume.id);
    }
    const group = await client.createVolumeGroup({
      createVolumeGroupDetails: {
        compartmentId,
        availabilityDomain: "Uocm:US-ASHBURN-AD-1",
        sourceDetails: { type: "volumeIds", volumeIds } as never,
      },
    });
    await waiters.forVolumeGroup({ volumeGroupId: group.volumeGroup.id }, core.models.VolumeGroup.LifecycleState.Available);

    const ids: string[] = [];
    for (const displayName of ["first", "second", "third"]) {
      const backup = await client.createVolumeGroupBackup({
        createVolumeGroupBackupDetails: { volumeGroupId: group.volumeGroup.id, displayName, type: core.models.CreateVolumeGroupBackupDetails.Type.Full },
      });
      expect(backup.etag).toBeTruthy();
      expect(backup.opcRequestId).toBeTruthy();
      const done = await waiters.forVolumeGroupBackup(
        { volumeGroupBackupId: backup.volumeGroupBackup.id },
        core.models.VolumeGroupBackup.LifecycleState.Available,
      );
      expect(done?.volumeGroupBackup.sizeInGBs).toBe(120);
      ids.push(backup.volumeGroupBackup.id);
    }

    const listed: string[] = [];
    for await (const b of client.listVolumeGroupBackupsRecordIterator({ compartmentId, limit: 1 })) listed.push(b.id);
    expect(listed).toEqual([...ids].reverse());

    const got = await client.getVolumeGroupBackup({ volumeGroupBackupId: ids[0] as string });
    const updated = await client.updateVolumeGroupBackup({
      volumeGroupBackupId: ids[0] as string,
      updateVolumeGroupBackupDetails: { displayName: "renamed by the SDK" },
      ifMatch: got.etag,
    });
    expect(updated.volumeGroupBackup.displayName).toBe("renamed by the SDK");
    await expect(
      client.updateVolumeGroupBackup({ volumeGroupBackupId: ids[0] as string, updateVolumeGroupBackupDetails: {}, ifMatch: got.etag }),
    ).rejects.toMatchObject({ statusCode: 412, serviceCode: "NoEtagMatch" });

    await client.deleteVolumeGroupBackup({ volumeGroupBackupId: ids[0] as string });
    const terminated = await waiters.forVolumeGroupBackup(
      { volumeGroupBackupId: ids[0] as string },
      core.models.VolumeGroupBackup.LifecycleState.Terminated,
    );
    expect(terminated?.volumeGroupBackup.lifecycleState).toBe("TERMINATED");
    await expect(client.getVolumeGroupBackup({ volumeGroupBackupId: "ocid1.volumegroupbackup.oc1.iad.missing" })).rejects.toMatchObject({
      statusCode: 404,
      serviceCode: "NotAuthorizedOrNotFound",
    });
  });
});
