import type {
  ChangeVolumeGroupCompartmentDetails,
  CreateVolumeGroupDetails,
  UpdateVolumeGroupDetails,
  VolumeGroup,
} from "@ocikit/core/types";
import type { ResourceRow } from "../db/resource-store.js";
import { effectiveState } from "../lifecycle.js";
import { ServiceError, incorrectState, invalidParameter, notFound } from "../service-error.js";
import type { ApiContext, ApiServices, SyncHandler } from "./api-context.js";
import { getWithPolls } from "./get-with-polls.js";
import { listResources } from "./list-resources.js";
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
  single,
  writeDoc,
} from "./resource-helpers.js";
import { assignPolicy, checkVolumesMayJoin, removeAssetAssignment } from "../policies/assignment-rules.js";
import { createVolumeRow, type VolumeDoc } from "./volume-handlers.js";

/** A stored volume group document. */
export type VolumeGroupDoc = Omit<VolumeGroup, "lifecycleState">;

function volumeSize(row: ResourceRow): number {
  return (readDoc(row) as VolumeDoc).sizeInGBs ?? 0;
}

/** Re-derives a group's size from its member volumes. */
export function recomputeGroupSize(ctx: ApiContext, svc: ApiServices, groupId: string): void {
  const group = svc.resources.get(groupId);
  if (group === undefined) return;
  const doc = readDoc(group) as VolumeGroupDoc;
  let gb = 0;
  for (const id of doc.volumeIds) {
    const v = svc.resources.get(id);
    if (v !== undefined) gb += volumeSize(v);
  }
  doc.sizeInGBs = gb;
  doc.sizeInMBs = gb * 1024;
  writeDoc(svc, group, doc, ctx.nowMs);
}

/** Checks that volumes can join a group: visible, AVAILABLE, in no other group. Returns the rows. */
function claimVolumes(ctx: ApiContext, svc: ApiServices, ids: string[], field: string, groupId: string): ResourceRow[] {
  if (ids.length === 0) throw invalidParameter(field, "a volume group needs at least one volume.");
  if (new Set(ids).size !== ids.length) throw invalidParameter(field, "a volume is listed more than once.");
  return ids.map((id, i) => {
    let row: ResourceRow;
    try {
      row = loadForUpdate(svc, ctx, id, "volume");
    } catch (error) {
      if (error instanceof ServiceError && error.status === 404) throw notFound(`${field}[${i}] ${id}`);
      throw error;
    }
    requireState(row, ["AVAILABLE"], "volume", "add it to a volume group");
    const current = (readDoc(row) as VolumeDoc).volumeGroupId;
    if (current !== undefined && current !== groupId) {
      throw invalidParameter(`${field}[${i}]`, `volume ${id} already belongs to volume group ${current}; remove it there first.`);
    }
    return row;
  });
}

function setMembership(ctx: ApiContext, svc: ApiServices, rows: ResourceRow[], groupId: string | undefined): void {
  for (const row of rows) {
    const doc = readDoc(row) as VolumeDoc;
    if (groupId === undefined) delete doc.volumeGroupId;
    else doc.volumeGroupId = groupId;
    row.parent_id = groupId ?? null;
    writeDoc(svc, row, doc, ctx.nowMs);
  }
}

export const createVolumeGroup: SyncHandler = (ctx, svc) => {
  const d = ctx.body as CreateVolumeGroupDetails;
  const id = newId(ctx, "volumegroup");
  const source = d.sourceDetails;
  let volumeIds: string[];
  const initial = "PROVISIONING";
  let sizeGb = 0;
  switch (source.type) {
    case "volumeIds": {
      const rows = claimVolumes(ctx, svc, source.volumeIds, "sourceDetails.volumeIds", id);
      setMembership(ctx, svc, rows, id);
      volumeIds = rows.map((r) => r.id);
      sizeGb = rows.reduce((n, r) => n + volumeSize(r), 0);
      break;
    }
    case "volumeGroupId": {
      const src = loadForUpdate(svc, ctx, source.volumeGroupId, "volumegroup");
      requireState(src, ["AVAILABLE"], "volume group", "clone it");
      volumeIds = (readDoc(src) as VolumeGroupDoc).volumeIds.map((vid) => {
        const v = readDoc(loadForUpdate(svc, ctx, vid, "volume")) as VolumeDoc;
        sizeGb += v.sizeInGBs ?? 0;
        return createVolumeRow(
          ctx,
          svc,
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
        ).id;
      });
      break;
    }
    case "volumeGroupBackupId": {
      const backup = loadForUpdate(svc, ctx, source.volumeGroupBackupId, "volumegroupbackup");
      requireState(backup, ["AVAILABLE"], "volume group backup", "restore it");
      const backupDoc = readDoc(backup) as { volumeBackupIds: string[] };
      volumeIds = backupDoc.volumeBackupIds.map((vbId) => {
        const vb = readDoc(loadForUpdate(svc, ctx, vbId, "volumebackup")) as {
          id: string;
          displayName: string;
          sizeInGBs?: number;
        };
        sizeGb += vb.sizeInGBs ?? 0;
        return createVolumeRow(
          ctx,
          svc,
          {
            compartmentId: d.compartmentId,
            availabilityDomain: d.availabilityDomain,
            displayName: `${vb.displayName} (restored)`,
            sizeInGBs: vb.sizeInGBs ?? 0,
            sourceDetails: { type: "volumeBackup", id: vb.id },
            volumeGroupId: id,
          },
          "RESTORING",
        ).id;
      });
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
    displayName: d.displayName ?? defaultName("volumegroup", ctx.nowMs),
    definedTags: d.definedTags ?? {},
    freeformTags: d.freeformTags ?? {},
    sizeInGBs: sizeGb,
    sizeInMBs: sizeGb * 1024,
    sourceDetails: source,
    timeCreated: iso(ctx.nowMs),
    volumeIds,
    isHydrated: true,
    volumeGroupReplicas: [],
  };
  const row = insertResource(svc, ctx, "volumegroup", doc, { state: initial, next: "AVAILABLE" }, null);
  if (d.backupPolicyId !== undefined) assignPolicy(svc, ctx, row, d.backupPolicyId);
  return single(row, ctx.nowMs);
};

export const getVolumeGroup: SyncHandler = (ctx, svc) =>
  getWithPolls(ctx, svc, ctx.params.volumeGroupId as string, "volumegroup");

export const listVolumeGroups: SyncHandler = (ctx, svc) =>
  listResources(ctx, svc, "volumegroup", {
    fields: { availabilityDomain: ctx.query.availabilityDomain as string | undefined },
    lifecycleState: ctx.query.lifecycleState as string | undefined,
  });

export const updateVolumeGroup: SyncHandler = (ctx, svc) => {
  const row = loadForUpdate(svc, ctx, ctx.params.volumeGroupId as string, "volumegroup");
  checkIfMatch(ctx, row);
  requireState(row, ["AVAILABLE", "PROVISIONING", "FAULTY", "UPDATE_PENDING"], "volume group", "update it");
  const d = ctx.body as UpdateVolumeGroupDetails | undefined;
  const doc = readDoc(row) as VolumeGroupDoc;
  if (d?.displayName !== undefined) doc.displayName = d.displayName;
  if (d?.definedTags !== undefined) doc.definedTags = d.definedTags;
  if (d?.freeformTags !== undefined) doc.freeformTags = d.freeformTags;
  if (d?.volumeIds !== undefined) {
    requireState(row, ["AVAILABLE"], "volume group", "change its volumes");
    const joining = claimVolumes(ctx, svc, d.volumeIds, "volumeIds", row.id);
    checkVolumesMayJoin(svc, ctx, row.id, d.volumeIds.filter((id) => !doc.volumeIds.includes(id)));
    const leaving = doc.volumeIds
      .filter((id) => !d.volumeIds?.includes(id))
      .map((id) => svc.resources.get(id))
      .filter((r): r is ResourceRow => r !== undefined);
    setMembership(ctx, svc, leaving, undefined);
    setMembership(ctx, svc, joining, row.id);
    doc.volumeIds = joining.map((r) => r.id);
    const gb = joining.reduce((n, r) => n + volumeSize(r), 0);
    doc.sizeInGBs = gb;
    doc.sizeInMBs = gb * 1024;
  }
  writeDoc(svc, row, doc, ctx.nowMs);
  return single(row, ctx.nowMs);
};

export const deleteVolumeGroup: SyncHandler = (ctx, svc) => {
  const row = loadForUpdate(svc, ctx, ctx.params.volumeGroupId as string, "volumegroup");
  checkIfMatch(ctx, row);
  if (isEnding(row.state)) return { status: 204 };
  for (const backup of svc.resources.listChildren(row.id, "volumegroupbackup")) {
    const state = effectiveState(backup, ctx.nowMs);
    if (state === "CREATING" || state === "REQUEST_RECEIVED") {
      throw incorrectState(
        `Volume group ${row.id} has a backup (${backup.id}) that is still ${state}. Wait until it is AVAILABLE, then delete the group.`,
      );
    }
  }
  const doc = readDoc(row) as VolumeGroupDoc;
  const members = doc.volumeIds.map((id) => svc.resources.get(id)).filter((r): r is ResourceRow => r !== undefined);
  setMembership(ctx, svc, members, undefined);
  removeAssetAssignment(svc, ctx, row.id);
  markDeleted(svc, row, ctx.nowMs);
  return { status: 204 };
};

export const changeVolumeGroupCompartment: SyncHandler = (ctx, svc) => {
  const row = loadForUpdate(svc, ctx, ctx.params.volumeGroupId as string, "volumegroup");
  checkIfMatch(ctx, row);
  requireState(row, ["AVAILABLE", "FAULTY"], "volume group", "move it to another compartment");
  const d = ctx.body as ChangeVolumeGroupCompartmentDetails;
  const doc = readDoc(row) as VolumeGroupDoc;
  doc.compartmentId = d.compartmentId;
  writeDoc(svc, row, doc, ctx.nowMs);
  return { status: 200, etag: row.etag };
};
