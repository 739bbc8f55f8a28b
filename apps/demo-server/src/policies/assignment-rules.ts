import type { ResourceRow } from "../db/resource-store.js";
import type { ApiContext, ApiServices } from "../handlers/api-context.js";
import { isEnding, newId, readDoc } from "../handlers/resource-helpers.js";
import { newEtag } from "../lifecycle.js";
import { oracleDefinedPolicy } from "../model/backup-schedules/oracle-defined-policies.js";
import { applyDueSlots } from "../scheduler/apply-due-slots.js";
import { ServiceError, invalidParameter, notFound } from "../service-error.js";
import { ASSIGNMENT_TYPE, assignmentOfAsset, loadPolicy, type AssignmentDoc } from "./policy-lookup.js";

/** 409 Conflict: the volume/volume-group assignment rules of OCI. */
function conflict(message: string): ServiceError {
  return new ServiceError(409, "Conflict", message);
}

/** Catches an assignment up to `nowMs`, then removes it (no further slots fire). */
export function unassign(svc: ApiServices, row: ResourceRow, nowMs: number): void {
  applyDueSlots(svc, nowMs, { assignmentIds: [row.id], budget: Number.MAX_SAFE_INTEGER });
  svc.schedules.deleteCursor(row.id);
  row.deleted_ms = nowMs;
  row.state = "TERMINATED";
  row.etag = newEtag();
  row.updated_ms = nowMs;
  svc.resources.update(row);
  svc.scheduleChanged();
}

/** Deleting a volume or volume group deletes its assignment. */
export function removeAssetAssignment(svc: ApiServices, ctx: ApiContext, assetId: string): void {
  const row = assignmentOfAsset(svc, ctx.tenancyId, assetId);
  if (row !== undefined) unassign(svc, row, ctx.nowMs);
}

/** The asset an assignment names: a volume or volume group of the caller, in this region, not being deleted. */
export function loadAsset(svc: ApiServices, ctx: ApiContext, assetId: string): ResourceRow {
  const row = svc.resources.get(assetId);
  if (
    row === undefined ||
    (row.type !== "volume" && row.type !== "volumegroup") ||
    row.tenancy_id !== ctx.tenancyId ||
    row.region !== ctx.region ||
    row.deleted_ms !== null ||
    isEnding(row.state)
  ) {
    throw notFound(`assetId ${assetId}`);
  }
  return row;
}

/**
 * Refuses volumes with their own assignment from joining a group that has one (OCI: remove the
 * volumes' assignments first).
 */
export function checkVolumesMayJoin(svc: ApiServices, ctx: ApiContext, groupId: string | undefined, volumeIds: readonly string[], groupHasPolicy = false): void {
  if (!groupHasPolicy && (groupId === undefined || assignmentOfAsset(svc, ctx.tenancyId, groupId) === undefined)) return;
  for (const volumeId of volumeIds) {
    const own = assignmentOfAsset(svc, ctx.tenancyId, volumeId);
    if (own !== undefined) {
      throw conflict(
        `Volume ${volumeId} has its own backup policy assignment (${own.id}) and the volume group has one too. ` +
          "Delete the volume's assignment first (bv volume-backup-policy-assignment delete), then add it to the group.",
      );
    }
  }
}

/**
 * Assigns a policy to an asset, replacing (after catching it up) any previous assignment of that
 * asset, as OCI does silently. Enforces: Oracle-defined policies are not supported on volume groups;
 * a group with member volumes that have their own assignment cannot get one; a volume whose group
 * has an assignment is managed by the group.
 */
export function assignPolicy(svc: ApiServices, ctx: ApiContext, asset: ResourceRow, policyId: string, xrcKmsKeyId?: string): ResourceRow {
  let policy;
  try {
    policy = loadPolicy(svc, ctx, policyId);
  } catch (error) {
    if (error instanceof ServiceError && error.status === 404) throw notFound(`policyId ${policyId}`);
    throw error;
  }
  if (asset.type === "volumegroup") {
    if (oracleDefinedPolicy(policyId) !== undefined) {
      throw invalidParameter(
        "policyId",
        `'${policy.doc.displayName}' is an Oracle-defined policy, and OCI does not support those on volume groups. ` +
          "Create a user-defined policy with the schedules you need (bv volume-backup-policy create) and assign that.",
      );
    }
    checkVolumesMayJoin(svc, ctx, undefined, (readDoc(asset) as { volumeIds: string[] }).volumeIds, true);
  } else {
    const groupId = (readDoc(asset) as { volumeGroupId?: string }).volumeGroupId;
    const groupAssignment = groupId === undefined ? undefined : assignmentOfAsset(svc, ctx.tenancyId, groupId);
    if (groupAssignment !== undefined) {
      throw conflict(
        `Volume ${asset.id} is in volume group ${groupId}, whose backup policy assignment (${groupAssignment.id}) manages its backups. ` +
          "Change the group's assignment, or remove the volume from the group first.",
      );
    }
  }
  const previous = assignmentOfAsset(svc, ctx.tenancyId, asset.id);
  if (previous !== undefined) unassign(svc, previous, ctx.nowMs);
  const doc: AssignmentDoc = {
    id: newId(ctx, ASSIGNMENT_TYPE),
    assetId: asset.id,
    policyId,
    timeCreated: new Date(ctx.nowMs).toISOString(),
  };
  if (xrcKmsKeyId !== undefined) doc.xrcKmsKeyId = xrcKmsKeyId;
  const row: ResourceRow = {
    id: doc.id,
    type: ASSIGNMENT_TYPE,
    tenancy_id: ctx.tenancyId,
    region: ctx.region,
    compartment_id: policyId,
    display_name: doc.id,
    state: "AVAILABLE",
    next_state: null,
    due_ms: null,
    polls_needed: null,
    polls: 0,
    parent_id: asset.id,
    created_ms: ctx.nowMs,
    updated_ms: ctx.nowMs,
    deleted_ms: null,
    etag: newEtag(),
    doc: JSON.stringify(doc),
  };
  svc.resources.insert(row);
  // Slots after the assignment's creation fire; none before it.
  svc.schedules.setCursor(row.id, ctx.nowMs);
  svc.scheduleChanged();
  return row;
}
