import type { CreateVolumeBackupPolicyDetails, UpdateVolumeBackupPolicyDetails } from "@ocikit/core/types";
import type { ResourceRow } from "../db/resource-store.js";
import { newEtag } from "../lifecycle.js";
import { ORACLE_DEFINED_POLICIES, oracleDefinedPolicy } from "../model/backup-schedules/oracle-defined-policies.js";
import { scheduleProblem } from "../model/backup-schedules/validate-schedules.js";
import { assignmentsOfPolicy, loadPolicy, POLICY_TYPE, type PolicyDoc } from "../policies/policy-lookup.js";
import { regionKey } from "../regions.js";
import { applyDueSlots } from "../scheduler/apply-due-slots.js";
import { ServiceError, invalidParameter } from "../service-error.js";
import type { ApiContext, ApiResult, ApiServices, SyncHandler } from "./api-context.js";
import { DEFAULT_LIMIT } from "./list-resources.js";
import { checkIfMatch, defaultName, iso, newId } from "./resource-helpers.js";

function rendered(doc: PolicyDoc, etag: string): ApiResult {
  return { status: 200, body: JSON.stringify(doc), etag };
}

/** Etag of an Oracle-defined policy: fixed, as the policy never changes. */
function oracleEtag(doc: PolicyDoc): string {
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

function checkDetails(ctx: ApiContext, d: { schedules?: PolicyDoc["schedules"]; destinationRegion?: string }): void {
  if (d.schedules !== undefined) {
    const problem = scheduleProblem(d.schedules);
    if (problem !== undefined) throw new ServiceError(400, "InvalidParameter", problem);
  }
  const region = d.destinationRegion;
  if (region !== undefined && region !== "none") {
    if (regionKey(region) === undefined) throw invalidParameter("destinationRegion", `'${region}' is not a region this server knows.`);
    if (region === ctx.region) throw invalidParameter("destinationRegion", `the policy is in ${region} already; name another region to copy backups to, or omit it.`);
  }
}

export const createVolumeBackupPolicy: SyncHandler = (ctx, svc) => {
  const d = ctx.body as CreateVolumeBackupPolicyDetails;
  checkDetails(ctx, d);
  const doc: PolicyDoc = {
    id: newId(ctx, POLICY_TYPE),
    compartmentId: d.compartmentId,
    displayName: d.displayName ?? defaultName("volumebackuppolicy", ctx.nowMs),
    schedules: d.schedules ?? [],
    timeCreated: iso(ctx.nowMs),
    definedTags: d.definedTags ?? {},
    freeformTags: d.freeformTags ?? {},
  };
  if (d.destinationRegion !== undefined && d.destinationRegion !== "none") doc.destinationRegion = d.destinationRegion;
  const row: ResourceRow = {
    id: doc.id,
    type: POLICY_TYPE,
    tenancy_id: ctx.tenancyId,
    region: ctx.region,
    compartment_id: d.compartmentId,
    display_name: doc.displayName,
    state: "AVAILABLE",
    next_state: null,
    due_ms: null,
    polls_needed: null,
    polls: 0,
    parent_id: null,
    created_ms: ctx.nowMs,
    updated_ms: ctx.nowMs,
    deleted_ms: null,
    etag: newEtag(),
    doc: JSON.stringify(doc),
  };
  svc.resources.insert(row);
  return rendered(doc, row.etag);
};

export const getVolumeBackupPolicy: SyncHandler = (ctx, svc) => {
  const { doc, row } = loadPolicy(svc, ctx, ctx.params.policyId as string);
  return rendered(doc, row?.etag ?? oracleEtag(doc));
};

/** Without compartmentId: the Oracle-defined policies; with it: that compartment's, oldest first. */
export const listVolumeBackupPolicies: SyncHandler = (ctx, svc) => {
  const compartmentId = ctx.query.compartmentId as string | undefined;
  const docs =
    compartmentId === undefined
      ? [...ORACLE_DEFINED_POLICIES]
      : svc.resources
          .listScope(ctx.tenancyId, ctx.region, POLICY_TYPE, compartmentId)
          .filter((row) => row.deleted_ms === null)
          .sort((a, b) => a.created_ms - b.created_ms || (a.seq ?? 0) - (b.seq ?? 0))
          .map((row) => row.doc);
  const scope = `${ctx.operationId}|${ctx.tenancyId}|${ctx.region}|${compartmentId ?? ""}`;
  const page = ctx.query.page as string | undefined;
  const offset = page === undefined ? 0 : svc.pages.read(scope, page);
  const limit = (ctx.query.limit as number | undefined) ?? DEFAULT_LIMIT;
  const slice = docs.slice(offset, offset + limit).map((d) => (typeof d === "string" ? d : JSON.stringify(d)));
  const result: ApiResult = { status: 200, body: `[${slice.join(",")}]` };
  if (offset + limit < docs.length) result.nextPage = svc.pages.issue(scope, offset + limit);
  return result;
};

export const updateVolumeBackupPolicy: SyncHandler = (ctx, svc) => {
  const id = ctx.params.policyId as string;
  refuseOracleDefined(id, "changed");
  const { doc, row } = loadPolicy(svc, ctx, id);
  const stored = row as ResourceRow;
  checkIfMatch(ctx, stored);
  const d = (ctx.body ?? {}) as UpdateVolumeBackupPolicyDetails;
  checkDetails(ctx, d);
  if (d.schedules !== undefined || d.destinationRegion !== undefined) {
    // Slots due before this change are made with the schedules they were due under.
    const assignments = assignmentsOfPolicy(svc, stored).map((a) => a.id);
    applyDueSlots(svc, ctx.nowMs, { assignmentIds: assignments, budget: Number.MAX_SAFE_INTEGER });
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
  stored.updated_ms = ctx.nowMs;
  svc.resources.update(stored);
  svc.scheduleChanged();
  return rendered(doc, stored.etag);
};

export const deleteVolumeBackupPolicy: SyncHandler = (ctx, svc) => {
  const id = ctx.params.policyId as string;
  refuseOracleDefined(id, "deleted");
  const row = loadPolicy(svc, ctx, id).row as ResourceRow;
  checkIfMatch(ctx, row);
  const assigned = assignmentsOfPolicy(svc, row);
  if (assigned.length > 0) {
    const assets = assigned.map((a) => a.parent_id).slice(0, 3).join(", ");
    throw new ServiceError(
      409,
      "Conflict",
      `Backup policy ${id} is assigned to ${assigned.length} asset(s) (${assets}${assigned.length > 3 ? ", …" : ""}); ` +
        "delete those assignments first (bv volume-backup-policy-assignment delete), then delete the policy.",
    );
  }
  row.deleted_ms = ctx.nowMs;
  row.state = "TERMINATED";
  row.etag = newEtag();
  row.updated_ms = ctx.nowMs;
  svc.resources.update(row);
  return { status: 204 };
};
