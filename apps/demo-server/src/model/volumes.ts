import type { ChangeVolumeCompartmentDetails, CreateVolumeDetails, UpdateVolumeDetails } from "@ocikit/core/types";
import { invalidParameter } from "../service-error.js";
import type { ResourceRow } from "../store/store.js";
import type { VolumeDoc } from "./docs.js";
import { recomputeGroupSize, removeFromGroup } from "./group-membership.js";
import { assignPolicy, removeAssetAssignment } from "./policies/assignment-rules.js";
import {
  checkIfMatch,
  defaultAvailabilityDomain,
  defaultName,
  insertResource,
  isEnding,
  iso,
  loadForUpdate,
  loadOwned,
  markDeleted,
  newId,
  readDoc,
  requireState,
  writeDoc,
} from "./resources.js";
import type { Work } from "./work.js";

/** OCI's default volume size when neither size field is given. */
export const DEFAULT_VOLUME_GB = 1024;
/** Smallest and largest volume, in GB (as the spec bounds `sizeInGBs`). */
export const MIN_VOLUME_GB = 50;
export const MAX_VOLUME_GB = 32_768;

/** Builds and stores a new volume (also used by clone and restore of volume groups). */
export async function createVolumeRow(
  work: Work,
  fields: Partial<VolumeDoc> & { compartmentId: string },
  initialState: "PROVISIONING" | "RESTORING",
): Promise<ResourceRow> {
  const { caller } = work;
  const sizeInGBs = fields.sizeInGBs ?? DEFAULT_VOLUME_GB;
  const doc: VolumeDoc = {
    id: newId(caller, "volume"),
    availabilityDomain: fields.availabilityDomain ?? defaultAvailabilityDomain(caller.region),
    compartmentId: fields.compartmentId,
    displayName: fields.displayName ?? defaultName("volume", caller.nowMs),
    definedTags: fields.definedTags ?? {},
    freeformTags: fields.freeformTags ?? {},
    systemTags: {},
    isHydrated: true,
    vpusPerGB: fields.vpusPerGB ?? 10,
    sizeInGBs,
    sizeInMBs: sizeInGBs * 1024,
    timeCreated: iso(caller.nowMs),
    isAutoTuneEnabled: fields.isAutoTuneEnabled ?? false,
  };
  if (fields.kmsKeyId !== undefined) doc.kmsKeyId = fields.kmsKeyId;
  if (fields.sourceDetails !== undefined) doc.sourceDetails = fields.sourceDetails;
  if (fields.volumeGroupId !== undefined) doc.volumeGroupId = fields.volumeGroupId;
  return insertResource(work, "volume", doc, { state: initialState, next: "AVAILABLE" }, doc.volumeGroupId ?? null);
}

export async function createVolume(work: Work, d: CreateVolumeDetails): Promise<ResourceRow> {
  const fields: Partial<VolumeDoc> & { compartmentId: string } = { compartmentId: d.compartmentId };
  if (d.availabilityDomain !== undefined) fields.availabilityDomain = d.availabilityDomain;
  if (d.displayName !== undefined) fields.displayName = d.displayName;
  if (d.definedTags !== undefined) fields.definedTags = d.definedTags;
  if (d.freeformTags !== undefined) fields.freeformTags = d.freeformTags;
  if (d.vpusPerGB !== undefined) fields.vpusPerGB = d.vpusPerGB;
  if (d.kmsKeyId !== undefined) fields.kmsKeyId = d.kmsKeyId;
  if (d.isAutoTuneEnabled !== undefined) fields.isAutoTuneEnabled = d.isAutoTuneEnabled;
  const gb = d.sizeInGBs ?? (d.sizeInMBs !== undefined ? Math.ceil(d.sizeInMBs / 1024) : undefined);
  // sizeInGBs is bounded by the spec; the same bounds hold when the size comes in megabytes.
  if (d.sizeInGBs === undefined && gb !== undefined && (gb < MIN_VOLUME_GB || gb > MAX_VOLUME_GB)) {
    throw invalidParameter("sizeInMBs", `a volume has ${MIN_VOLUME_GB * 1024} to ${MAX_VOLUME_GB * 1024} MB.`);
  }
  if (gb !== undefined) fields.sizeInGBs = gb;
  let initial: "PROVISIONING" | "RESTORING" = "PROVISIONING";
  const source = d.sourceDetails ?? (d.volumeBackupId !== undefined ? { type: "volumeBackup" as const, id: d.volumeBackupId } : undefined);
  if (source !== undefined) {
    // The source must be a resource the caller can see.
    if (source.type === "volume") await loadOwned(work.tx, work.caller, source.id, "volume");
    else if (source.type === "volumeBackup") {
      await loadOwned(work.tx, work.caller, source.id, "volumebackup");
      initial = "RESTORING";
    } else throw invalidParameter("sourceDetails.type", `source type '${source.type}' is not supported by the demo server.`);
    fields.sourceDetails = source;
  }
  const row = await createVolumeRow(work, fields, initial);
  if (d.backupPolicyId !== undefined) await assignPolicy(work, row, d.backupPolicyId);
  return row;
}

export async function updateVolume(work: Work, id: string, d: UpdateVolumeDetails | undefined, ifMatch: string | undefined): Promise<ResourceRow> {
  const row = await loadForUpdate(work, id, "volume");
  checkIfMatch(ifMatch, row);
  requireState(row, ["AVAILABLE", "PROVISIONING", "RESTORING", "FAULTY"], "volume", "update it");
  const doc = readDoc(row) as VolumeDoc;
  if (d !== undefined) {
    if (d.displayName !== undefined) doc.displayName = d.displayName;
    if (d.definedTags !== undefined) doc.definedTags = d.definedTags;
    if (d.freeformTags !== undefined) doc.freeformTags = d.freeformTags;
    if (d.vpusPerGB !== undefined) doc.vpusPerGB = d.vpusPerGB;
    if (d.isAutoTuneEnabled !== undefined) doc.isAutoTuneEnabled = d.isAutoTuneEnabled;
    if (d.sizeInGBs !== undefined) {
      if (d.sizeInGBs < (doc.sizeInGBs ?? 0)) {
        throw invalidParameter("sizeInGBs", `a volume can only grow (it has ${doc.sizeInGBs} GB).`);
      }
      doc.sizeInGBs = d.sizeInGBs;
      doc.sizeInMBs = d.sizeInGBs * 1024;
    }
  }
  await writeDoc(work, row, doc);
  if (doc.volumeGroupId !== undefined && d?.sizeInGBs !== undefined) await recomputeGroupSize(work, doc.volumeGroupId);
  return row;
}

export async function deleteVolume(work: Work, id: string, ifMatch: string | undefined): Promise<void> {
  const row = await loadForUpdate(work, id, "volume");
  checkIfMatch(ifMatch, row);
  if (isEnding(row.state)) return;
  requireState(row, ["AVAILABLE", "FAULTY"], "volume", "delete it");
  const doc = readDoc(row) as VolumeDoc;
  const groupId = doc.volumeGroupId;
  if (groupId !== undefined) {
    delete doc.volumeGroupId;
    row.parent_id = null;
    await writeDoc(work, row, doc);
    await removeFromGroup(work, groupId, row.id);
  }
  await removeAssetAssignment(work, row.id);
  await markDeleted(work, row);
}

export async function changeVolumeCompartment(work: Work, id: string, d: ChangeVolumeCompartmentDetails): Promise<ResourceRow> {
  const row = await loadForUpdate(work, id, "volume");
  requireState(row, ["AVAILABLE", "FAULTY"], "volume", "move it to another compartment");
  const doc = readDoc(row) as VolumeDoc;
  doc.compartmentId = d.compartmentId;
  await writeDoc(work, row, doc);
  return row;
}
