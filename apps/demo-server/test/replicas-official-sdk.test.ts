// The official TypeScript SDK (oci-core) against three replicas on one PostgreSQL behind a round-robin
// load balancer: consecutive calls of one lifecycle — creates, waiter polls, pages, the if-match update,
// the delete — land on different replicas, and the SDK cannot tell it from one server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { common, core, officialSdkClient } from "./official-sdk-client.js";
import type { Fixture } from "./demo-fixture.js";
import { useTestDatabase } from "./postgres/test-database.js";
import { closeReplicas, startReplicas } from "./replicas.js";
import { startRoundRobinProxy, type RoundRobinProxy } from "./round-robin-proxy.js";


describe("official oci-core BlockstorageClient against three replicas behind a load balancer", () => {
  const db = useTestDatabase();
  let replicas: Fixture[];
  let proxy: RoundRobinProxy;
  let client: InstanceType<typeof core.BlockstorageClient>;
  let waiters: ReturnType<InstanceType<typeof core.BlockstorageClient>["createWaiters"]>;
  let compartmentId: string;
  beforeAll(async () => {
    // Polls lifecycle: a resource is AVAILABLE on its second GET, counted in the database whichever
    // replica serves the GET, so the waiters poll across replicas for real.
    // The replicas accept requests signed for the proxy's authority (--allowed-host), as behind nginx.
    const targets: string[] = [];
    proxy = await startRoundRobinProxy(targets);
    replicas = await startReplicas(db.url, 3, { lifecycle: { mode: "polls", polls: 2 }, allowedHosts: [new URL(proxy.url).host] });
    targets.push(...replicas.map((r) => r.server.url));
    const first = replicas[0] as Fixture;
    compartmentId = first.server.compartmentId;
    client = officialSdkClient(first.server.configPath, proxy.url);
    waiters = client.createWaiters(undefined as never, {
      terminationStrategy: new common.MaxAttemptsTerminationStrategy(5),
      delayStrategy: new common.FixedTimeDelayStrategy(0),
    });
  });
  afterAll(async () => {
    await proxy?.close();
    await closeReplicas(replicas);
  });

  it("creates, waits, pages, updates with if-match and deletes, spread over the replicas", async () => {
    const volumeIds: string[] = [];
    for (const name of ["a", "b"]) {
      const created = await client.createVolume({ createVolumeDetails: { compartmentId, displayName: name, sizeInGBs: 60 } });
      expect(created.volume.lifecycleState).toBe("PROVISIONING");
      const ready = await waiters.forVolume({ volumeId: created.volume.id }, core.models.Volume.LifecycleState.Available);
      expect(ready?.volume.lifecycleState).toBe("AVAILABLE");
      volumeIds.push(created.volume.id);
    }
    const group = await client.createVolumeGroup({
      createVolumeGroupDetails: { compartmentId, availabilityDomain: "Uocm:US-ASHBURN-AD-1", sourceDetails: { type: "volumeIds", volumeIds } as never },
    });
    await waiters.forVolumeGroup({ volumeGroupId: group.volumeGroup.id }, core.models.VolumeGroup.LifecycleState.Available);

    const ids: string[] = [];
    for (const displayName of ["first", "second", "third"]) {
      const backup = await client.createVolumeGroupBackup({
        createVolumeGroupBackupDetails: { volumeGroupId: group.volumeGroup.id, displayName, type: core.models.CreateVolumeGroupBackupDetails.Type.Full },
      });
      const done = await waiters.forVolumeGroupBackup({ volumeGroupBackupId: backup.volumeGroupBackup.id }, core.models.VolumeGroupBackup.LifecycleState.Available);
      expect(done?.volumeGroupBackup.sizeInGBs).toBe(120);
      ids.push(backup.volumeGroupBackup.id);
    }

    // limit 1: each page is a separate request, so consecutive pages come from different replicas.
    const listed: string[] = [];
    for await (const b of client.listVolumeGroupBackupsRecordIterator({ compartmentId, limit: 1 })) listed.push(b.id);
    expect(listed).toEqual([...ids].reverse());

    const got = await client.getVolumeGroupBackup({ volumeGroupBackupId: ids[0] as string });
    const updated = await client.updateVolumeGroupBackup({
      volumeGroupBackupId: ids[0] as string,
      updateVolumeGroupBackupDetails: { displayName: "renamed through the balancer" },
      ifMatch: got.etag,
    });
    expect(updated.volumeGroupBackup.displayName).toBe("renamed through the balancer");
    await expect(
      client.updateVolumeGroupBackup({ volumeGroupBackupId: ids[0] as string, updateVolumeGroupBackupDetails: {}, ifMatch: got.etag }),
    ).rejects.toMatchObject({ statusCode: 412, serviceCode: "NoEtagMatch" });

    await client.deleteVolumeGroupBackup({ volumeGroupBackupId: ids[0] as string });
    const terminated = await waiters.forVolumeGroupBackup({ volumeGroupBackupId: ids[0] as string }, core.models.VolumeGroupBackup.LifecycleState.Terminated);
    expect(terminated?.volumeGroupBackup.lifecycleState).toBe("TERMINATED");

    // Every replica served a fair share of the lifecycle.
    const total = proxy.hits.reduce((x, y) => x + y, 0);
    expect(total).toBeGreaterThan(20);
    for (const hits of proxy.hits) expect(hits).toBeGreaterThanOrEqual(Math.floor(total / 3));
  });
});
