import { mintOcid } from "../ocid.js";
import { ServiceError, notFound } from "../service-error.js";
import type { ResourceRow, Store, StoreReader } from "../store/store.js";
import { newEtag } from "./lifecycle.js";

/**
 * Compartments. Every tenancy's root compartment (its tenancy OCID) and the demo compartment exist
 * without a row; every other compartment is a resource row of type `compartment` in the pseudo-region
 * {@link COMPARTMENT_REGION}, its `compartment_id` being its parent. Compartments are never deleted.
 */
export const COMPARTMENT_REGION = "global";

/** What the server knows of compartments, and how strictly it checks them. */
export interface CompartmentPolicy {
  /** Unknown compartments are 404 (as in OCI) instead of being registered on first use. */
  strict: boolean;
  demoTenancyId: string;
  demoCompartmentId: string;
}

/** A compartment as the admin API shows it. */
export interface Compartment {
  id: string;
  name: string;
  /** The parent compartment; null for a tenancy's root. */
  parentId: string | null;
  tenancyId: string;
  /** True for a compartment the server registered because a request named it. */
  autoRegistered: boolean;
}

interface CompartmentDoc {
  id: string;
  name: string;
  displayName: string;
  compartmentId: string;
  autoRegistered: boolean;
}

function fromRow(row: ResourceRow): Compartment {
  const doc = JSON.parse(row.doc) as CompartmentDoc;
  return { id: row.id, name: doc.name, parentId: row.compartment_id, tenancyId: row.tenancy_id, autoRegistered: doc.autoRegistered };
}

function builtIn(policy: CompartmentPolicy, id: string): Compartment | undefined {
  if (id === policy.demoTenancyId) return { id, name: "root", parentId: null, tenancyId: id, autoRegistered: false };
  if (id === policy.demoCompartmentId) {
    return { id, name: "demo", parentId: policy.demoTenancyId, tenancyId: policy.demoTenancyId, autoRegistered: false };
  }
  return undefined;
}

/** A known compartment by OCID (any tenancy), or undefined. */
export async function findCompartment(reader: StoreReader, policy: CompartmentPolicy, id: string): Promise<Compartment | undefined> {
  const known = builtIn(policy, id);
  if (known !== undefined) return known;
  const row = await reader.getResource(id);
  return row?.type === "compartment" ? fromRow(row) : undefined;
}

function newRow(tenancyId: string, parentId: string, id: string, name: string, autoRegistered: boolean, nowMs: number): ResourceRow {
  const doc: CompartmentDoc = { id, name, displayName: name, compartmentId: parentId, autoRegistered };
  return {
    id,
    type: "compartment",
    tenancy_id: tenancyId,
    region: COMPARTMENT_REGION,
    compartment_id: parentId,
    display_name: name,
    state: "ACTIVE",
    next_state: null,
    due_ms: null,
    polls_needed: null,
    polls: 0,
    parent_id: parentId,
    created_ms: nowMs,
    updated_ms: nowMs,
    deleted_ms: null,
    etag: newEtag(),
    doc: JSON.stringify(doc),
  };
}

async function childNamed(reader: StoreReader, tenancyId: string, parentId: string, name: string, nowMs: number): Promise<ResourceRow | undefined> {
  const page = await reader.listResources({
    tenancyId,
    region: COMPARTMENT_REGION,
    type: "compartment",
    compartmentId: parentId,
    displayName: name,
    sortBy: "TIMECREATED",
    sortOrder: "ASC",
    limit: 1,
    nowMs,
  });
  return page.rows[0];
}

/** A compartment name: 1–100 letters, digits, periods, hyphens or underscores, as in OCI. */
export function checkCompartmentName(name: unknown): string {
  if (typeof name !== "string" || !/^[A-Za-z0-9._-]{1,100}$/.test(name)) {
    throw new ServiceError(400, "InvalidParameter", "Invalid value for 'name': use 1 to 100 letters, digits, periods, hyphens or underscores.");
  }
  return name;
}

/**
 * Creates a compartment named `name` under `parentId` (default: the demo tenancy's root). With
 * `existing: "reuse"` a sibling of the same name is returned instead of a 409.
 */
export async function createCompartment(
  store: Store,
  policy: CompartmentPolicy,
  request: { name: unknown; parentId?: unknown },
  nowMs: number,
  existing: "conflict" | "reuse" = "conflict",
): Promise<Compartment> {
  const name = checkCompartmentName(request.name);
  if (request.parentId !== undefined && typeof request.parentId !== "string") {
    throw new ServiceError(400, "InvalidParameter", "Invalid value for 'parentId': use the OCID of a compartment or of the tenancy.");
  }
  const parentId = request.parentId ?? policy.demoTenancyId;
  return store.transaction(async (tx) => {
    const parent = await findCompartment(tx, policy, parentId);
    if (parent === undefined) throw notFound(`parent compartment ${parentId}; list the known ones with GET /_ocikit/compartments`);
    const sibling = await childNamed(tx, parent.tenancyId, parent.id, name, nowMs);
    if (sibling !== undefined) {
      if (existing === "reuse") return fromRow(sibling);
      throw new ServiceError(409, "Conflict", `A compartment named '${name}' already exists in ${parent.id} (${sibling.id}).`);
    }
    const row = newRow(parent.tenancyId, parent.id, mintOcid("compartment", undefined), name, false, nowMs);
    await tx.insertResource(row);
    return fromRow(row);
  });
}

/** Every compartment of a tenancy, parents before children (the root first). */
export async function listCompartments(reader: StoreReader, policy: CompartmentPolicy, tenancyId: string, nowMs: number): Promise<Compartment[]> {
  const out: Compartment[] = [builtIn(policy, tenancyId) ?? { id: tenancyId, name: "root", parentId: null, tenancyId, autoRegistered: false }];
  if (tenancyId === policy.demoTenancyId) out.push(builtIn(policy, policy.demoCompartmentId) as Compartment);
  for (let i = 0; i < out.length; i++) {
    const parentId = (out[i] as Compartment).id;
    let after: { value: number | string; seq: number } | undefined;
    do {
      const page = await reader.listResources({
        tenancyId,
        region: COMPARTMENT_REGION,
        type: "compartment",
        compartmentId: parentId,
        sortBy: "TIMECREATED",
        sortOrder: "ASC",
        limit: 1000,
        nowMs,
        ...(after !== undefined ? { after } : {}),
      });
      for (const row of page.rows) out.push(fromRow(row));
      after = page.next;
    } while (after !== undefined);
  }
  return out;
}

/**
 * Checks a compartment a request names (create, list or move) for the caller's tenancy. A tenancy's
 * root and its own compartments pass. A compartment the server has never seen is registered in the
 * caller's tenancy (so existing scripts keep working), or with `strict` is 404 NotAuthorizedOrNotFound,
 * as OCI answers. Another tenancy's compartment is 404 under `strict`, and passes otherwise (as before
 * compartments were modelled; the resources stay the caller's).
 */
export async function checkCompartment(
  store: Store,
  policy: CompartmentPolicy,
  caller: { tenancyId: string; nowMs: number },
  id: string,
  field: string,
): Promise<void> {
  if (id === caller.tenancyId) return;
  const known = await findCompartment(store, policy, id);
  if (known !== undefined) {
    if (known.tenancyId === caller.tenancyId || !policy.strict) return;
    throw notFound(`${field} ${id}`);
  }
  if (policy.strict) throw notFound(`${field} ${id}: this server does not know the compartment; create it with POST /_ocikit/compartments or --compartment NAME`);
  const row = newRow(caller.tenancyId, caller.tenancyId, id, `auto-${id.slice(-8)}`, true, caller.nowMs);
  try {
    await store.transaction((tx) => tx.insertResource(row));
  } catch (error) {
    // A concurrent request registered it first: fine, as long as it is there now.
    if ((await findCompartment(store, policy, id)) === undefined) throw error;
  }
}
