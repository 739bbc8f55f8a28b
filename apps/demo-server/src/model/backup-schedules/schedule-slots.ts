import type { components } from "@ocikit/core/types";
import { ZoneClock } from "./zone-clock.js";

/** A schedule of a backup policy, as the spec defines it. */
export type BackupSchedule = components["schemas"]["VolumeBackupSchedule"];
export type SchedulePeriod = BackupSchedule["period"];

const SECOND_MS = 1000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The shortest length of each period, in seconds: a NUMERIC_SECONDS `offsetSeconds` must be below it
 * so every period has exactly one run (a month is taken as 28 days, a year as 365).
 */
export const PERIOD_MIN_SECONDS: Readonly<Record<SchedulePeriod, number>> = {
  ONE_HOUR: 3600,
  ONE_DAY: 86_400,
  ONE_WEEK: 7 * 86_400,
  ONE_MONTH: 28 * 86_400,
  ONE_YEAR: 365 * 86_400,
};

const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;
const MONTHS = [
  "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE",
  "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
] as const;

/** Whether a schedule uses its structured fields; omitted `offsetType` behaves as NUMERIC_SECONDS, as in OCI. */
export function isStructured(schedule: BackupSchedule): boolean {
  return schedule.offsetType === "STRUCTURED";
}

/** The IANA zone a schedule runs on: UTC, or the region's data-center time zone. */
export function scheduleZone(schedule: BackupSchedule, regionZone: string): string {
  return schedule.timeZone === "REGIONAL_DATA_CENTER_TIME" ? regionZone : "UTC";
}

const clocks = new Map<string, ZoneClock>();
/** A shared {@link ZoneClock} per zone (its offset memo makes repeated windows cheap). */
export function zoneClock(zone: string): ZoneClock {
  let clock = clocks.get(zone);
  if (clock === undefined) {
    clock = new ZoneClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Wall ms of the run inside the period that starts at `startWall` (local midnight / week / month / year start). */
function runWall(schedule: BackupSchedule, startWall: number): number {
  if (!isStructured(schedule)) return startWall + (schedule.offsetSeconds ?? 0) * SECOND_MS;
  const hour = (schedule.hourOfDay ?? 0) * HOUR_MS;
  const start = new Date(startWall);
  switch (schedule.period) {
    case "ONE_DAY":
      return startWall + hour;
    case "ONE_WEEK":
      return startWall + WEEKDAYS.indexOf(schedule.dayOfWeek ?? "MONDAY") * DAY_MS + hour;
    case "ONE_MONTH": {
      const day = Math.min(schedule.dayOfMonth ?? 1, daysInMonth(start.getUTCFullYear(), start.getUTCMonth()));
      return startWall + (day - 1) * DAY_MS + hour;
    }
    case "ONE_YEAR": {
      const monthIndex = MONTHS.indexOf(schedule.month ?? "JANUARY");
      const year = start.getUTCFullYear();
      const day = Math.min(schedule.dayOfMonth ?? 1, daysInMonth(year, monthIndex));
      return Date.UTC(year, monthIndex, day) + hour;
    }
    default:
      return startWall;
  }
}

/** Start (wall ms) of the period containing `wall`, and of the next one. */
function periodStart(period: Exclude<SchedulePeriod, "ONE_HOUR">, wall: number): number {
  const d = new Date(wall);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  switch (period) {
    case "ONE_DAY":
      return midnight;
    case "ONE_WEEK":
      return midnight - ((d.getUTCDay() + 6) % 7) * DAY_MS; // weeks start on Monday
    case "ONE_MONTH":
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    case "ONE_YEAR":
      return Date.UTC(d.getUTCFullYear(), 0, 1);
  }
}

function nextPeriodStart(period: Exclude<SchedulePeriod, "ONE_HOUR">, start: number): number {
  const d = new Date(start);
  switch (period) {
    case "ONE_DAY":
      return start + DAY_MS;
    case "ONE_WEEK":
      return start + 7 * DAY_MS;
    case "ONE_MONTH":
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    case "ONE_YEAR":
      return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  }
}

/**
 * The run times (epoch ms, ascending) of one schedule in the window (`afterMs`, `untilMs`]: the start
 * is excluded, the end included, so consecutive windows neither repeat nor miss a run.
 *
 * Rules (ocikit's reading of OCI's documentation, see README "Scheduled backups"):
 * - NUMERIC_SECONDS (also when `offsetType` is omitted): `offsetSeconds` after the start of each
 *   period on the schedule's clock; days start at 00:00, weeks on Monday 00:00, months on the 1st,
 *   years on 1 January. The structured fields are ignored.
 * - STRUCTURED: `hourOfDay` (default 0) of the day; `dayOfWeek` (default MONDAY) for weeks;
 *   `dayOfMonth` (default 1; past the month's end = its last day) for months and years; `month`
 *   (default JANUARY) for years. `offsetSeconds` is ignored.
 * - ONE_HOUR runs every hour at `offsetSeconds` past the hour of the schedule's clock (STRUCTURED: on
 *   the hour); whole-hour daylight-saving shifts do not move it.
 * - The clock is UTC, or the region's zone for REGIONAL_DATA_CENTER_TIME (see region-time-zones.ts);
 *   a wall time skipped by a daylight-saving change runs that much later, a repeated one runs once.
 */
export function scheduleSlots(schedule: BackupSchedule, afterMs: number, untilMs: number, regionZone = "UTC"): number[] {
  if (!(untilMs > afterMs)) return [];
  const clock = zoneClock(scheduleZone(schedule, regionZone));
  const slots: number[] = [];
  if (schedule.period === "ONE_HOUR") {
    const offset = isStructured(schedule) ? 0 : (schedule.offsetSeconds ?? 0) * SECOND_MS;
    const subHour = ((clock.offsetAt(afterMs) % HOUR_MS) + HOUR_MS) % HOUR_MS; // e.g. 30 min for UTC+05:30
    const phase = (((offset - subHour) % HOUR_MS) + HOUR_MS) % HOUR_MS;
    let t = Math.floor((afterMs - phase) / HOUR_MS) * HOUR_MS + phase;
    if (t <= afterMs) t += HOUR_MS;
    for (; t <= untilMs; t += HOUR_MS) slots.push(t);
    return slots;
  }
  const period = schedule.period;
  // Walk the periods on the wall clock from one before the window to one after it; keep runs inside.
  let start = periodStart(period, clock.toWall(afterMs) - DAY_MS);
  const lastWall = clock.toWall(untilMs) + DAY_MS;
  for (; start <= lastWall; start = nextPeriodStart(period, start)) {
    const t = clock.toInstant(runWall(schedule, start));
    if (t > afterMs && t <= untilMs && t !== slots[slots.length - 1]) slots.push(t);
  }
  return slots;
}

/** The local calendar date (YYYY-MM-DD) of an instant on a schedule's clock: the "day" of the one-per-day rule. */
export function slotDay(schedule: BackupSchedule, instantMs: number, regionZone = "UTC"): string {
  return new Date(zoneClock(scheduleZone(schedule, regionZone)).toWall(instantMs)).toISOString().slice(0, 10);
}
