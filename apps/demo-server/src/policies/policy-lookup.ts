import type { VolumeBackupPolicy, VolumeBackupPolicyAssignment } from "@ocikit/core/types";
import type { ResourceRow } from "../db/resource-store.js";
import type { ApiContext, ApiServices } from "../handlers/api-context.js";
import { readDoc } from "../handlers/resource-helpers.js";
import { oracleDefinedPolicy } from "../model/backup-schedules/oracle-defined-policies.js";
import { notFound } from "../service-error.js";

/**
 * How policies and assignments are stored as resource rows (they have no lifecycle):
 * - a policy: type `volumebackuppolicy`, its compartment, `state` AVAILABLE;
 * - an assignment: type `volumebackuppolicyassignment`, `parent_id` = the asset (one live per asset),
 *   `compartment_id` = the policy's id (so "is this policy assigned?" is one indexed scope query).
 * A deleted one keeps its row with `deleted_ms` set and is gone at once for every caller.
 */
export const POLICY_TYPE = "volumebackuppolicy";
export const ASSIGNMENT_TYPE = "volumebackuppolicyassignment";

export type PolicyDoc = VolumeBackupPolicy;
export type AssignmentDoc = VolumeBackupPolicyAssignment;

export function isGone(row: ResourceRow): boolean {
  return row.deleted_ms !== null;
}

/** A policy the caller may use: Oracle-defined (any tenancy), or its own user-defined one in this region. */
export function loadPolicy(svc: ApiServices, ctx: Pick<ApiContext, "tenancyId" | "region">, id: string): { doc: PolicyDoc; row?: ResourceRow } {
  const oracle = oracleDefinedPolicy(id);
  if (oracle !== undefined) return { doc: oracle };
  const row = svc.resources.get(id);
  if (row === undefined || row.type !== POLICY_TYPE || row.tenancy_id !== ctx.tenancyId || row.region !== ctx.region || isGone(row)) {
    throw notFound();
  }
  return { doc: readDoc(row) as PolicyDoc, row };
}

/** The policy document an assignment refers to, or undefined if it no longer exists. */
export function policyOf(svc: ApiServices, policyId: string): PolicyDoc | undefined {
  const oracle = oracleDefinedPolicy(policyId);
  if (oracle !== undefined) return oracle;
  const row = svc.resources.get(policyId);
  return row === undefined || row.type !== POLICY_TYPE || isGone(row) ? undefined : (readDoc(row) as PolicyDoc);
}

/** The live assignment of an asset (of this tenancy), if any. */
export function assignmentOfAsset(svc: ApiServices, tenancyId: string, assetId: string): ResourceRow | undefined {
  return svc.resources.listChildren(assetId, ASSIGNMENT_TYPE).find((row) => !isGone(row) && row.tenancy_id === tenancyId);
}

/** The live assignments of a user-defined policy. */
export function assignmentsOfPolicy(svc: ApiServices, policy: ResourceRow): ResourceRow[] {
  return svc.resources.listScope(policy.tenancy_id, policy.region, ASSIGNMENT_TYPE, policy.id).filter((row) => !isGone(row));
}

/** An assignment the caller may see. */
export function loadAssignment(svc: ApiServices, ctx: Pick<ApiContext, "tenancyId" | "region">, id: string): ResourceRow {
  const row = svc.resources.get(id);
  if (row === undefined || row.type !== ASSIGNMENT_TYPE || row.tenancy_id !== ctx.tenancyId || row.region !== ctx.region || isGone(row)) {
    throw notFound();
  }
  return row;
}
