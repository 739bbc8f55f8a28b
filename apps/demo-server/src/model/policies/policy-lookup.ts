import type { VolumeBackupPolicy, VolumeBackupPolicyAssignment } from "@ocikit/core/types";
import { notFound } from "../../service-error.js";
import type { ResourceRow, StoreReader, StoreTransaction } from "../../store/store.js";
import { oracleDefinedPolicy } from "../backup-schedules/oracle-defined-policies.js";
import type { Caller } from "../caller.js";
import { readDoc } from "../resources.js";

/**
 * How policies and assignments are stored as resource rows (they have no lifecycle):
 * - a policy: type `volumebackuppolicy`, its compartment, `state` AVAILABLE;
 * - an assignment: type `volumebackuppolicyassignment`, `parent_id` = the asset (one live per asset),
 *   `compartment_id` = the policy's id (so "is this policy assigned?" is one indexed scope query).
 * A deleted one keeps its row (TERMINATED, `deleted_ms` set) until the purge, and is gone at once for
 * every caller.
 */
export const POLICY_TYPE = "volumebackuppolicy";
export const ASSIGNMENT_TYPE = "volumebackuppolicyassignment";

export type PolicyDoc = VolumeBackupPolicy;
export type AssignmentDoc = VolumeBackupPolicyAssignment;

export function isGone(row: ResourceRow): boolean {
  return row.deleted_ms !== null;
}

/** A policy as the caller sees it: Oracle-defined (no row), or a user-defined one with its row. */
export interface LoadedPolicy {
  doc: PolicyDoc;
  row?: ResourceRow;
}

/** A policy the caller may use: Oracle-defined (any tenancy), or its own user-defined one in this region. */
export async function loadPolicy(reader: StoreReader, caller: Pick<Caller, "tenancyId" | "region">, id: string): Promise<LoadedPolicy> {
  const oracle = oracleDefinedPolicy(id);
  if (oracle !== undefined) return { doc: oracle };
  const row = await reader.getResource(id);
  if (row === undefined || row.type !== POLICY_TYPE || row.tenancy_id !== caller.tenancyId || row.region !== caller.region || isGone(row)) {
    throw notFound();
  }
  return { doc: readDoc(row) as PolicyDoc, row };
}

/** The policy document an assignment refers to, or undefined if it no longer exists. */
export async function policyOf(reader: StoreReader, policyId: string): Promise<PolicyDoc | undefined> {
  const oracle = oracleDefinedPolicy(policyId);
  if (oracle !== undefined) return oracle;
  const row = await reader.getResource(policyId);
  return row === undefined || row.type !== POLICY_TYPE || isGone(row) ? undefined : (readDoc(row) as PolicyDoc);
}

/** The live assignment of an asset (of this tenancy), if any. */
export async function assignmentOfAsset(tx: StoreTransaction, tenancyId: string, assetId: string): Promise<ResourceRow | undefined> {
  return (await tx.listChildren(assetId, ASSIGNMENT_TYPE)).find((row) => !isGone(row) && row.tenancy_id === tenancyId);
}

/** The live assignments of a user-defined policy (at most 1000 are named; the count is what matters). */
export async function assignmentsOfPolicy(tx: StoreTransaction, policy: ResourceRow, nowMs: number): Promise<ResourceRow[]> {
  const page = await tx.listResources({
    tenancyId: policy.tenancy_id,
    region: policy.region,
    type: ASSIGNMENT_TYPE,
    compartmentId: policy.id,
    lifecycleState: "AVAILABLE",
    sortBy: "TIMECREATED",
    sortOrder: "ASC",
    limit: 1000,
    nowMs,
  });
  return page.rows.filter((row) => !isGone(row));
}

/** An assignment the caller may see. */
export async function loadAssignment(reader: StoreReader, caller: Pick<Caller, "tenancyId" | "region">, id: string): Promise<ResourceRow> {
  const row = await reader.getResource(id);
  if (row === undefined || row.type !== ASSIGNMENT_TYPE || row.tenancy_id !== caller.tenancyId || row.region !== caller.region || isGone(row)) {
    throw notFound();
  }
  return row;
}
