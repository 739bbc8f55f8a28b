import { incorrectState } from "../service-error.js";
import type { VolumeBackupDoc, VolumeGroupBackupDoc } from "./docs.js";
import { applyRetention, isRetained } from "./retention.js";

// Rules shared by volume group backups and volume backups: sizes, updates, retention on delete.

/** An incremental backup stores only the blocks changed since the previous one; the demo reports a tenth. */
export function uniqueGb(sizeGb: number, type: "FULL" | "INCREMENTAL"): number {
  return type === "FULL" ? sizeGb : Math.max(1, Math.round(sizeGb / 10));
}

type BackupDoc = VolumeGroupBackupDoc | VolumeBackupDoc;
type BackupUpdate = Partial<Pick<BackupDoc, "displayName" | "definedTags" | "freeformTags" | "retentionPeriod" | "isPreventDeletionEnabled" | "isRetentionLockEnabled" | "isIndefiniteRetentionEnabled">>;

/** Applies an update's name, tags and retention to a backup document; a locked retention cannot change (409). */
export function applyBackupUpdate(doc: BackupDoc, d: BackupUpdate): void {
  if (doc.isRetentionLockEnabled === true && d.retentionPeriod !== undefined) {
    throw incorrectState(`The retention of backup ${doc.id} is locked and cannot be changed.`);
  }
  if (d.displayName !== undefined) doc.displayName = d.displayName;
  if (d.definedTags !== undefined) doc.definedTags = d.definedTags;
  if (d.freeformTags !== undefined) doc.freeformTags = d.freeformTags;
  applyRetention(doc, d, Date.parse(doc.timeCreated));
}

/** 409 IncorrectState while a backup is under retention with deletion prevented, or on legal hold. */
export function requireDeletable(doc: BackupDoc, nowMs: number): void {
  if (isRetained(doc, nowMs)) throw incorrectState(`Backup ${doc.id} is under retention (or legal hold) and cannot be deleted yet.`);
}
