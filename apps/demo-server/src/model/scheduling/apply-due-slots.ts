import type { ResourceRow, StoreReader, StoreTransaction } from "../../store/store.js";
import { nextPolicySlot, policySlots } from "../backup-schedules/policy-slots.js";
import { regionTimeZone } from "../backup-schedules/region-time-zones.js";
import { TERMINATED_VISIBLE_MS, type LifecyclePolicy } from "../lifecycle.js";
import { ASSIGNMENT_TYPE, isGone, policyOf, type AssignmentDoc } from "../policies/policy-lookup.js";
import { readDoc } from "../resources.js";
import { expireBackup } from "./expire-backup.js";
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

export interface ApplyOptions {
  budget?: number;
  /** Only these assignments (catching them up before they change); expiries are then left alone. */
  assignmentIds?: readonly string[];
}

/**
 * Applies, inside the caller's transaction, every scheduled-backup slot and every expiry due at or
 * before `untilMs` — up to `budget` of them; call again while `more`.
 *
 * Exactly once: a slot fires only when it lies after its assignment's cursor; the backup, its
 * `backup_slots` record (a unique constraint refuses a second one) and the advanced cursor commit
 * together. A crash before the commit loses all three, so the slot fires after the restart instead; a
 * concurrent pass (another replica) either conflicts and reruns (then finds the cursor moved) or fails
 * on the unique constraint and rolls back everything it made.
 */
export async function applyDueSlots(tx: StoreTransaction, lifecycle: LifecyclePolicy, untilMs: number, options: ApplyOptions = {}): Promise<AppliedWork> {
  let budget = options.budget ?? DEFAULT_PASS_BUDGET;
  const work: AppliedWork = { fired: 0, skipped: 0, expired: 0, more: false };
  const cursors =
    options.assignmentIds === undefined
      ? await tx.listScheduleCursors()
      : (await Promise.all(options.assignmentIds.map(async (id) => ({ assignmentId: id, throughMs: await tx.getScheduleCursor(id) })))).filter(
          (c): c is { assignmentId: string; throughMs: number } => c.throughMs !== undefined,
        );
  for (const cursor of cursors) {
    if (cursor.throughMs >= untilMs) continue;
    if (budget <= 0) {
      work.more = true;
      break;
    }
    const assignment = await tx.getResource(cursor.assignmentId);
    const doc = assignment === undefined ? undefined : (readDoc(assignment) as AssignmentDoc);
    const policy = doc === undefined ? undefined : await policyOf(tx, doc.policyId);
    const asset = doc === undefined ? undefined : await tx.getResource(doc.assetId);
    if (assignment === undefined || assignment.type !== ASSIGNMENT_TYPE || isGone(assignment) || policy === undefined || asset === undefined || asset.deleted_ms !== null) {
      await tx.deleteScheduleCursor(cursor.assignmentId);
      continue;
    }
    const slots = policySlots(policy.schedules, cursor.throughMs, untilMs, regionTimeZone(assignment.region));
    const take = slots.slice(0, budget);
    // Member volumes are read once per pass, not once per slot.
    const rows = new Map<string, Promise<ResourceRow | undefined>>();
    const lookup = (id: string) => {
      let row = rows.get(id);
      if (row === undefined) {
        row = tx.getResource(id);
        rows.set(id, row);
      }
      return row;
    };
    for (const slot of take) {
      const record = { assignmentId: assignment.id, period: slot.period, slotMs: slot.timeMs };
      if (purgedBy(lifecycle, slot.timeMs + slot.schedule.retentionSeconds * 1000, untilMs)) {
        await tx.recordSlot({ ...record, backupId: EXPIRED_BEFORE_APPLIED });
        work.skipped += 1;
        continue;
      }
      const made = await makeScheduledBackup(tx, lifecycle, asset, policy, slot, assignment.region, lookup);
      await tx.recordSlot({ ...record, backupId: made.id });
      await tx.addExpiry({ backupId: made.id, expiresMs: made.expiresMs });
      if (policy.destinationRegion !== undefined && policy.destinationRegion !== assignment.region) {
        // The copy keeps the source's expiration (OCI: "the same retention period").
        const copy = await makeScheduledBackup(tx, lifecycle, asset, policy, slot, policy.destinationRegion, lookup, made.id);
        await tx.addExpiry({ backupId: copy.id, expiresMs: copy.expiresMs });
      }
    }
    budget -= take.length;
    const through = take.length < slots.length ? (take[take.length - 1] as { timeMs: number }).timeMs : untilMs;
    await tx.setScheduleCursor(assignment.id, through);
    work.fired += take.length;
    if (through < untilMs) work.more = true;
  }
  if (options.assignmentIds === undefined) {
    const due = await tx.dueExpiries(untilMs, Math.max(budget, 0) + 1);
    if (due.length > budget) work.more = true;
    for (const { backupId, expiresMs } of due.slice(0, Math.max(budget, 0))) {
      await expireBackup(tx, lifecycle, backupId, expiresMs);
      await tx.deleteExpiry(backupId);
      work.expired += 1;
    }
  }
  return work;
}

/** How far ahead the planner looks for an assignment's next slot (a yearly schedule fits). */
export const PLAN_HORIZON_MS = 400 * 86_400_000;

/**
 * The next server time something is due (a slot of a live assignment, or an expiry), or undefined
 * when nothing is planned. Reads committed data only.
 */
export async function nextDueMs(reader: StoreReader): Promise<number | undefined> {
  let next = await reader.nextExpiryMs();
  for (const cursor of await reader.listScheduleCursors()) {
    const row = await reader.getResource(cursor.assignmentId);
    if (row === undefined || isGone(row)) continue;
    const policy = await policyOf(reader, (readDoc(row) as AssignmentDoc).policyId);
    if (policy === undefined) continue;
    // Nothing within the horizon: wake at its end to look further.
    const slot = nextPolicySlot(policy.schedules, cursor.throughMs, cursor.throughMs + PLAN_HORIZON_MS, regionTimeZone(row.region));
    const due = slot?.timeMs ?? cursor.throughMs + PLAN_HORIZON_MS;
    if (next === undefined || due < next) next = due;
  }
  return next;
}
