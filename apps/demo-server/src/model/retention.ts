import type { RetentionDuration } from "@ocikit/core/types";
import { invalidParameter } from "../service-error.js";
import type { VolumeGroupBackupDoc } from "./docs.js";

function retentionEnd(fromMs: number, r: RetentionDuration): string {
  const d = new Date(fromMs);
  if (r.retentionTimeUnit === "YEARS") d.setUTCFullYear(d.getUTCFullYear() + r.retentionTimeAmount);
  else d.setUTCDate(d.getUTCDate() + r.retentionTimeAmount);
  // A date beyond JavaScript's range (±275 760 years) has no ISO form.
  if (Number.isNaN(d.getTime()) || r.retentionTimeAmount < 0) {
    throw invalidParameter("retentionPeriod.retentionTimeAmount", "use a positive number of days or years that ends before the year 275760.");
  }
  return d.toISOString();
}

type RetentionFields = Pick<
  VolumeGroupBackupDoc,
  "retentionPeriod" | "isPreventDeletionEnabled" | "isRetentionLockEnabled" | "isIndefiniteRetentionEnabled" | "timeRetentionExpiresAt"
>;

/** Copies the retention settings of a request into a backup document (the period counts from `fromMs`). */
export function applyRetention(doc: RetentionFields, d: Partial<RetentionFields>, fromMs: number): void {
  if (d.retentionPeriod !== undefined) {
    doc.retentionPeriod = d.retentionPeriod;
    doc.timeRetentionExpiresAt = retentionEnd(fromMs, d.retentionPeriod);
  }
  if (d.isPreventDeletionEnabled !== undefined) doc.isPreventDeletionEnabled = d.isPreventDeletionEnabled;
  if (d.isRetentionLockEnabled !== undefined) doc.isRetentionLockEnabled = d.isRetentionLockEnabled;
  if (d.isIndefiniteRetentionEnabled !== undefined) doc.isIndefiniteRetentionEnabled = d.isIndefiniteRetentionEnabled;
}

/** True while a backup may not be deleted: indefinite retention, or deletion prevented until its retention ends. */
export function isRetained(doc: RetentionFields, nowMs: number): boolean {
  return (
    doc.isIndefiniteRetentionEnabled === true ||
    (doc.isPreventDeletionEnabled === true && doc.timeRetentionExpiresAt !== undefined && Date.parse(doc.timeRetentionExpiresAt) > nowMs)
  );
}
