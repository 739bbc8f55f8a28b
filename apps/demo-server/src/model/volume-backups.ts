import type {
  ChangeVolumeBackupCompartmentDetails,
  CopyVolumeBackupDetails,
  CreateVolumeBackupDetails,
  UpdateVolumeBackupDetails,
} from "@ocikit/core/types";
import { incorrectState, notFound } from "../service-error.js";
import type { ResourceRow } from "../store/store.js";
import type { VolumeBackupDoc, VolumeDoc } from "./docs.js";
import {
  checkIfMatch,
  defaultName,
  insertResource,
  isEnding,
  iso,
  loadForUpdate,
  loadReferenced,
  markDeleted,
  newId,
  readDoc,
  requireState,
  writeDoc,
} from "./resources.js";
import { applyRetention } from "./retention.js";
import { applyBackupUpdate, requireDeletable, uniqueGb } from "./backup-rules.js";
import type { Work } from "./work.js";

// Standalone backups of one block volume. Members of a volume group backup (`volumeGroupBackupId` set)
// are created, moved and deleted with their group backup, as in OCI.

/** 409 IncorrectState for a member of a volume group backup: it goes with its group backup. */
function requireStandalone(row: ResourceRow, doc: VolumeBackupDoc, action: string): void {
  if (doc.volumeGroupBackupId !== undefined) {
    throw incorrectState(
      `The volume backup ${row.id} belongs to the volume group backup ${doc.volumeGroupBackupId}; ${action} the volume group backup instead.`,
    );
  }
}

/** Backs up an AVAILABLE volume, in the volume's compartment. */
export async function createVolumeBackup(work: Work, d: CreateVolumeBackupDetails): Promise<ResourceRow> {
  const { caller } = work;
  const volume = await loadReferenced(work, d.volumeId, "volume", `volumeId ${d.volumeId}`);
  requireState(volume, ["AVAILABLE"], "volume", "back it up");
  const v = readDoc(volume) as VolumeDoc;
  const type = d.type ?? "INCREMENTAL";
  const gb = v.sizeInGBs ?? 0;
  const unique = uniqueGb(gb, type);
  const stamp = iso(caller.nowMs);
  const doc: VolumeBackupDoc = {
    id: newId(caller, "volumebackup"),
    compartmentId: v.compartmentId,
    displayName: d.displayName ?? defaultName("volumebackup", caller.nowMs),
    definedTags: d.definedTags ?? {},
    freeformTags: d.freeformTags ?? {},
    systemTags: {},
    sizeInGBs: gb,
    sizeInMBs: gb * 1024,
    sourceType: "MANUAL",
    timeCreated: stamp,
    timeRequestReceived: stamp,
    type,
    uniqueSizeInGBs: unique,
    uniqueSizeInMbs: unique * 1024,
    volumeId: volume.id,
  };
  const kmsKeyId = d.kmsKeyId ?? v.kmsKeyId;
  if (kmsKeyId !== undefined) doc.kmsKeyId = kmsKeyId;
  applyRetention(doc, d, caller.nowMs);
  return insertResource(work, "volumebackup", doc, { state: "CREATING", next: "AVAILABLE" }, null);
}

export async function updateVolumeBackup(
  work: Work,
  id: string,
  d: UpdateVolumeBackupDetails,
  ifMatch: string | undefined,
): Promise<ResourceRow> {
  const row = await loadForUpdate(work, id, "volumebackup");
  checkIfMatch(ifMatch, row);
  requireState(row, ["AVAILABLE", "CREATING", "REQUEST_RECEIVED", "FAULTY"], "volume backup", "update it");
  const doc = readDoc(row) as VolumeBackupDoc;
  applyBackupUpdate(doc, d);
  if (d.kmsKeyId !== undefined) doc.kmsKeyId = d.kmsKeyId;
  await writeDoc(work, row, doc);
  return row;
}

export async function deleteVolumeBackup(work: Work, id: string, ifMatch: string | undefined): Promise<void> {
  const row = await loadForUpdate(work, id, "volumebackup");
  checkIfMatch(ifMatch, row);
  if (isEnding(row.state)) return;
  const doc = readDoc(row) as VolumeBackupDoc;
  requireStandalone(row, doc, "delete");
  requireState(row, ["AVAILABLE", "FAULTY"], "volume backup", "delete it");
  requireDeletable(doc, work.caller.nowMs);
  await markDeleted(work, row);
}

export async function changeVolumeBackupCompartment(
  work: Work,
  id: string,
  d: ChangeVolumeBackupCompartmentDetails,
): Promise<ResourceRow> {
  const row = await loadForUpdate(work, id, "volumebackup");
  const doc = readDoc(row) as VolumeBackupDoc;
  requireStandalone(row, doc, "move");
  requireState(row, ["AVAILABLE", "FAULTY"], "volume backup", "move it to another compartment");
  doc.compartmentId = d.compartmentId;
  await writeDoc(work, row, doc);
  return row;
}

/**
 * The destination side of CopyVolumeBackup (service identity only): creates, in the caller's region, a
 * copy of the volume backup that lives in `sourceRegion`, owned by the tenancy the service call acts for.
 */
export async function receiveVolumeBackupCopy(
  work: Work,
  sourceRegion: string,
  sourceId: string,
  d: CopyVolumeBackupDetails,
): Promise<ResourceRow> {
  const { caller } = work;
  const source = await work.tx.getResource(sourceId);
  if (source === undefined || source.tenancy_id !== caller.tenancyId || source.region !== sourceRegion || source.type !== "volumebackup") {
    throw notFound();
  }
  const src = readDoc(source) as VolumeBackupDoc;
  const stamp = iso(caller.nowMs);
  const { volumeGroupBackupId: _member, kmsKeyId: _key, ...rest } = src;
  const doc: VolumeBackupDoc = {
    ...rest,
    id: newId(caller, "volumebackup"),
    displayName: d.displayName ?? src.displayName,
    sourceVolumeBackupId: src.id,
    timeCreated: stamp,
    timeRequestReceived: stamp,
  };
  if (d.kmsKeyId !== undefined) doc.kmsKeyId = d.kmsKeyId;
  return insertResource(work, "volumebackup", doc, { state: "CREATING", next: "AVAILABLE" }, null);
}
