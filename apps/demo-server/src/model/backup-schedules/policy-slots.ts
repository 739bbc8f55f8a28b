import { scheduleSlots, slotDay, type BackupSchedule, type SchedulePeriod } from "./schedule-slots.js";

/** One due run of one schedule of a policy. */
export interface PolicySlot {
  /** The run time (epoch ms of server time). */
  readonly timeMs: number;
  /** The schedule's period: one schedule per period per policy, so this names the schedule. */
  readonly period: SchedulePeriod;
  readonly schedule: BackupSchedule;
}

/**
 * OCI runs at most one scheduled backup per asset per day, choosing yearly over monthly over weekly
 * over daily. Hourly schedules are outside the rule (ocikit's choice: OCI documents no hourly
 * schedules; treating them as lowest priority would make them daily).
 */
const DAY_PRIORITY: Partial<Record<SchedulePeriod, number>> = { ONE_YEAR: 4, ONE_MONTH: 3, ONE_WEEK: 2, ONE_DAY: 1 };

const DAY_MS = 86_400_000;

/**
 * The runs of a policy's schedules in (`afterMs`, `untilMs`], ascending by time (then by priority),
 * after the one-per-day rule. A run is dropped when a schedule of higher priority has a run on the
 * same day (each run's date on its own schedule's clock) — whether or not that run lies inside the
 * window, so splitting a window into steps never changes the result.
 */
export function policySlots(schedules: readonly BackupSchedule[], afterMs: number, untilMs: number, regionZone = "UTC"): PolicySlot[] {
  const slots: PolicySlot[] = [];
  const byPriority = schedules.filter((s) => DAY_PRIORITY[s.period] !== undefined);
  for (const schedule of schedules) {
    const own = scheduleSlots(schedule, afterMs, untilMs, regionZone);
    if (own.length === 0) continue;
    const rank = DAY_PRIORITY[schedule.period];
    const higher = rank === undefined ? [] : byPriority.filter((s) => DAY_PRIORITY[s.period]! > rank);
    // Days taken by higher-priority runs near the window (two days either side covers every zone).
    const taken = new Set<string>();
    for (const other of higher) {
      for (const t of scheduleSlots(other, own[0]! - 2 * DAY_MS, own[own.length - 1]! + 2 * DAY_MS, regionZone)) {
        taken.add(slotDay(other, t, regionZone));
      }
    }
    for (const timeMs of own) {
      if (taken.size > 0 && taken.has(slotDay(schedule, timeMs, regionZone))) continue;
      slots.push({ timeMs, period: schedule.period, schedule });
    }
  }
  return slots.sort((a, b) => a.timeMs - b.timeMs || (DAY_PRIORITY[b.period] ?? 0) - (DAY_PRIORITY[a.period] ?? 0));
}

/** The first run of the policy strictly after `afterMs` within `horizonMs`, or undefined (for the scheduler's sleep). */
export function nextPolicySlot(schedules: readonly BackupSchedule[], afterMs: number, horizonMs: number, regionZone = "UTC"): PolicySlot | undefined {
  // Widen the search in steps so a daily policy does not compute a year of runs to find the next one.
  for (let span = DAY_MS * 2; ; span *= 8) {
    const until = Math.min(afterMs + span, horizonMs);
    const [first] = policySlots(schedules, afterMs, until, regionZone);
    if (first !== undefined || until >= horizonMs) return first;
  }
}
