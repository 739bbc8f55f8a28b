import { invalidParameter } from "../service-error.js";
import type { ResourceRow } from "../store/store.js";
import type { VolumeDoc, VolumeGroupDoc } from "./docs.js";
import { loadReferenced, readDoc, requireState, writeDoc } from "./resources.js";
import type { Work } from "./work.js";

// Which volumes belong to which group, and the group sizes that follow from it. Both volumes.ts and
// volume-groups.ts use it; it uses neither.

export function volumeSize(row: ResourceRow): number {
  return (readDoc(row) as VolumeDoc).sizeInGBs ?? 0;
}

/** Re-derives a group's size from its member volumes. */
export async function recomputeGroupSize(work: Work, groupId: string): Promise<void> {
  const group = await work.read(groupId);
  if (group === undefined) return;
  const doc = readDoc(group) as VolumeGroupDoc;
  let gb = 0;
  for (const id of doc.volumeIds) {
    const v = await work.tx.getResource(id);
    if (v !== undefined) gb += volumeSize(v);
  }
  doc.sizeInGBs = gb;
  doc.sizeInMBs = gb * 1024;
  await writeDoc(work, group, doc);
}

/** Takes a volume out of its group's member list (the volume itself is changed by the caller). */
export async function removeFromGroup(work: Work, groupId: string, volumeId: string): Promise<void> {
  const group = await work.read(groupId);
  if (group === undefined) return;
  const doc = readDoc(group);
  doc.volumeIds = (doc.volumeIds as string[]).filter((id) => id !== volumeId);
  await writeDoc(work, group, doc);
  await recomputeGroupSize(work, groupId);
}

/** Checks that volumes can join a group: visible, AVAILABLE, in no other group. Returns the rows. */
export async function claimVolumes(work: Work, ids: string[], field: string, groupId: string): Promise<ResourceRow[]> {
  if (ids.length === 0) throw invalidParameter(field, "a volume group needs at least one volume.");
  if (new Set(ids).size !== ids.length) throw invalidParameter(field, "a volume is listed more than once.");
  const rows: ResourceRow[] = [];
  for (const [i, id] of ids.entries()) {
    const row = await loadReferenced(work, id, "volume", `${field}[${i}] ${id}`);
    requireState(row, ["AVAILABLE"], "volume", "add it to a volume group");
    const current = (readDoc(row) as VolumeDoc).volumeGroupId;
    if (current !== undefined && current !== groupId) {
      throw invalidParameter(`${field}[${i}]`, `volume ${id} already belongs to volume group ${current}; remove it there first.`);
    }
    rows.push(row);
  }
  return rows;
}

/** Points volumes at a group (or at none). */
export async function setMembership(work: Work, rows: ResourceRow[], groupId: string | undefined): Promise<void> {
  for (const row of rows) {
    const doc = readDoc(row) as VolumeDoc;
    if (groupId === undefined) delete doc.volumeGroupId;
    else doc.volumeGroupId = groupId;
    row.parent_id = groupId ?? null;
    await writeDoc(work, row, doc);
  }
}
