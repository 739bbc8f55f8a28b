// Compiled by scripts/consumer-test.mjs inside a fresh npm project where @ocikit/core and @ocikit/signer
// were installed from their tarballs. It must type-check under both node16 and bundler resolution.
import { createCoreClient, waitForState } from "@ocikit/core";
import type { VolumeGroupBackup } from "@ocikit/core/types";
import { fingerprint } from "@ocikit/signer";
import { fromConfigFile } from "@ocikit/signer/config";

const [endpoint, configPath] = process.argv.slice(2);
if (!endpoint || !configPath) throw new Error("usage: app.js <endpoint> <config>");

const auth = fromConfigFile({ path: configPath });
const identity = await auth();
if (!identity.tenancy) throw new Error("the demo config has no tenancy");
const compartmentId = identity.tenancy;
console.log(`key ${fingerprint(identity.privateKey)}`);

const client = createCoreClient({ endpoint, auth });
const volume = await client.POST("/volumes", {
  body: { compartmentId, availabilityDomain: "Uocm:US-ASHBURN-AD-1", displayName: "consumer-vol", sizeInGBs: 50 },
});
if (!volume.data) throw new Error(`create volume failed: ${JSON.stringify(volume.error)}`);
const group = await client.POST("/volumeGroups", {
  body: {
    compartmentId,
    availabilityDomain: "Uocm:US-ASHBURN-AD-1",
    displayName: "consumer-group",
    sourceDetails: { type: "volumeIds", volumeIds: [volume.data.id] },
  },
});
if (!group.data) throw new Error(`create group failed: ${JSON.stringify(group.error)}`);
const groupId = group.data.id;
const ready = await waitForState({
  get: async () =>
    (await client.GET("/volumeGroups/{volumeGroupId}", { params: { path: { volumeGroupId: groupId } } })).data!,
  states: ["AVAILABLE"],
  maxWaitSeconds: 30,
  intervalSeconds: 0.2,
});
if (ready.state !== "SUCCESS") throw new Error(`volume group did not become AVAILABLE: ${ready.state}`);
const backup = await client.POST("/volumeGroupBackups", {
  body: { volumeGroupId: groupId, type: "FULL", displayName: "consumer-backup" },
});
if (!backup.data) throw new Error(`create backup failed: ${JSON.stringify(backup.error)}`);
const created: VolumeGroupBackup = backup.data;
console.log(`backup ${created.id} ${created.lifecycleState}`);
console.log(`compartment ${compartmentId}`);
