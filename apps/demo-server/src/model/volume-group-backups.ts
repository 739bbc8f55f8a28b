import type {
  ChangeVolumeGroupBackupCompartmentDetails,
  CreateVolumeGroupBackupDetails,
  UpdateVolumeGroupBackupDetails,
} from "@ocikit/core/types";
import type { ResourceRow } from "../store/store.js";
import type { VolumeBackupDoc, VolumeDoc, VolumeGroupBackupDoc, VolumeGroupDoc } from "./docs.js";
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

/** Backs up an AVAILABLE volume group: one volume backup per member volume, sizes from the volumes. */
export async function createVolumeGroupBackup(work: Work, d: CreateVolumeGroupBackupDetails): Promise<ResourceRow> {
  const { caller } = work;
  const group = await loadReferenced(work, d.volumeGroupId, "volumegroup", `volumeGroupId ${d.volumeGroupId}`);
  requireState(group, ["AVAILABLE"], "volume group", "back it up");
  const groupDoc = readDoc(group) as VolumeGroupDoc;
  const type = d.type ?? "INCREMENTAL";
  const compartmentId = d.compartmentId ?? groupDoc.compartmentId;
  const displayName = d.displayName ?? defaultName("volumegroupbackup", caller.nowMs);
  const id = newId(caller, "volumegroupbackup");
  const stamp = iso(caller.nowMs);
  let sizeGb = 0;
  let uniqueTotal = 0;
  const volumeBackupIds: string[] = [];
  for (const volumeId of groupDoc.volumeIds) {
    const volume = await work.tx.getResource(volumeId);
    const v = volume === undefined ? undefined : (readDoc(volume) as VolumeDoc);
    const gb = v?.sizeInGBs ?? 0;
    const unique = uniqueGb(gb, type);
    sizeGb += gb;
    uniqueTotal += unique;
    const vb: VolumeBackupDoc = {
      id: newId(caller, "volumebackup"),
      compartmentId,
      displayName: `${displayName} - ${v?.displayName ?? volumeId}`,
      definedTags: {},
      freeformTags: {},
      systemTags: {},
      sizeInGBs: gb,
      sizeInMBs: gb * 1024,
      sourceType: "MANUAL",
      timeCreated: stamp,
      timeRequestReceived: stamp,
      type,
      uniqueSizeInGBs: unique,
      uniqueSizeInMbs: unique * 1024,
      volumeId,
      volumeGroupBackupId: id,
    };
    if (v?.kmsKeyId !== undefined) vb.kmsKeyId = v.kmsKeyId;
    volumeBackupIds.push((await insertResource(work, "volumebackup", vb, { state: "CREATING", next: "AVAILABLE" }, id)).id);
  }
  const doc: VolumeGroupBackupDoc = {
    id,
    compartmentId,
    displayName,
    definedTags: d.definedTags ?? {},
    freeformTags: d.freeformTags ?? {},
    sizeInGBs: sizeGb,
    sizeInMBs: sizeGb * 1024,
    sourceType: "MANUAL",
    timeCreated: stamp,
    timeRequestReceived: stamp,
    type,
    uniqueSizeInGbs: uniqueTotal,
    uniqueSizeInMbs: uniqueTotal * 1024,
    volumeBackupIds,
    volumeGroupId: group.id,
  };
  applyRetention(doc, d, caller.nowMs);
  return insertResource(work, "volumegroupbackup", doc, { state: "CREATING", next: "AVAILABLE" }, group.id);
}

export async function updateVolumeGroupBackup(
  work: Work,
  id: string,
  d: UpdateVolumeGroupBackupDetails,
  ifMatch: string | undefined,
): Promise<ResourceRow> {
  const row = await loadForUpdate(work, id, "volumegroupbackup");
  checkIfMatch(ifMatch, row);
  requireState(row, ["AVAILABLE", "CREATING", "REQUEST_RECEIVED", "FAULTY"], "volume group backup", "update it");
  const doc = readDoc(row) as VolumeGroupBackupDoc;
  applyBackupUpdate(doc, d);
  await writeDoc(work, row, doc);
  return row;
}

export async function deleteVolumeGroupBackup(work: Work, id: string, ifMatch: string | undefined): Promise<void> {
  const row = await loadForUpdate(work, id, "volumegroupbackup");
  checkIfMatch(ifMatch, row);
  if (isEnding(row.state)) return;
  requireState(row, ["AVAILABLE", "FAULTY"], "volume group backup", "delete it");
  requireDeletable(readDoc(row) as VolumeGroupBackupDoc, work.caller.nowMs);
  for (const vb of await work.tx.listChildren(row.id, "volumebackup")) {
    const child = await loadForUpdate(work, vb.id, "volumebackup");
    if (!isEnding(child.state)) await markDeleted(work, child);
  }
  await markDeleted(work, row);
}

export async function changeVolumeGroupBackupCompartment(
  work: Work,
  id: string,
  d: ChangeVolumeGroupBackupCompartmentDetails,
  ifMatch: string | undefined,
): Promise<ResourceRow> {
  const row = await loadForUpdate(work, id, "volumegroupbackup");
  checkIfMatch(ifMatch, row);
  requireState(row, ["AVAILABLE", "FAULTY"], "volume group backup", "move it to another compartment");
  const doc = readDoc(row) as VolumeGroupBackupDoc;
  doc.compartmentId = d.compartmentId;
  await writeDoc(work, row, doc);
  for (const vb of await work.tx.listChildren(row.id, "volumebackup")) {
    const child = await loadForUpdate(work, vb.id, "volumebackup");
    const childDoc = readDoc(child);
    childDoc.compartmentId = d.compartmentId;
    await writeDoc(work, child, childDoc);
  }
  return row;
}
