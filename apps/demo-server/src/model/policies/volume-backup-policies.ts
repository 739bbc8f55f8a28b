import type { CreateVolumeBackupPolicyDetails, UpdateVolumeBackupPolicyDetails } from "@ocikit/core/types";
import { regionKey } from "../../regions.js";
import { ServiceError, invalidParameter } from "../../service-error.js";
import type { ListPage, ListKey, ResourceRow, Store } from "../../store/store.js";
import { ORACLE_DEFINED_POLICIES, oracleDefinedPolicy } from "../backup-schedules/oracle-defined-policies.js";
import { scheduleProblem } from "../backup-schedules/validate-schedules.js";
import type { Caller } from "../caller.js";
import { newEtag } from "../lifecycle.js";
import { DEFAULT_LIMIT } from "../reads.js";
import { checkIfMatch, defaultName, iso, newId } from "../resources.js";
import { applyDueSlots } from "../scheduling/apply-due-slots.js";
import type { Work } from "../work.js";
import { assignmentsOfPolicy, loadPolicy, POLICY_TYPE, type LoadedPolicy, type PolicyDoc } from "./policy-lookup.js";
import { insertStaticRow, removeStaticRow } from "./static-rows.js";

/** Etag of an Oracle-defined policy: fixed, as the policy never changes. */
export function oracleEtag(doc: PolicyDoc): string {
  return doc.id.slice(-32);
}

function refuseOracleDefined(id: string, action: string): void {
  const oracle = oracleDefinedPolicy(id);
  if (oracle !== undefined) {
    throw invalidParameter(
      "policyId",
      `'${oracle.displayName}' is an Oracle-defined backup policy; those cannot be ${action}. ` +
        "Create a user-defined policy (bv volume-backup-policy create) with the schedules you want instead.",
    );
  }
}

function checkDetails(caller: Caller, d: { schedules?: PolicyDoc["schedules"]; destinationRegion?: string }): void {
  if (d.schedules !== undefined) {
    const problem = scheduleProblem(d.schedules);
    if (problem !== undefined) throw new ServiceError(400, "InvalidParameter", problem);
  }
  const region = d.destinationRegion;
  if (region !== undefined && region !== "none") {
    if (regionKey(region) === undefined) throw invalidParameter("destinationRegion", `'${region}' is not a region this server knows.`);
    if (region === caller.region) {
      throw invalidParameter("destinationRegion", `the policy is in ${region} already; name another region to copy backups to, or omit it.`);
    }
  }
}

/** A user-defined policy (its row) or an Oracle-defined one (its document only). */
export type PolicyResult = LoadedPolicy;

export async function createVolumeBackupPolicy(work: Work, d: CreateVolumeBackupPolicyDetails): Promise<PolicyResult> {
  const { caller } = work;
  checkDetails(caller, d);
  const doc: PolicyDoc = {
    id: newId(caller, POLICY_TYPE),
    compartmentId: d.compartmentId,
    displayName: d.displayName ?? defaultName("volumebackuppolicy", caller.nowMs),
    schedules: d.schedules ?? [],
    timeCreated: iso(caller.nowMs),
    definedTags: d.definedTags ?? {},
    freeformTags: d.freeformTags ?? {},
  };
  if (d.destinationRegion !== undefined && d.destinationRegion !== "none") doc.destinationRegion = d.destinationRegion;
  const row = await insertStaticRow(work, {
    id: doc.id,
    type: POLICY_TYPE,
    compartmentId: d.compartmentId,
    displayName: doc.displayName,
    parentId: null,
    doc,
  });
  return { doc, row };
}

export function getVolumeBackupPolicy(store: Store, caller: Caller, id: string): Promise<PolicyResult> {
  return loadPolicy(store, caller, id);
}

/** One page of policies: the Oracle-defined ones without `compartmentId`, else that compartment's, oldest first. */
export interface PolicyPage {
  docs: string[];
  next?: ListKey;
}

export async function listVolumeBackupPolicies(
  store: Store,
  caller: Caller,
  request: { compartmentId?: string | undefined; limit?: number | undefined; after?: ListKey | undefined },
): Promise<PolicyPage> {
  const limit = request.limit ?? DEFAULT_LIMIT;
  if (request.compartmentId === undefined) {
    const start = request.after === undefined ? 0 : request.after.seq + 1;
    const docs = ORACLE_DEFINED_POLICIES.slice(start, start + limit).map((d) => JSON.stringify(d));
    const end = start + docs.length;
    return end < ORACLE_DEFINED_POLICIES.length ? { docs, next: { value: end - 1, seq: end - 1 } } : { docs };
  }
  const page: ListPage = await store.listResources({
    tenancyId: caller.tenancyId,
    region: caller.region,
    type: POLICY_TYPE,
    compartmentId: request.compartmentId,
    lifecycleState: "AVAILABLE",
    sortBy: "TIMECREATED",
    sortOrder: "ASC",
    ...(request.after !== undefined ? { after: request.after } : {}),
    limit,
    nowMs: caller.nowMs,
  });
  return { docs: page.rows.map((r) => r.doc), ...(page.next !== undefined ? { next: page.next } : {}) };
}

export async function updateVolumeBackupPolicy(
  work: Work,
  id: string,
  d: UpdateVolumeBackupPolicyDetails,
  ifMatch: string | undefined,
): Promise<PolicyResult> {
  const { caller } = work;
  refuseOracleDefined(id, "changed");
  const { doc } = await loadPolicy(work.tx, caller, id);
  const stored = (await work.read(id)) as ResourceRow;
  checkIfMatch(ifMatch, stored);
  checkDetails(caller, d);
  if (d.schedules !== undefined || d.destinationRegion !== undefined) {
    // Slots due before this change are made with the schedules they were due under.
    const assignments = (await assignmentsOfPolicy(work.tx, stored, caller.nowMs)).map((a) => a.id);
    await applyDueSlots(work.tx, caller.lifecycle, caller.nowMs, { assignmentIds: assignments, budget: Number.MAX_SAFE_INTEGER });
  }
  if (d.displayName !== undefined) doc.displayName = d.displayName;
  if (d.schedules !== undefined) doc.schedules = d.schedules;
  if (d.definedTags !== undefined) doc.definedTags = d.definedTags;
  if (d.freeformTags !== undefined) doc.freeformTags = d.freeformTags;
  if (d.destinationRegion === "none") delete doc.destinationRegion;
  else if (d.destinationRegion !== undefined) doc.destinationRegion = d.destinationRegion;
  stored.doc = JSON.stringify(doc);
  stored.display_name = doc.displayName;
  stored.etag = newEtag();
  stored.updated_ms = caller.nowMs;
  await work.save(stored);
  return { doc, row: stored };
}

export async function deleteVolumeBackupPolicy(work: Work, id: string, ifMatch: string | undefined): Promise<void> {
  const { caller } = work;
  refuseOracleDefined(id, "deleted");
  await loadPolicy(work.tx, caller, id);
  const row = (await work.read(id)) as ResourceRow;
  checkIfMatch(ifMatch, row);
  const assigned = await assignmentsOfPolicy(work.tx, row, caller.nowMs);
  if (assigned.length > 0) {
    const assets = assigned
      .map((a) => a.parent_id)
      .slice(0, 3)
      .join(", ");
    throw new ServiceError(
      409,
      "Conflict",
      `Backup policy ${id} is assigned to ${assigned.length} asset(s) (${assets}${assigned.length > 3 ? ", …" : ""}); ` +
        "delete those assignments first (bv volume-backup-policy-assignment delete), then delete the policy.",
    );
  }
  await removeStaticRow(work, row);
}
