import type { StoreTransaction } from "../../store/store.js";
import { newEtag, settle, startTransition, type LifecyclePolicy } from "../lifecycle.js";
import { isEnding } from "../resources.js";

/**
 * Deletes an expired scheduled backup at its expiration time (TERMINATING → TERMINATED, as a delete),
 * its member volume backups included. One deleted by hand before it expired is left as it is.
 */
export async function expireBackup(tx: StoreTransaction, lifecycle: LifecyclePolicy, backupId: string, atMs: number): Promise<void> {
  const row = await tx.getResource(backupId);
  if (row === undefined) return;
  const targets = row.type === "volumegroupbackup" ? [row, ...(await tx.listChildren(row.id, "volumebackup"))] : [row];
  for (const target of targets) {
    const expected = target.etag;
    settle(target, atMs);
    if (isEnding(target.state)) continue;
    Object.assign(target, startTransition(lifecycle, "TERMINATING", "TERMINATED", atMs));
    target.deleted_ms = atMs;
    target.etag = newEtag();
    target.updated_ms = atMs;
    await tx.updateResource(target, expected);
  }
}
