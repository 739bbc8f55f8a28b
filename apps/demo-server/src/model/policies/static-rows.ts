import type { ResourceRow, ResourceType } from "../../store/store.js";
import { newEtag } from "../lifecycle.js";
import type { Work } from "../work.js";

// Policies and assignments have no lifecycle: they are AVAILABLE from their creation and gone at their
// delete (TERMINATED at once, invisible to every caller, purged like any terminated row).

/** Stores a new AVAILABLE row of the caller's tenancy and region. */
export async function insertStaticRow(
  work: Work,
  fields: { id: string; type: ResourceType; compartmentId: string; displayName: string; parentId: string | null; doc: unknown },
): Promise<ResourceRow> {
  const { caller } = work;
  const row: ResourceRow = {
    id: fields.id,
    type: fields.type,
    tenancy_id: caller.tenancyId,
    region: caller.region,
    compartment_id: fields.compartmentId,
    display_name: fields.displayName,
    state: "AVAILABLE",
    next_state: null,
    due_ms: null,
    polls_needed: null,
    polls: 0,
    parent_id: fields.parentId,
    created_ms: caller.nowMs,
    updated_ms: caller.nowMs,
    deleted_ms: null,
    etag: newEtag(),
    doc: JSON.stringify(fields.doc),
  };
  await work.insert(row);
  return row;
}

/** Marks a row read through `work` as deleted, now. */
export async function removeStaticRow(work: Work, row: ResourceRow): Promise<void> {
  const { nowMs } = work.caller;
  row.deleted_ms = nowMs;
  row.state = "TERMINATED";
  row.etag = newEtag();
  row.updated_ms = nowMs;
  await work.save(row);
}
