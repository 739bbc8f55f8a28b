import type { ResourceRow, ResourceType } from "../db/resource-store.js";
import { effectiveEtag, effectiveState, isPurged, newEtag, settle, startTransition } from "../lifecycle.js";
import { mintOcid } from "../ocid.js";
import { ServiceError, incorrectState, notFound } from "../service-error.js";
import type { ApiContext, ApiResult, ApiServices } from "./api-context.js";

/** A stored resource document (the API model without `lifecycleState`). */
export type Doc = Record<string, unknown>;

/**
 * Loads a resource the caller may see: same tenancy, same region, right type, not purged. Anything
 * else is 404 NotAuthorizedOrNotFound, so callers cannot probe other tenancies.
 */
export function loadOwned(svc: ApiServices, ctx: ApiContext, id: string, type: ResourceType): ResourceRow {
  const row = svc.resources.get(id);
  if (
    row === undefined ||
    row.type !== type ||
    row.tenancy_id !== ctx.tenancyId ||
    row.region !== ctx.region ||
    isPurged(row, ctx.nowMs)
  ) {
    throw notFound();
  }
  return row;
}

/** Loads a resource for a mutation: owned, with any completed transition settled. */
export function loadForUpdate(svc: ApiServices, ctx: ApiContext, id: string, type: ResourceType): ResourceRow {
  return settle(loadOwned(svc, ctx, id, type), ctx.nowMs);
}

/** The JSON a caller sees for a row (state spliced into the stored document without re-parsing it). */
export function render(row: ResourceRow, nowMs: number, extraPolls = 0): string {
  return `{"lifecycleState":"${effectiveState(row, nowMs, extraPolls)}",${row.doc.slice(1)}`;
}

/** A single-resource response with its etag. */
export function single(row: ResourceRow, nowMs: number, extraPolls = 0): ApiResult {
  return { status: 200, body: render(row, nowMs, extraPolls), etag: effectiveEtag(row, nowMs, extraPolls) };
}

export function readDoc(row: ResourceRow): Doc {
  return JSON.parse(row.doc) as Doc;
}

/** Stores a changed document (and name/compartment columns) with a fresh etag. */
export function writeDoc(svc: ApiServices, row: ResourceRow, doc: Doc, nowMs: number): void {
  row.doc = JSON.stringify(doc);
  row.display_name = String(doc.displayName);
  row.compartment_id = String(doc.compartmentId);
  row.etag = newEtag();
  row.updated_ms = nowMs;
  svc.resources.update(row);
}

/** Moves a settled row into `state` heading for `next`, per the lifecycle policy (no write). */
export function transition(svc: ApiServices, row: ResourceRow, state: string, next: string, nowMs: number): void {
  Object.assign(row, startTransition(svc.lifecycle, state, next, nowMs));
}

/** Creates and stores a new resource in `state` → `next`. The document gets `id` set. */
export function insertResource(
  svc: ApiServices,
  ctx: ApiContext,
  type: ResourceType,
  doc: Doc & { id: string; compartmentId: string; displayName: string },
  states: { state: string; next: string },
  parentId: string | null,
): ResourceRow {
  const row: ResourceRow = {
    id: doc.id,
    type,
    tenancy_id: ctx.tenancyId,
    region: ctx.region,
    compartment_id: doc.compartmentId,
    display_name: doc.displayName,
    ...startTransition(svc.lifecycle, states.state, states.next, ctx.nowMs),
    parent_id: parentId,
    created_ms: ctx.nowMs,
    updated_ms: ctx.nowMs,
    deleted_ms: null,
    etag: newEtag(),
    doc: JSON.stringify(doc),
  };
  svc.resources.insert(row);
  return row;
}

/** A new OCID of `type` in the caller's region. */
export function newId(ctx: ApiContext, type: ResourceType): string {
  return mintOcid(type, ctx.regionKey);
}

/** Enforces `if-match`: 412 NoEtagMatch when it names another version. */
export function checkIfMatch(ctx: ApiContext, row: ResourceRow): void {
  const expected = ctx.header("if-match");
  if (expected === undefined || expected === "*") return;
  if (expected !== row.etag) {
    throw new ServiceError(
      412,
      "NoEtagMatch",
      "The if-match etag does not match the resource's current etag: it changed since you read it. GET it again " +
        "and retry with the new etag.",
    );
  }
}

/** OCI's default display names look like `volumegroupbackup20261127093000`. */
export function defaultName(prefix: string, nowMs: number): string {
  return prefix + new Date(nowMs).toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** The availability domain the server reports by default for a region. */
export function defaultAvailabilityDomain(region: string): string {
  return `Uocm:${region.toUpperCase().replace(/-\d+$/, "")}-AD-1`;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** True for states in which a resource is going away or gone. */
export function isEnding(state: string): boolean {
  return state === "TERMINATING" || state === "TERMINATED";
}

/** 409 IncorrectState unless `row` is (effectively) in one of `states`. */
export function requireState(row: ResourceRow, states: readonly string[], what: string, action: string): void {
  if (!states.includes(row.state)) {
    throw incorrectState(
      `The ${what} ${row.id} is ${row.state}; it must be ${states.join(" or ")} to ${action}. ` +
        (row.state === "CREATING" || row.state === "PROVISIONING" || row.state === "RESTORING"
          ? "Wait until it is AVAILABLE and try again."
          : "This cannot be done in its current state."),
    );
  }
}

/** Marks a settled row as deleted: TERMINATING → TERMINATED. */
export function markDeleted(svc: ApiServices, row: ResourceRow, nowMs: number): void {
  transition(svc, row, "TERMINATING", "TERMINATED", nowMs);
  row.deleted_ms = nowMs;
  row.etag = newEtag();
  row.updated_ms = nowMs;
  svc.resources.update(row);
}
