import type { CreateVolumeDetails, UpdateVolumeDetails, Volume } from "@ocikit/core/types";
import type { ResourceRow } from "../db/resource-store.js";
import { invalidParameter } from "../service-error.js";
import type { ApiContext, ApiServices, SyncHandler } from "./api-context.js";
import { listResources } from "./list-resources.js";
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
  single,
  writeDoc,
} from "./resource-helpers.js";
import { assignPolicy, removeAssetAssignment } from "../policies/assignment-rules.js";
import { getWithPolls } from "./get-with-polls.js";
import { recomputeGroupSize } from "./volume-group-handlers.js";

/** A stored volume document: the API model without its lifecycle state. */
export type VolumeDoc = Omit<Volume, "lifecycleState">;

/** OCI's default volume size when neither size field is given. */
export const DEFAULT_VOLUME_GB = 1024;
/** Smallest and largest volume, in GB (as the spec bounds `sizeInGBs`). */
export const MIN_VOLUME_GB = 50;
export const MAX_VOLUME_GB = 32_768;

/** Builds and stores a new volume (also used by clone and restore of volume groups). */
export function createVolumeRow(
  ctx: ApiContext,
  svc: ApiServices,
  fields: Partial<VolumeDoc> & { compartmentId: string },
  initialState: "PROVISIONING" | "RESTORING",
): ResourceRow {
  const sizeInGBs = fields.sizeInGBs ?? DEFAULT_VOLUME_GB;
  const doc: VolumeDoc = {
    id: newId(ctx, "volume"),
    availabilityDomain: fields.availabilityDomain ?? defaultAvailabilityDomain(ctx.region),
    compartmentId: fields.compartmentId,
    displayName: fields.displayName ?? defaultName("volume", ctx.nowMs),
    definedTags: fields.definedTags ?? {},
    freeformTags: fields.freeformTags ?? {},
    systemTags: {},
    isHydrated: true,
    vpusPerGB: fields.vpusPerGB ?? 10,
    sizeInGBs,
    sizeInMBs: sizeInGBs * 1024,
    timeCreated: iso(ctx.nowMs),
    isAutoTuneEnabled: fields.isAutoTuneEnabled ?? false,
  };
  if (fields.kmsKeyId !== undefined) doc.kmsKeyId = fields.kmsKeyId;
  if (fields.sourceDetails !== undefined) doc.sourceDetails = fields.sourceDetails;
  if (fields.volumeGroupId !== undefined) doc.volumeGroupId = fields.volumeGroupId;
  return insertResource(svc, ctx, "volume", doc, { state: initialState, next: "AVAILABLE" }, doc.volumeGroupId ?? null);
}

export const createVolume: SyncHandler = (ctx, svc) => {
  const d = ctx.body as CreateVolumeDetails;
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
    if (source.type === "volume") loadOwned(svc, ctx, source.id, "volume");
    else if (source.type === "volumeBackup") {
      loadOwned(svc, ctx, source.id, "volumebackup");
      initial = "RESTORING";
    } else throw invalidParameter("sourceDetails.type", `source type '${source.type}' is not supported by the demo server.`);
    fields.sourceDetails = source;
  }
  const row = createVolumeRow(ctx, svc, fields, initial);
  if (d.backupPolicyId !== undefined) assignPolicy(svc, ctx, row, d.backupPolicyId);
  return single(row, ctx.nowMs);
};

export const getVolume: SyncHandler = (ctx, svc) => getWithPolls(ctx, svc, ctx.params.volumeId as string, "volume");

export const listVolumes: SyncHandler = (ctx, svc) =>
  listResources(ctx, svc, "volume", {
    fields: {
      volumeGroupId: ctx.query.volumeGroupId as string | undefined,
      availabilityDomain: ctx.query.availabilityDomain as string | undefined,
      clusterPlacementGroupId: ctx.query.clusterPlacementGroupId as string | undefined,
    },
    lifecycleState: ctx.query.lifecycleState as string | undefined,
  });

export const updateVolume: SyncHandler = (ctx, svc) => {
  const row = loadForUpdate(svc, ctx, ctx.params.volumeId as string, "volume");
  checkIfMatch(ctx, row);
  requireState(row, ["AVAILABLE", "PROVISIONING", "RESTORING", "FAULTY"], "volume", "update it");
  const d = ctx.body as UpdateVolumeDetails | undefined;
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
  writeDoc(svc, row, doc, ctx.nowMs);
  if (doc.volumeGroupId !== undefined && d?.sizeInGBs !== undefined) recomputeGroupSize(ctx, svc, doc.volumeGroupId);
  return single(row, ctx.nowMs);
};

export const deleteVolume: SyncHandler = (ctx, svc) => {
  const row = loadForUpdate(svc, ctx, ctx.params.volumeId as string, "volume");
  checkIfMatch(ctx, row);
  if (isEnding(row.state)) return { status: 204 };
  requireState(row, ["AVAILABLE", "FAULTY"], "volume", "delete it");
  const doc = readDoc(row) as VolumeDoc;
  const groupId = doc.volumeGroupId;
  if (groupId !== undefined) {
    delete doc.volumeGroupId;
    row.parent_id = null;
    writeDoc(svc, row, doc, ctx.nowMs);
    removeFromGroup(ctx, svc, groupId, row.id);
  }
  removeAssetAssignment(svc, ctx, row.id);
  markDeleted(svc, row, ctx.nowMs);
  return { status: 204 };
};

function removeFromGroup(ctx: ApiContext, svc: ApiServices, groupId: string, volumeId: string): void {
  const group = svc.resources.get(groupId);
  if (group === undefined) return;
  const doc = readDoc(group);
  doc.volumeIds = (doc.volumeIds as string[]).filter((id) => id !== volumeId);
  writeDoc(svc, group, doc, ctx.nowMs);
  recomputeGroupSize(ctx, svc, groupId);
}
