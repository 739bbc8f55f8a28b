import type { ApiServices } from "../handlers/api-context.js";
import { isEnding, readDoc } from "../handlers/resource-helpers.js";
import { newEtag, settle, startTransition, TERMINATED_VISIBLE_MS, type LifecyclePolicy } from "../lifecycle.js";
import { policySlots } from "../model/backup-schedules/policy-slots.js";
import { regionTimeZone } from "../model/backup-schedules/region-time-zones.js";
import { ASSIGNMENT_TYPE, isGone, policyOf, type AssignmentDoc } from "../policies/policy-lookup.js";
import type { ResourceRow } from "../db/resource-store.js";
import { makeScheduledBackup } from "./scheduled-backup.js";

/** What `backup_slots.backup_id` holds for a slot whose backup was already gone for good when it was applied. */
export const EXPIRED_BEFORE_APPLIED = "(expired)";

/**
 * Whether a backup expiring at `expiresMs` is purged — TERMINATED, and past the hour terminated
 * resources stay visible — by `untilMs`. Such a backup can never be seen by any caller, so a slot
 * applied late (a clock advance) records that it fired without writing the backup. Poll-driven
 * lifecycles never reach TERMINATED on their own, so there every backup is written.
 */
export function purgedBy(lifecycle: LifecyclePolicy, expiresMs: number, untilMs: number): boolean {
  if (lifecycle.mode === "polls") return false;
  const terminatedMs = expiresMs + (lifecycle.mode === "time" ? lifecycle.seconds * 1000 : 0);
  return Math.max(terminatedMs, expiresMs + TERMINATED_VISIBLE_MS) <= untilMs;
}

/** What one pass applied, and whether work up to `untilMs` remains (the pass stopped at its budget). */
export interface AppliedWork {
  fired: number;
  /** Of `fired`, the slots whose backup was already purged when applied (recorded, not written). */
  skipped: number;
  expired: number;
  more: boolean;
}

/** Largest number of slots plus expiries one pass applies, so one transaction stays small. */
export const DEFAULT_PASS_BUDGET = 2000;

/**
 * Applies, synchronously and inside the caller's transaction, every scheduled-backup slot and every
 * expiry due at or before `untilMs` — up to `budget` of them; call again while `more`.
 *
 * Exactly once: a slot fires only when it lies after its assignment's cursor; the backup, the
 * `backup_slots` record (whose primary key refuses a second firing) and the advanced cursor commit
 * together. A crash before the commit loses all three, so the slot fires after the restart instead.
 * `assignmentIds` narrows the pass to some assignments (catching them up before they change).
 */
export function applyDueSlots(svc: ApiServices, untilMs: number, options: { budget?: number; assignmentIds?: readonly string[] } = {}): AppliedWork {
  let budget = options.budget ?? DEFAULT_PASS_BUDGET;
  const work: AppliedWork = { fired: 0, skipped: 0, expired: 0, more: false };
  const cursors =
    options.assignmentIds === undefined
      ? svc.schedules.cursors()
      : options.assignmentIds.map((id) => svc.schedules.cursor(id)).filter((c) => c !== undefined);
  for (const cursor of cursors) {
    if (cursor.throughMs >= untilMs) continue;
    if (budget <= 0) {
      work.more = true;
      break;
    }
    const assignment = svc.resources.get(cursor.assignmentId);
    const doc = assignment === undefined ? undefined : (readDoc(assignment) as AssignmentDoc);
    const policy = doc === undefined ? undefined : policyOf(svc, doc.policyId);
    const asset = doc === undefined ? undefined : svc.resources.get(doc.assetId);
    if (assignment === undefined || assignment.type !== ASSIGNMENT_TYPE || isGone(assignment) || policy === undefined || asset === undefined || asset.deleted_ms !== null) {
      svc.schedules.deleteCursor(cursor.assignmentId);
      continue;
    }
    const slots = policySlots(policy.schedules, cursor.throughMs, untilMs, regionTimeZone(assignment.region));
    const take = slots.slice(0, budget);
    // Member volumes are read once per pass, not once per slot.
    const rows = new Map<string, ResourceRow | undefined>();
    const lookup = (id: string) => {
      if (!rows.has(id)) rows.set(id, svc.resources.get(id));
      return rows.get(id);
    };
    for (const slot of take) {
      if (purgedBy(svc.lifecycle, slot.timeMs + slot.schedule.retentionSeconds * 1000, untilMs)) {
        svc.schedules.recordSlot(assignment.id, slot.period, slot.timeMs, EXPIRED_BEFORE_APPLIED);
        work.skipped += 1;
        continue;
      }
      const made = makeScheduledBackup(svc, asset, policy, slot, assignment.region, undefined, lookup);
      svc.schedules.recordSlot(assignment.id, slot.period, slot.timeMs, made.id);
      svc.schedules.addExpiry(made.id, made.expiresMs);
      if (policy.destinationRegion !== undefined && policy.destinationRegion !== assignment.region) {
        // The copy keeps the source's expiration (OCI: "the same retention period").
        const copy = makeScheduledBackup(svc, asset, policy, slot, policy.destinationRegion, made.id, lookup);
        svc.schedules.addExpiry(copy.id, copy.expiresMs);
      }
    }
    budget -= take.length;
    const through = take.length < slots.length ? take[take.length - 1]!.timeMs : untilMs;
    svc.schedules.setCursor(assignment.id, through);
    work.fired += take.length;
    if (through < untilMs) work.more = true;
  }
  if (options.assignmentIds === undefined) {
    const due = svc.schedules.dueExpiries(untilMs, Math.max(budget, 0) + 1);
    if (due.length > budget) work.more = true;
    for (const { backupId, expiresMs } of due.slice(0, Math.max(budget, 0))) {
      expire(svc, backupId, expiresMs);
      svc.schedules.deleteExpiry(backupId);
      work.expired += 1;
    }
  }
  return work;
}

/** Deletes an expired scheduled backup at its expiration time (TERMINATING → TERMINATED), members included. */
function expire(svc: ApiServices, backupId: string, atMs: number): void {
  const row = svc.resources.get(backupId);
  if (row === undefined) return;
  const targets = row.type === "volumegroupbackup" ? [row, ...svc.resources.listChildren(row.id, "volumebackup")] : [row];
  for (const target of targets) {
    settle(target, atMs);
    if (isEnding(target.state)) continue; // deleted by hand before it expired
    Object.assign(target, startTransition(svc.lifecycle, "TERMINATING", "TERMINATED", atMs));
    target.deleted_ms = atMs;
    target.etag = newEtag();
    target.updated_ms = atMs;
    svc.resources.update(target);
  }
}
