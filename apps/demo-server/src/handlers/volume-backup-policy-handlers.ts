import type { CreateVolumeBackupPolicyDetails, UpdateVolumeBackupPolicyDetails } from "@ocikit/core/types";
import type { PolicyResult } from "../model/policies/volume-backup-policies.js";
import {
  createVolumeBackupPolicy,
  deleteVolumeBackupPolicy,
  getVolumeBackupPolicy,
  listVolumeBackupPolicies,
  oracleEtag,
  updateVolumeBackupPolicy,
} from "../model/policies/volume-backup-policies.js";
import type { ApiResult, ReadHandler, WriteHandler } from "./api-context.js";
import { noContent } from "./render.js";

// Each handler: parse the request → call the model → render the answer. Policies have no lifecycle
// state: the stored document is the answer.

function rendered(policy: PolicyResult): ApiResult {
  return { status: 200, body: policy.row?.doc ?? JSON.stringify(policy.doc), etag: policy.row?.etag ?? oracleEtag(policy.doc) };
}

export const createVolumeBackupPolicyHandler: WriteHandler = async (ctx, _svc, work) =>
  rendered(await createVolumeBackupPolicy(work, ctx.body as CreateVolumeBackupPolicyDetails));

export const getVolumeBackupPolicyHandler: ReadHandler = async (ctx, svc) =>
  rendered(await getVolumeBackupPolicy(svc.store, ctx.caller, ctx.params.policyId as string));

/** Without compartmentId: the Oracle-defined policies; with it: that compartment's, oldest first. */
export const listVolumeBackupPoliciesHandler: ReadHandler = async (ctx, svc) => {
  const { caller } = ctx;
  const compartmentId = ctx.query.compartmentId as string | undefined;
  const scope = `${ctx.operationId}|${caller.tenancyId}|${caller.region}|${compartmentId ?? ""}`;
  const token = ctx.query.page as string | undefined;
  const page = await listVolumeBackupPolicies(svc.store, caller, {
    compartmentId,
    limit: ctx.query.limit as number | undefined,
    after: token === undefined ? undefined : svc.pages.read(scope, token),
  });
  const result: ApiResult = { status: 200, body: `[${page.docs.join(",")}]` };
  if (page.next !== undefined) result.nextPage = svc.pages.issue(scope, page.next);
  return result;
};

export const updateVolumeBackupPolicyHandler: WriteHandler = async (ctx, svc, work) => {
  const result = rendered(
    await updateVolumeBackupPolicy(work, ctx.params.policyId as string, (ctx.body ?? {}) as UpdateVolumeBackupPolicyDetails, ctx.header("if-match")),
  );
  svc.scheduleChanged();
  return result;
};

export const deleteVolumeBackupPolicyHandler: WriteHandler = async (ctx, _svc, work) => {
  await deleteVolumeBackupPolicy(work, ctx.params.policyId as string, ctx.header("if-match"));
  return noContent();
};
