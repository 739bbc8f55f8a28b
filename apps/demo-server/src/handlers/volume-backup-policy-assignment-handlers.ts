import type { CreateVolumeBackupPolicyAssignmentDetails } from "@ocikit/core/types";
import { assignPolicy, loadAsset, unassign } from "../policies/assignment-rules.js";
import { assignmentOfAsset, loadAssignment } from "../policies/policy-lookup.js";
import { missingParameter } from "../service-error.js";
import type { SyncHandler } from "./api-context.js";
import { checkIfMatch } from "./resource-helpers.js";

export const createVolumeBackupPolicyAssignment: SyncHandler = (ctx, svc) => {
  const d = ctx.body as CreateVolumeBackupPolicyAssignmentDetails;
  const row = assignPolicy(svc, ctx, loadAsset(svc, ctx, d.assetId), d.policyId, d.xrcKmsKeyId);
  return { status: 200, body: row.doc, etag: row.etag };
};

export const getVolumeBackupPolicyAssignment: SyncHandler = (ctx, svc) => {
  const row = loadAssignment(svc, ctx, ctx.params.policyAssignmentId as string);
  return { status: 200, body: row.doc, etag: row.etag };
};

/** The asset's assignment as a list of zero or one item; an asset the caller cannot see has none. */
export const getVolumeBackupPolicyAssetAssignment: SyncHandler = (ctx, svc) => {
  const assetId = ctx.query.assetId;
  if (typeof assetId !== "string") throw missingParameter("assetId", "query");
  const row = assignmentOfAsset(svc, ctx.tenancyId, assetId);
  const visible = row !== undefined && row.region === ctx.region && ctx.query.page === undefined;
  return { status: 200, body: visible ? `[${row.doc}]` : "[]" };
};

export const deleteVolumeBackupPolicyAssignment: SyncHandler = (ctx, svc) => {
  const row = loadAssignment(svc, ctx, ctx.params.policyAssignmentId as string);
  checkIfMatch(ctx, row);
  unassign(svc, row, ctx.nowMs);
  return { status: 204 };
};
