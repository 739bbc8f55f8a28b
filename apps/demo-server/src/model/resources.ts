import { mintOcid } from "../ocid.js";
import { ServiceError, incorrectState, notFound } from "../service-error.js";
import type { ResourceRow, ResourceType, StoreReader } from "../store/store.js";
import type { Caller } from "./caller.js";
import { isPurged, newEtag, settle, startTransition } from "./lifecycle.js";
import type { Work } from "./work.js";

/** A stored resource document (the API model without `lifecycleState`). */
export type Doc = Record<string, unknown>;

function visible(row: ResourceRow | undefined, caller: Caller, type: ResourceType): row is ResourceRow {
  return (
    row !== undefined &&
    row.type === type &&
    row.tenancy_id === caller.tenancyId &&
    row.region === caller.region &&
    !isPurged(row, caller.nowMs)
  );
}

/**
 * Reads (committed data) a resource the caller may see: same tenancy, same region, right type, not
 * purged. Anything else is 404 NotAuthorizedOrNotFound, so callers cannot probe other tenancies.
 * The row is shared with the store's cache: do not change it.
 */
export async function loadOwned(reader: StoreReader, caller: Caller, id: string, type: ResourceType): Promise<ResourceRow> {
  const row = await reader.getResource(id);
  if (!visible(row, caller, type)) throw notFound();
  return row;
}

/** Loads a resource for a mutation, in the transaction: owned, with any completed transition settled. */
export async function loadForUpdate(work: Work, id: string, type: ResourceType): Promise<ResourceRow> {
  const row = await work.read(id);
  if (!visible(row, work.caller, type)) throw notFound();
  return settle(row, work.caller.nowMs);
}

/** Like {@link loadForUpdate}, but a missing resource is a 404 naming `what` (a field of the request). */
export async function loadReferenced(work: Work, id: string, type: ResourceType, what: string): Promise<ResourceRow> {
  try {
    return await loadForUpdate(work, id, type);
  } catch (error) {
    if (error instanceof ServiceError && error.status === 404) throw notFound(what);
    throw error;
  }
}

export function readDoc(row: ResourceRow): Doc {
  return JSON.parse(row.doc) as Doc;
}

/** Stores a changed document (and name/compartment columns) with a fresh etag. */
export async function writeDoc(work: Work, row: ResourceRow, doc: Doc): Promise<void> {
  row.doc = JSON.stringify(doc);
  row.display_name = String(doc.displayName);
  row.compartment_id = String(doc.compartmentId);
  row.etag = newEtag();
  row.updated_ms = work.caller.nowMs;
  await work.save(row);
}

/** Moves a settled row into `state` heading for `next`, per the lifecycle policy (no write). */
export function transition(caller: Caller, row: ResourceRow, state: string, next: string): void {
  Object.assign(row, startTransition(caller.lifecycle, state, next, caller.nowMs));
}

/** Creates and stores a new resource in `state` → `next`. The document has its `id` set. */
export async function insertResource(
  work: Work,
  type: ResourceType,
  doc: Doc & { id: string; compartmentId: string; displayName: string },
  states: { state: string; next: string },
  parentId: string | null,
): Promise<ResourceRow> {
  const { caller } = work;
  const row: ResourceRow = {
    id: doc.id,
    type,
    tenancy_id: caller.tenancyId,
    region: caller.region,
    compartment_id: doc.compartmentId,
    display_name: doc.displayName,
    ...startTransition(caller.lifecycle, states.state, states.next, caller.nowMs),
    parent_id: parentId,
    created_ms: caller.nowMs,
    updated_ms: caller.nowMs,
    deleted_ms: null,
    etag: newEtag(),
    doc: JSON.stringify(doc),
  };
  await work.insert(row);
  return row;
}

/** A new OCID of `type` in the caller's region. */
export function newId(caller: Caller, type: ResourceType): string {
  return mintOcid(type, caller.regionKey, caller.nowMs);
}

/** Enforces `if-match` (absent or `*`: any version): 412 NoEtagMatch when it names another version. */
export function checkIfMatch(ifMatch: string | undefined, row: ResourceRow): void {
  if (ifMatch === undefined || ifMatch === "*") return;
  if (ifMatch !== row.etag) {
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
export async function markDeleted(work: Work, row: ResourceRow): Promise<void> {
  const { nowMs } = work.caller;
  transition(work.caller, row, "TERMINATING", "TERMINATED");
  row.deleted_ms = nowMs;
  row.etag = newEtag();
  row.updated_ms = nowMs;
  await work.save(row);
}
