import type {
  ChangeVolumeGroupBackupCompartmentDetails,
  CopyVolumeGroupBackupDetails,
  CreateVolumeGroupBackupDetails,
  RetentionDuration,
  UpdateVolumeGroupBackupDetails,
  VolumeBackup,
  VolumeGroupBackup,
} from "@ocikit/core/types";
import type { ResourceRow } from "../db/resource-store.js";
import { COPY_SOURCE_REGION_HEADER } from "../internal-headers.js";
import { settle } from "../lifecycle.js";
import { regionKey } from "../regions.js";
import { ServiceError, incorrectState, invalidParameter, notFound } from "../service-error.js";
import type { ApiContext, ApiServices, AsyncHandler, SyncHandler } from "./api-context.js";
import { getWithPolls } from "./get-with-polls.js";
import { listResources } from "./list-resources.js";
import {
  checkIfMatch,
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
import type { VolumeDoc } from "./volume-handlers.js";
import type { VolumeGroupDoc } from "./volume-group-handlers.js";

/** A stored volume group backup document. */
export type VolumeGroupBackupDoc = Omit<VolumeGroupBackup, "lifecycleState">;
/** A stored volume backup document. */
export type VolumeBackupDoc = Omit<VolumeBackup, "lifecycleState">;


// An incremental backup stores only the blocks changed since the previous one; the demo reports a tenth.
function uniqueGb(sizeGb: number, type: "FULL" | "INCREMENTAL"): number {
  return type === "FULL" ? sizeGb : Math.max(1, Math.round(sizeGb / 10));
}

function retentionEnd(fromMs: number, r: RetentionDuration): string {
  const d = new Date(fromMs);
  if (r.retentionTimeUnit === "YEARS") d.setUTCFullYear(d.getUTCFullYear() + r.retentionTimeAmount);
  else d.setUTCDate(d.getUTCDate() + r.retentionTimeAmount);
  // A date beyond JavaScript's range (±275 760 years) has no ISO form.
  if (Number.isNaN(d.getTime()) || r.retentionTimeAmount < 0) {
    throw invalidParameter("retentionPeriod.retentionTimeAmount", "use a positive number of days or years that ends before the year 275760.");
  }
  return d.toISOString();
}

type RetentionFields = Pick<
  VolumeGroupBackupDoc,
  "retentionPeriod" | "isPreventDeletionEnabled" | "isRetentionLockEnabled" | "isIndefiniteRetentionEnabled" | "timeRetentionExpiresAt"
>;

function applyRetention(doc: RetentionFields, d: Partial<RetentionFields>, fromMs: number): void {
  if (d.retentionPeriod !== undefined) {
    doc.retentionPeriod = d.retentionPeriod;
    doc.timeRetentionExpiresAt = retentionEnd(fromMs, d.retentionPeriod);
  }
  if (d.isPreventDeletionEnabled !== undefined) doc.isPreventDeletionEnabled = d.isPreventDeletionEnabled;
  if (d.isRetentionLockEnabled !== undefined) doc.isRetentionLockEnabled = d.isRetentionLockEnabled;
  if (d.isIndefiniteRetentionEnabled !== undefined) doc.isIndefiniteRetentionEnabled = d.isIndefiniteRetentionEnabled;
}

export const createVolumeGroupBackup: SyncHandler = (ctx, svc) => {
  const d = ctx.body as CreateVolumeGroupBackupDetails;
  let group: ResourceRow;
  try {
    group = loadForUpdate(svc, ctx, d.volumeGroupId, "volumegroup");
  } catch (error) {
    if (error instanceof ServiceError && error.status === 404) throw notFound(`volumeGroupId ${d.volumeGroupId}`);
    throw error;
  }
  requireState(group, ["AVAILABLE"], "volume group", "back it up");
  const groupDoc = readDoc(group) as VolumeGroupDoc;
  const type = d.type ?? "INCREMENTAL";
  const compartmentId = d.compartmentId ?? groupDoc.compartmentId;
  const displayName = d.displayName ?? defaultName("volumegroupbackup", ctx.nowMs);
  const id = newId(ctx, "volumegroupbackup");
  const stamp = iso(ctx.nowMs);
  let sizeGb = 0;
  let uniqueTotal = 0;
  const volumeBackupIds = groupDoc.volumeIds.map((volumeId) => {
    const volume = svc.resources.get(volumeId);
    const v = volume === undefined ? undefined : (readDoc(volume) as VolumeDoc);
    const gb = v?.sizeInGBs ?? 0;
    const unique = uniqueGb(gb, type);
    sizeGb += gb;
    uniqueTotal += unique;
    const vb: VolumeBackupDoc = {
      id: newId(ctx, "volumebackup"),
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
    return insertResource(svc, ctx, "volumebackup", vb, { state: "CREATING", next: "AVAILABLE" }, id).id;
  });
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
  applyRetention(doc, d, ctx.nowMs);
  return single(insertResource(svc, ctx, "volumegroupbackup", doc, { state: "CREATING", next: "AVAILABLE" }, group.id), ctx.nowMs);
};

export const getVolumeGroupBackup: SyncHandler = (ctx, svc) =>
  getWithPolls(ctx, svc, ctx.params.volumeGroupBackupId as string, "volumegroupbackup");

export const listVolumeGroupBackups: SyncHandler = (ctx, svc) =>
  listResources(ctx, svc, "volumegroupbackup", {
    fields: { volumeGroupId: ctx.query.volumeGroupId as string | undefined },
  });

export const updateVolumeGroupBackup: SyncHandler = (ctx, svc) => {
  const row = loadForUpdate(svc, ctx, ctx.params.volumeGroupBackupId as string, "volumegroupbackup");
  checkIfMatch(ctx, row);
  requireState(row, ["AVAILABLE", "CREATING", "REQUEST_RECEIVED", "FAULTY"], "volume group backup", "update it");
  const d = (ctx.body ?? {}) as UpdateVolumeGroupBackupDetails;
  const doc = readDoc(row) as VolumeGroupBackupDoc;
  if (doc.isRetentionLockEnabled === true && d.retentionPeriod !== undefined) {
    throw incorrectState(`The retention of backup ${row.id} is locked and cannot be changed.`);
  }
  if (d.displayName !== undefined) doc.displayName = d.displayName;
  if (d.definedTags !== undefined) doc.definedTags = d.definedTags;
  if (d.freeformTags !== undefined) doc.freeformTags = d.freeformTags;
  applyRetention(doc, d, Date.parse(doc.timeCreated));
  writeDoc(svc, row, doc, ctx.nowMs);
  return single(row, ctx.nowMs);
};

export const deleteVolumeGroupBackup: SyncHandler = (ctx, svc) => {
  const row = loadForUpdate(svc, ctx, ctx.params.volumeGroupBackupId as string, "volumegroupbackup");
  checkIfMatch(ctx, row);
  if (isEnding(row.state)) return { status: 204 };
  requireState(row, ["AVAILABLE", "FAULTY"], "volume group backup", "delete it");
  const doc = readDoc(row) as VolumeGroupBackupDoc;
  const retained =
    doc.isIndefiniteRetentionEnabled === true ||
    (doc.isPreventDeletionEnabled === true &&
      doc.timeRetentionExpiresAt !== undefined &&
      Date.parse(doc.timeRetentionExpiresAt) > ctx.nowMs);
  if (retained) {
    throw incorrectState(`Backup ${row.id} is under retention (or legal hold) and cannot be deleted yet.`);
  }
  for (const vb of svc.resources.listChildren(row.id, "volumebackup")) {
    const child = loadForUpdate(svc, ctx, vb.id, "volumebackup");
    if (!isEnding(child.state)) markDeleted(svc, child, ctx.nowMs);
  }
  markDeleted(svc, row, ctx.nowMs);
  return { status: 204 };
};

export const changeVolumeGroupBackupCompartment: SyncHandler = (ctx, svc) => {
  const row = loadForUpdate(svc, ctx, ctx.params.volumeGroupBackupId as string, "volumegroupbackup");
  checkIfMatch(ctx, row);
  requireState(row, ["AVAILABLE", "FAULTY"], "volume group backup", "move it to another compartment");
  const d = ctx.body as ChangeVolumeGroupBackupCompartmentDetails;
  const doc = readDoc(row) as VolumeGroupBackupDoc;
  doc.compartmentId = d.compartmentId;
  writeDoc(svc, row, doc, ctx.nowMs);
  for (const vb of svc.resources.listChildren(row.id, "volumebackup")) {
    const child = loadForUpdate(svc, ctx, vb.id, "volumebackup");
    const childDoc = readDoc(child);
    childDoc.compartmentId = d.compartmentId;
    writeDoc(svc, child, childDoc, ctx.nowMs);
  }
  return { status: 200, etag: row.etag };
};

/**
 * CopyVolumeGroupBackup as a caller sees it: checks the source and the destination, then asks the
 * destination region (this same server, over HTTP, signed as the service identity) to create the copy.
 */
export const copyVolumeGroupBackup: AsyncHandler = async (ctx, svc) => {
  const d = ctx.body as CopyVolumeGroupBackupDetails;
  const source = loadOwned(svc, ctx, ctx.params.volumeGroupBackupId as string, "volumegroupbackup");
  validateCopy(ctx, d, source);
  return svc.deliverCopy({
    tenancyId: ctx.tenancyId,
    sourceRegion: ctx.region,
    sourceId: source.id,
    destinationRegion: d.destinationRegion,
    details: d as unknown as Record<string, unknown>,
    retryToken: ctx.header("opc-retry-token"),
  });
};

function validateCopy(ctx: ApiContext, d: CopyVolumeGroupBackupDetails, source: ResourceRow): void {
  if (regionKey(d.destinationRegion) === undefined) {
    throw invalidParameter("destinationRegion", `'${d.destinationRegion}' is not a region this server knows.`);
  }
  if (d.destinationRegion === source.region) {
    throw invalidParameter(
      "destinationRegion",
      `the backup is already in ${source.region}; copy it to another region.`,
    );
  }
  // Settle a copy of the row: this check must not write.
  requireState(settle({ ...source }, ctx.nowMs), ["AVAILABLE"], "volume group backup", "copy it to another region");
}

/**
 * The destination side of a copy (service identity only): creates, in the addressed region, a copy of
 * the backup that lives in the region named by {@link COPY_SOURCE_REGION_HEADER}, owned by the tenancy
 * the service call acts for.
 */
export const receiveCopy: SyncHandler = (ctx, svc) => {
  const d = ctx.body as CopyVolumeGroupBackupDetails;
  const sourceRegion = ctx.header(COPY_SOURCE_REGION_HEADER) as string;
  const source = svc.resources.get(ctx.params.volumeGroupBackupId as string);
  if (source === undefined || source.tenancy_id !== ctx.tenancyId || source.region !== sourceRegion || source.type !== "volumegroupbackup") {
    throw notFound();
  }
  const src = readDoc(source) as VolumeGroupBackupDoc;
  const id = newId(ctx, "volumegroupbackup");
  const stamp = iso(ctx.nowMs);
  const volumeBackupIds = src.volumeBackupIds.map((vbId) => {
    const vbRow = svc.resources.get(vbId);
    if (vbRow === undefined) throw notFound(`volume backup ${vbId}`);
    const vb = readDoc(vbRow) as VolumeBackupDoc;
    const copy: VolumeBackupDoc = {
      ...vb,
      id: newId(ctx, "volumebackup"),
      sourceVolumeBackupId: vb.id,
      timeCreated: stamp,
      timeRequestReceived: stamp,
      volumeGroupBackupId: id,
    };
    if (d.kmsKeyId !== undefined) copy.kmsKeyId = d.kmsKeyId;
    return insertResource(svc, ctx, "volumebackup", copy, { state: "CREATING", next: "AVAILABLE" }, id).id;
  });
  const doc: VolumeGroupBackupDoc = {
    ...src,
    id,
    displayName: d.displayName ?? src.displayName,
    timeCreated: stamp,
    timeRequestReceived: stamp,
    volumeBackupIds,
    sourceVolumeGroupBackupId: src.id,
  };
  return single(
    insertResource(svc, ctx, "volumegroupbackup", doc, { state: "CREATING", next: "AVAILABLE" }, null),
    ctx.nowMs,
  );
};
