import type { ClockState, ServerClock } from "../clock/server-clock.js";
import type { WriteBatcher } from "../db/write-batcher.js";
import type { ApiServices } from "../handlers/api-context.js";
import { readDoc } from "../handlers/resource-helpers.js";
import { nextPolicySlot } from "../model/backup-schedules/policy-slots.js";
import { regionTimeZone } from "../model/backup-schedules/region-time-zones.js";
import { policyOf, type AssignmentDoc } from "../policies/policy-lookup.js";
import { applyDueSlots, type AppliedWork } from "./apply-due-slots.js";

/** Longest timer node accepts (about 24.8 days); a later wake-up re-plans. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** How far ahead the planner looks for an assignment's next slot (a yearly schedule fits). */
const PLAN_HORIZON_MS = 400 * 86_400_000;

export interface BackupSchedulerDeps {
  svc: ApiServices;
  writes: WriteBatcher;
  clock: ServerClock;
  /** Persists the clock (runs inside a write transaction). */
  saveClock: (state: ClockState) => void;
  log: (line: string) => void;
  setTimer?: (fn: () => void, ms: number) => { unref?: () => void };
  clearTimer?: (timer: unknown) => void;
}

/** Totals since start (diagnostics, the bench and tests). */
export interface SchedulerTotals extends Omit<AppliedWork, "more"> {
  passes: number;
  wakeUps: number;
}

/**
 * Runs the backup schedules on the server clock. It sleeps until the next due slot or expiry (one
 * timer, never a polling loop), then applies everything due in bounded write transactions. A clock
 * advance applies everything due up to the new time before it resolves. State lives in the
 * database only (cursors, fired slots, expiries), so a restart resumes exactly where it stopped.
 */
export class BackupScheduler {
  readonly #deps: BackupSchedulerDeps;
  #timer: unknown;
  #chain: Promise<unknown> = Promise.resolve();
  #stopped = false;
  #replan = false;
  readonly totals: SchedulerTotals = { fired: 0, skipped: 0, expired: 0, passes: 0, wakeUps: 0 };

  constructor(deps: BackupSchedulerDeps) {
    this.#deps = deps;
  }

  /** Applies what fell due while the server was down, then sleeps until the next slot. */
  start(): Promise<void> {
    return this.catchUp();
  }

  /** Applies every slot and expiry due at or before `untilMs` (default: now); resolves after commit. */
  catchUp(untilMs?: number): Promise<void> {
    const run = this.#chain.then(async () => {
      if (this.#stopped) return;
      const until = untilMs ?? this.#deps.clock.nowMs();
      for (;;) {
        const work = await this.#deps.writes.run(() => applyDueSlots(this.#deps.svc, until));
        this.totals.fired += work.fired;
        this.totals.skipped += work.skipped;
        this.totals.expired += work.expired;
        this.totals.passes += 1;
        if (!work.more || this.#stopped) break;
      }
      this.#arm();
    });
    this.#chain = run.catch(() => undefined);
    return run;
  }

  /** Moves the server clock forward, persists it, and resolves once everything due up to then is applied. */
  async advance(seconds: unknown): Promise<{ nowMs: number; offsetSeconds: number }> {
    const target = this.#deps.clock.advance(seconds);
    await this.#deps.writes.run(() => this.#deps.saveClock(this.#deps.clock.state()));
    await this.catchUp(target);
    return { nowMs: target, offsetSeconds: this.#deps.clock.offsetSeconds() };
  }

  /** Assignments or schedules changed: plan the next wake-up again (after the current turn). */
  changed(): void {
    if (this.#replan || this.#stopped) return;
    this.#replan = true;
    setImmediate(() => {
      this.#replan = false;
      this.#chain = this.#chain.then(() => this.#arm());
    });
  }

  /** Stops the timer and waits for the pass in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#clear();
    await this.#chain;
  }

  /** The next server time something is due, or undefined when nothing is planned. */
  nextDueMs(): number | undefined {
    const { svc } = this.#deps;
    let next = svc.schedules.nextExpiryMs();
    for (const cursor of svc.schedules.cursors()) {
      const row = svc.resources.get(cursor.assignmentId);
      if (row === undefined) continue;
      const policy = policyOf(svc, (readDoc(row) as AssignmentDoc).policyId);
      if (policy === undefined) continue;
      const slot = nextPolicySlot(policy.schedules, cursor.throughMs, cursor.throughMs + PLAN_HORIZON_MS, regionTimeZone(row.region));
      // Nothing within the horizon: wake at its end to look further.
      const due = slot?.timeMs ?? cursor.throughMs + PLAN_HORIZON_MS;
      if (next === undefined || due < next) next = due;
    }
    return next;
  }

  #clear(): void {
    if (this.#timer !== undefined) (this.#deps.clearTimer ?? ((t) => clearTimeout(t as NodeJS.Timeout)))(this.#timer);
    this.#timer = undefined;
  }

  #arm(): void {
    this.#clear();
    if (this.#stopped) return;
    const next = this.nextDueMs();
    if (next === undefined) return;
    const delay = Math.min(Math.max(0, next - this.#deps.clock.nowMs()), MAX_TIMER_MS);
    const timer = (this.#deps.setTimer ?? setTimeout)(() => {
      this.#timer = undefined;
      this.totals.wakeUps += 1;
      this.catchUp().catch((error: unknown) => this.#deps.log(`backup scheduler: ${String(error)}`));
    }, delay);
    timer.unref?.();
    this.#timer = timer;
  }
}
