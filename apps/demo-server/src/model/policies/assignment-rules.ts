import { ServiceError, invalidParameter, notFound } from "../../service-error.js";
import type { ResourceRow } from "../../store/store.js";
import { oracleDefinedPolicy } from "../backup-schedules/oracle-defined-policies.js";
import { iso, isEnding, newId, readDoc } from "../resources.js";
import { applyDueSlots } from "../scheduling/apply-due-slots.js";
import type { Work } from "../work.js";
import { ASSIGNMENT_TYPE, assignmentOfAsset, loadPolicy, type AssignmentDoc } from "./policy-lookup.js";
import { insertStaticRow, removeStaticRow } from "./static-rows.js";

// OCI's rules for who may have which backup policy: one assignment per asset, Oracle-defined policies
// not on volume groups, and never a volume and its group both with one.

/** 409 Conflict: the volume/volume-group assignment rules of OCI. */
function conflict(message: string): ServiceError {
  return new ServiceError(409, "Conflict", message);
}

/** Catches an assignment up to now (its due slots fire first), then removes it: no further slots fire. */
export async function unassign(work: Work, row: ResourceRow): Promise<void> {
  const { nowMs, lifecycle } = work.caller;
  await applyDueSlots(work.tx, lifecycle, nowMs, { assignmentIds: [row.id], budget: Number.MAX_SAFE_INTEGER });
  await work.tx.deleteScheduleCursor(row.id);
  const fresh = await work.read(row.id);
  if (fresh !== undefined) await removeStaticRow(work, fresh);
}

/** Deleting a volume or volume group deletes its assignment. */
export async function removeAssetAssignment(work: Work, assetId: string): Promise<void> {
  const row = await assignmentOfAsset(work.tx, work.caller.tenancyId, assetId);
  if (row !== undefined) await unassign(work, row);
}

/** The asset an assignment names: a volume or volume group of the caller, in this region, not being deleted. */
export async function loadAsset(work: Work, assetId: string): Promise<ResourceRow> {
  const row = await work.tx.getResource(assetId);
  const { caller } = work;
  if (
    row === undefined ||
    (row.type !== "volume" && row.type !== "volumegroup") ||
    row.tenancy_id !== caller.tenancyId ||
    row.region !== caller.region ||
    row.deleted_ms !== null ||
    isEnding(row.state)
  ) {
    throw notFound(`assetId ${assetId}`);
  }
  return row;
}

/**
 * Refuses volumes with their own assignment from joining a group that has one (OCI: remove the
 * volumes' assignments first). `groupHasPolicy` skips looking the group's own assignment up.
 */
export async function checkVolumesMayJoin(work: Work, groupId: string | undefined, volumeIds: readonly string[], groupHasPolicy = false): Promise<void> {
  const { tenancyId } = work.caller;
  if (!groupHasPolicy && (groupId === undefined || (await assignmentOfAsset(work.tx, tenancyId, groupId)) === undefined)) return;
  for (const volumeId of volumeIds) {
    const own = await assignmentOfAsset(work.tx, tenancyId, volumeId);
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
 * has an assignment is managed by the group. Slots after the assignment's creation fire; none before.
 */
export async function assignPolicy(work: Work, asset: ResourceRow, policyId: string, xrcKmsKeyId?: string): Promise<ResourceRow> {
  const { caller } = work;
  let policy;
  try {
    policy = await loadPolicy(work.tx, caller, policyId);
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
    await checkVolumesMayJoin(work, undefined, (readDoc(asset) as { volumeIds: string[] }).volumeIds, true);
  } else {
    const groupId = (readDoc(asset) as { volumeGroupId?: string }).volumeGroupId;
    const groupAssignment = groupId === undefined ? undefined : await assignmentOfAsset(work.tx, caller.tenancyId, groupId);
    if (groupAssignment !== undefined) {
      throw conflict(
        `Volume ${asset.id} is in volume group ${groupId}, whose backup policy assignment (${groupAssignment.id}) manages its backups. ` +
          "Change the group's assignment, or remove the volume from the group first.",
      );
    }
  }
  const previous = await assignmentOfAsset(work.tx, caller.tenancyId, asset.id);
  if (previous !== undefined) await unassign(work, previous);
  const doc: AssignmentDoc = {
    id: newId(caller, ASSIGNMENT_TYPE),
    assetId: asset.id,
    policyId,
    timeCreated: iso(caller.nowMs),
  };
  if (xrcKmsKeyId !== undefined) doc.xrcKmsKeyId = xrcKmsKeyId;
  const row = await insertStaticRow(work, {
    id: doc.id,
    type: ASSIGNMENT_TYPE,
    // The policy's id as the "compartment": "which assets have this policy?" is one indexed scope query.
    compartmentId: policyId,
    displayName: doc.id,
    parentId: asset.id,
    doc,
  });
  await work.tx.setScheduleCursor(row.id, caller.nowMs);
  return row;
}
