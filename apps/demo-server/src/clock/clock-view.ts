import type { BackupScheduler } from "../scheduler/backup-scheduler.js";
import type { ClockService } from "./clock-service.js";

/** What the admin API and the console show of the server clock. */
export interface ClockView {
  /** RFC 3339. */
  now: string;
  offsetSeconds: number;
}

function view(nowMs: number, offsetSeconds: number): ClockView {
  return { now: new Date(nowMs).toISOString(), offsetSeconds };
}

/** The server clock as stored now (on PostgreSQL another replica may have moved it). */
export async function readClockView(clock: ClockService): Promise<ClockView> {
  if (clock.shared) await clock.sync();
  return view(clock.nowMs(), clock.offsetSeconds());
}

/**
 * Moves the server clock forward by `seconds` and answers after every backup slot and expiry due up to
 * the new time has been applied. @throws ClockAdvanceError for a negative or fractional `seconds`.
 */
export async function advanceClockView(scheduler: BackupScheduler, seconds: unknown): Promise<ClockView> {
  const { nowMs, offsetSeconds } = await scheduler.advance(seconds);
  return view(nowMs, offsetSeconds);
}
