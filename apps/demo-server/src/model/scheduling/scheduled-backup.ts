import type { VolumeBackup, VolumeGroupBackup } from "@ocikit/core/types";
import { mintOcid } from "../../ocid.js";
import { regionKey } from "../../regions.js";
import type { ResourceRow, ResourceType, StoreTransaction } from "../../store/store.js";
import type { PolicySlot } from "../backup-schedules/policy-slots.js";
import { newEtag, startTransition, type LifecyclePolicy } from "../lifecycle.js";
import type { PolicyDoc } from "../policies/policy-lookup.js";
import { iso, readDoc } from "../resources.js";

type VolumeGroupBackupDoc = Omit<VolumeGroupBackup, "lifecycleState">;
type VolumeBackupDoc = Omit<VolumeBackup, "lifecycleState">;

/** What one fired slot made: the backup that expires (a group backup carries its members). */
export interface MadeBackup {
  id: string;
  expiresMs: number;
}

/**
 * The display name of a scheduled backup (ocikit's own; OCI's is not documented): the policy, the
 * schedule's period and the slot time, e.g. `nightly ONE_DAY 2026-11-28T02:00:00Z`.
 */
export function scheduledName(policy: PolicyDoc, slot: PolicySlot): string {
  return `${policy.displayName} ${slot.period} ${new Date(slot.timeMs).toISOString().replace(".000Z", "Z")}`;
}

// An incremental backup stores only the blocks changed since the previous one; the demo reports a tenth.
function uniqueGb(sizeGb: number, type: "FULL" | "INCREMENTAL"): number {
  return type === "FULL" ? sizeGb : Math.max(1, Math.round(sizeGb / 10));
}

/** Where and how a scheduled backup is written. */
interface Target {
  tx: StoreTransaction;
  lifecycle: LifecyclePolicy;
  tenancyId: string;
  region: string;
}

async function insert(t: Target, type: ResourceType, doc: { id: string; compartmentId: string; displayName: string }, parentId: string | null, atMs: number): Promise<void> {
  await t.tx.insertResource({
    id: doc.id,
    type,
    tenancy_id: t.tenancyId,
    region: t.region,
    compartment_id: doc.compartmentId,
    display_name: doc.displayName,
    ...startTransition(t.lifecycle, "CREATING", "AVAILABLE", atMs),
    parent_id: parentId,
    created_ms: atMs,
    updated_ms: atMs,
    deleted_ms: null,
    etag: newEtag(),
    doc: JSON.stringify(doc),
  });
}

type VolumeBackupBase = Omit<VolumeBackupDoc, "id" | "compartmentId" | "volumeId" | "sizeInGBs" | "sizeInMBs" | "uniqueSizeInGBs" | "uniqueSizeInMbs">;

function volumeBackupDoc(volume: ResourceRow, base: VolumeBackupBase, key: string, nowMs: number): VolumeBackupDoc {
  const v = readDoc(volume) as { compartmentId: string; sizeInGBs?: number; kmsKeyId?: string; freeformTags?: Record<string, string>; definedTags?: Record<string, Record<string, unknown>> };
  const gb = v.sizeInGBs ?? 0;
  const unique = uniqueGb(gb, base.type);
  const doc: VolumeBackupDoc = {
    ...base,
    id: mintOcid("volumebackup", key, nowMs),
    // Member backups live in their volume's compartment, and carry the volume's tags.
    compartmentId: v.compartmentId,
    definedTags: v.definedTags ?? {},
    freeformTags: v.freeformTags ?? {},
    volumeId: volume.id,
    sizeInGBs: gb,
    sizeInMBs: gb * 1024,
    uniqueSizeInGBs: unique,
    uniqueSizeInMbs: unique * 1024,
  };
  if (v.kmsKeyId !== undefined) doc.kmsKeyId = v.kmsKeyId;
  return doc;
}

/**
 * Makes the backup of one fired slot, at the slot's time: a volume group backup (with one member
 * volume backup per volume) for a group, a volume backup for a volume; `sourceType` SCHEDULED,
 * `expirationTime` = slot + retention. In `region` (the asset's, or a policy's destination region for
 * the copy, which then names its source). `lookup` reads member volumes (cached by the caller per pass).
 */
export async function makeScheduledBackup(
  tx: StoreTransaction,
  lifecycle: LifecyclePolicy,
  asset: ResourceRow,
  policy: PolicyDoc,
  slot: PolicySlot,
  region: string,
  lookup: (id: string) => Promise<ResourceRow | undefined>,
  sourceId?: string,
): Promise<MadeBackup> {
  const key = regionKey(region) as string;
  const target: Target = { tx, lifecycle, tenancyId: asset.tenancy_id, region };
  const expiresMs = slot.timeMs + slot.schedule.retentionSeconds * 1000;
  const stamp = iso(slot.timeMs);
  const displayName = scheduledName(policy, slot);
  const common = {
    displayName,
    sourceType: "SCHEDULED" as const,
    timeCreated: stamp,
    timeRequestReceived: stamp,
    type: slot.schedule.backupType,
    expirationTime: iso(expiresMs),
  };
  if (asset.type === "volume") {
    const doc = volumeBackupDoc(asset, { ...common, systemTags: {} }, key, slot.timeMs);
    if (sourceId !== undefined) doc.sourceVolumeBackupId = sourceId;
    await insert(target, "volumebackup", doc, asset.id, slot.timeMs);
    return { id: doc.id, expiresMs };
  }
  const group = readDoc(asset) as { compartmentId: string; volumeIds: string[]; freeformTags?: Record<string, string>; definedTags?: Record<string, Record<string, unknown>> };
  const id = mintOcid("volumegroupbackup", key, slot.timeMs);
  let sizeGb = 0;
  let uniqueTotal = 0;
  const volumeBackupIds: string[] = [];
  for (const volumeId of group.volumeIds) {
    const volume = await lookup(volumeId);
    if (volume === undefined) continue;
    const doc = volumeBackupDoc(volume, { ...common, displayName: `${displayName} - ${volume.display_name}`, systemTags: {}, volumeGroupBackupId: id }, key, slot.timeMs);
    sizeGb += doc.sizeInGBs ?? 0;
    uniqueTotal += doc.uniqueSizeInGBs ?? 0;
    await insert(target, "volumebackup", doc, id, slot.timeMs);
    volumeBackupIds.push(doc.id);
  }
  const doc: VolumeGroupBackupDoc = {
    ...common,
    id,
    compartmentId: group.compartmentId,
    definedTags: group.definedTags ?? {},
    freeformTags: group.freeformTags ?? {},
    sizeInGBs: sizeGb,
    sizeInMBs: sizeGb * 1024,
    uniqueSizeInGbs: uniqueTotal,
    uniqueSizeInMbs: uniqueTotal * 1024,
    volumeBackupIds,
    volumeGroupId: asset.id,
  };
  if (sourceId !== undefined) doc.sourceVolumeGroupBackupId = sourceId;
  // A copy in another region has no local group to hang from.
  await insert(target, "volumegroupbackup", doc, sourceId === undefined ? asset.id : null, slot.timeMs);
  return { id, expiresMs };
}
