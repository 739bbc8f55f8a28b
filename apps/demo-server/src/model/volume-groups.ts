import type { ChangeVolumeGroupCompartmentDetails, CreateVolumeGroupDetails, UpdateVolumeGroupDetails } from "@ocikit/core/types";
import { incorrectState, notFound } from "../service-error.js";
import type { ResourceRow } from "../store/store.js";
import type { VolumeBackupDoc, VolumeDoc, VolumeGroupBackupDoc, VolumeGroupDoc } from "./docs.js";
import { claimVolumes, setMembership, volumeSize } from "./group-membership.js";
import { effectiveState } from "./lifecycle.js";
import { assignPolicy, checkVolumesMayJoin, removeAssetAssignment } from "./policies/assignment-rules.js";
import {
  checkIfMatch,
  defaultName,
  insertResource,
  isEnding,
  iso,
  loadForUpdate,
  markDeleted,
  newId,
  readDoc,
  requireState,
  writeDoc,
} from "./resources.js";
import { createVolumeRow } from "./volumes.js";
import type { Work } from "./work.js";

export async function createVolumeGroup(work: Work, d: CreateVolumeGroupDetails): Promise<ResourceRow> {
  const { caller } = work;
  const id = newId(caller, "volumegroup");
  const source = d.sourceDetails;
  const volumeIds: string[] = [];
  let sizeGb = 0;
  switch (source.type) {
    case "volumeIds": {
      const rows = await claimVolumes(work, source.volumeIds, "sourceDetails.volumeIds", id);
      await setMembership(work, rows, id);
      volumeIds.push(...rows.map((r) => r.id));
      sizeGb = rows.reduce((n, r) => n + volumeSize(r), 0);
      break;
    }
    case "volumeGroupId": {
      const src = await loadForUpdate(work, source.volumeGroupId, "volumegroup");
      requireState(src, ["AVAILABLE"], "volume group", "clone it");
      for (const vid of (readDoc(src) as VolumeGroupDoc).volumeIds) {
        const v = readDoc(await loadForUpdate(work, vid, "volume")) as VolumeDoc;
        sizeGb += v.sizeInGBs ?? 0;
        const clone = await createVolumeRow(
          work,
          {
            compartmentId: d.compartmentId,
            availabilityDomain: d.availabilityDomain,
            displayName: `${v.displayName} (clone)`,
            sizeInGBs: v.sizeInGBs ?? 0,
            vpusPerGB: v.vpusPerGB ?? 10,
            sourceDetails: { type: "volume", id: v.id },
            volumeGroupId: id,
          },
          "PROVISIONING",
        );
        volumeIds.push(clone.id);
      }
      break;
    }
    case "volumeGroupBackupId": {
      const backup = await loadForUpdate(work, source.volumeGroupBackupId, "volumegroupbackup");
      requireState(backup, ["AVAILABLE"], "volume group backup", "restore it");
      for (const vbId of (readDoc(backup) as VolumeGroupBackupDoc).volumeBackupIds) {
        const vb = readDoc(await loadForUpdate(work, vbId, "volumebackup")) as VolumeBackupDoc;
        sizeGb += vb.sizeInGBs ?? 0;
        const restored = await createVolumeRow(
          work,
          {
            compartmentId: d.compartmentId,
            availabilityDomain: d.availabilityDomain,
            displayName: `${vb.displayName} (restored)`,
            sizeInGBs: vb.sizeInGBs ?? 0,
            sourceDetails: { type: "volumeBackup", id: vb.id },
            volumeGroupId: id,
          },
          "RESTORING",
        );
        volumeIds.push(restored.id);
      }
      break;
    }
    default:
      // Replicas are never created by this server, so no replica id can be found.
      throw notFound(`volume group replica ${source.volumeGroupReplicaId}`);
  }
  const doc: VolumeGroupDoc = {
    id,
    availabilityDomain: d.availabilityDomain,
    compartmentId: d.compartmentId,
    displayName: d.displayName ?? defaultName("volumegroup", caller.nowMs),
    definedTags: d.definedTags ?? {},
    freeformTags: d.freeformTags ?? {},
    sizeInGBs: sizeGb,
    sizeInMBs: sizeGb * 1024,
    sourceDetails: source,
    timeCreated: iso(caller.nowMs),
    volumeIds,
    isHydrated: true,
    volumeGroupReplicas: [],
  };
  const row = await insertResource(work, "volumegroup", doc, { state: "PROVISIONING", next: "AVAILABLE" }, null);
  if (d.backupPolicyId !== undefined) await assignPolicy(work, row, d.backupPolicyId);
  return row;
}

export async function updateVolumeGroup(
  work: Work,
  id: string,
  d: UpdateVolumeGroupDetails | undefined,
  ifMatch: string | undefined,
): Promise<ResourceRow> {
  const row = await loadForUpdate(work, id, "volumegroup");
  checkIfMatch(ifMatch, row);
  requireState(row, ["AVAILABLE", "PROVISIONING", "FAULTY", "UPDATE_PENDING"], "volume group", "update it");
  const doc = readDoc(row) as VolumeGroupDoc;
  if (d?.displayName !== undefined) doc.displayName = d.displayName;
  if (d?.definedTags !== undefined) doc.definedTags = d.definedTags;
  if (d?.freeformTags !== undefined) doc.freeformTags = d.freeformTags;
  if (d?.volumeIds !== undefined) {
    requireState(row, ["AVAILABLE"], "volume group", "change its volumes");
    const wanted = d.volumeIds;
    const joining = await claimVolumes(work, wanted, "volumeIds", row.id);
    await checkVolumesMayJoin(work, row.id, wanted.filter((v) => !doc.volumeIds.includes(v)));
    const leaving: ResourceRow[] = [];
    for (const vid of doc.volumeIds.filter((v) => !wanted.includes(v))) {
      const r = await work.read(vid);
      if (r !== undefined) leaving.push(r);
    }
    await setMembership(work, leaving, undefined);
    await setMembership(work, joining, row.id);
    doc.volumeIds = joining.map((r) => r.id);
    const gb = joining.reduce((n, r) => n + volumeSize(r), 0);
    doc.sizeInGBs = gb;
    doc.sizeInMBs = gb * 1024;
  }
  await writeDoc(work, row, doc);
  return row;
}

export async function deleteVolumeGroup(work: Work, id: string, ifMatch: string | undefined): Promise<void> {
  const row = await loadForUpdate(work, id, "volumegroup");
  checkIfMatch(ifMatch, row);
  if (isEnding(row.state)) return;
  for (const backup of await work.children(row.id, "volumegroupbackup")) {
    const state = effectiveState(backup, work.caller.nowMs);
    if (state === "CREATING" || state === "REQUEST_RECEIVED") {
      throw incorrectState(
        `Volume group ${row.id} has a backup (${backup.id}) that is still ${state}. Wait until it is AVAILABLE, then delete the group.`,
      );
    }
  }
  const doc = readDoc(row) as VolumeGroupDoc;
  const members: ResourceRow[] = [];
  for (const vid of doc.volumeIds) {
    const r = await work.read(vid);
    if (r !== undefined) members.push(r);
  }
  await setMembership(work, members, undefined);
  await removeAssetAssignment(work, row.id);
  await markDeleted(work, row);
}

export async function changeVolumeGroupCompartment(
  work: Work,
  id: string,
  d: ChangeVolumeGroupCompartmentDetails,
  ifMatch: string | undefined,
): Promise<ResourceRow> {
  const row = await loadForUpdate(work, id, "volumegroup");
  checkIfMatch(ifMatch, row);
  requireState(row, ["AVAILABLE", "FAULTY"], "volume group", "move it to another compartment");
  const doc = readDoc(row) as VolumeGroupDoc;
  doc.compartmentId = d.compartmentId;
  await writeDoc(work, row, doc);
  return row;
}
