import type { CreateVolumeBackupPolicyAssignmentDetails } from "@ocikit/core/types";
import {
  createVolumeBackupPolicyAssignment,
  deleteVolumeBackupPolicyAssignment,
  getVolumeBackupPolicyAssetAssignment,
  getVolumeBackupPolicyAssignment,
} from "../model/policies/volume-backup-policy-assignments.js";
import { missingParameter } from "../service-error.js";
import type { ReadHandler, WriteHandler } from "./api-context.js";
import { noContent } from "./render.js";

// Each handler: parse the request → call the model → render the answer. Assignments have no lifecycle
// state: the stored document is the answer.

export const createVolumeBackupPolicyAssignmentHandler: WriteHandler = async (ctx, svc, work) => {
  const row = await createVolumeBackupPolicyAssignment(work, ctx.body as CreateVolumeBackupPolicyAssignmentDetails);
  svc.scheduleChanged();
  return { status: 200, body: row.doc, etag: row.etag };
};

export const getVolumeBackupPolicyAssignmentHandler: ReadHandler = async (ctx, svc) => {
  const row = await getVolumeBackupPolicyAssignment(svc.store, ctx.caller, ctx.params.policyAssignmentId as string);
  return { status: 200, body: row.doc, etag: row.etag };
};

/** The asset's assignment as a list of zero or one item (a second page is always empty). */
export const getVolumeBackupPolicyAssetAssignmentHandler: ReadHandler = async (ctx, svc) => {
  const assetId = ctx.query.assetId;
  if (typeof assetId !== "string") throw missingParameter("assetId", "query");
  const row = ctx.query.page === undefined ? await getVolumeBackupPolicyAssetAssignment(svc.store, ctx.caller, assetId) : undefined;
  return { status: 200, body: row === undefined ? "[]" : `[${row.doc}]` };
};

export const deleteVolumeBackupPolicyAssignmentHandler: WriteHandler = async (ctx, svc, work) => {
  await deleteVolumeBackupPolicyAssignment(work, ctx.params.policyAssignmentId as string, ctx.header("if-match"));
  svc.scheduleChanged();
  return noContent();
};
