import type { ClockService } from "../clock/clock-service.js";
import type { LifecyclePolicy } from "../model/lifecycle.js";
import { applyDueSlots, DEFAULT_PASS_BUDGET, nextDueMs, type AppliedWork } from "../model/scheduling/apply-due-slots.js";
import { SlotAlreadyFiredError } from "../store/store-errors.js";
import type { Store } from "../store/store.js";

/** Longest timer node accepts (about 24.8 days); a later wake-up re-plans. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * Longest sleep when other processes share the store (PostgreSQL replicas): they may create
 * assignments or move the clock, so the plan is made again at least this often (a wake-up, not a loop).
 */
export const SHARED_REPLAN_MS = 10_000;
/** Passes in a row that may lose to another replica before a catch-up gives up (and retries later). */
const MAX_LOST_PASSES = 200;

/**
 * A pass that lost to another replica's concurrent pass (nothing of it was kept): the other fired one
 * of its slots first (the unique constraint), or the store gave up rerunning it after serialization
 * conflicts with passes that did commit. Either way the work is being done: look again.
 */
function lostRace(error: unknown): boolean {
  return error instanceof SlotAlreadyFiredError || (error as { code?: unknown }).code === "TRANSACTION_CONTENTION";
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface BackupSchedulerDeps {
  store: Store;
  clock: ClockService;
  lifecycle: LifecyclePolicy;
  /** Slots plus expiries per transaction; default {@link DEFAULT_PASS_BUDGET}. */
  passBudget?: number;
  log: (line: string) => void;
  setTimer?: (fn: () => void, ms: number) => { unref?: () => void };
  clearTimer?: (timer: unknown) => void;
}

/** Totals since start (diagnostics, the bench and tests). */
export interface SchedulerTotals extends Omit<AppliedWork, "more"> {
  passes: number;
  wakeUps: number;
  /** Passes rolled back because another replica had fired one of their slots first. */
  lostPasses: number;
}

/**
 * Runs the backup schedules on the server clock. It sleeps until the next due slot or expiry (one
 * timer, never a polling loop), then applies everything due in bounded transactions. A clock advance
 * applies everything due up to the new time before it resolves. State lives in the store only
 * (cursors, fired slots, expiries), so a restart resumes exactly where it stopped, and several
 * replicas on one PostgreSQL database can run at once: each slot's record is unique there.
 */
export class BackupScheduler {
  readonly #deps: BackupSchedulerDeps;
  #timer: unknown;
  #chain: Promise<unknown> = Promise.resolve();
  #stopped = false;
  #replan = false;
  readonly totals: SchedulerTotals = { fired: 0, skipped: 0, expired: 0, passes: 0, wakeUps: 0, lostPasses: 0 };

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
      const { store, clock, lifecycle } = this.#deps;
      if (untilMs === undefined && clock.shared) await clock.sync();
      const until = untilMs ?? clock.nowMs();
      let lost = 0;
      for (;;) {
        let work: AppliedWork;
        try {
          work = await store.transaction((tx) => applyDueSlots(tx, lifecycle, until, { budget: this.#deps.passBudget ?? DEFAULT_PASS_BUDGET }));
        } catch (error) {
          if (!lostRace(error) || ++lost > MAX_LOST_PASSES) throw error;
          this.totals.lostPasses += 1;
          // Jittered, so that the replica that won keeps going while this one waits a moment.
          await pause(Math.random() * 20);
          continue;
        }
        this.totals.fired += work.fired;
        this.totals.skipped += work.skipped;
        this.totals.expired += work.expired;
        this.totals.passes += 1;
        if (!work.more || this.#stopped) break;
      }
      await this.#arm();
    });
    this.#chain = run.catch(() => undefined);
    return run;
  }

  /** Moves the server clock forward (stored), and resolves once everything due up to then is applied. */
  async advance(seconds: unknown): Promise<{ nowMs: number; offsetSeconds: number }> {
    const target = await this.#deps.clock.advance(seconds);
    await this.catchUp(target);
    return { nowMs: target, offsetSeconds: this.#deps.clock.offsetSeconds() };
  }

  /**
   * Assignments or schedules changed: plan the next wake-up again once the change is committed (an
   * empty transaction queued after the current one resolves after its commit on SQLite; on PostgreSQL
   * the periodic re-plan covers a change made a moment later).
   */
  changed(): void {
    if (this.#replan || this.#stopped) return;
    this.#replan = true;
    const replan = () => {
      this.#replan = false;
      this.#chain = this.#chain.then(() => this.#arm()).catch((error: unknown) => this.#deps.log(`backup scheduler: ${String(error)}`));
    };
    this.#deps.store.transaction(async () => undefined).then(replan, replan);
  }

  /** Stops the timer and waits for the pass in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#clear();
    await this.#chain;
  }

  #clear(): void {
    if (this.#timer !== undefined) (this.#deps.clearTimer ?? ((t) => clearTimeout(t as NodeJS.Timeout)))(this.#timer);
    this.#timer = undefined;
  }

  async #arm(): Promise<void> {
    this.#clear();
    if (this.#stopped) return;
    const { store, clock } = this.#deps;
    const next = await nextDueMs(store);
    const cap = clock.shared ? SHARED_REPLAN_MS : MAX_TIMER_MS;
    if (next === undefined && !clock.shared) return;
    const delay = Math.min(next === undefined ? cap : Math.max(0, next - clock.nowMs()), cap);
    this.#clear();
    if (this.#stopped) return;
    const timer = (this.#deps.setTimer ?? setTimeout)(() => {
      this.#timer = undefined;
      this.totals.wakeUps += 1;
      this.catchUp().catch((error: unknown) => this.#deps.log(`backup scheduler: ${String(error)}`));
    }, delay);
    timer.unref?.();
    this.#timer = timer;
  }
}
