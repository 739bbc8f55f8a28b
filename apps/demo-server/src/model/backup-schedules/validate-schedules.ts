import { isStructured, PERIOD_MIN_SECONDS, type BackupSchedule } from "./schedule-slots.js";

/**
 * The rules on a policy's schedules beyond what the spec's JSON schema checks (enums, types,
 * `retentionSeconds` required and ≥ 1, `hourOfDay` 0–23, `dayOfMonth` 1–31):
 * - one schedule per period (OCI rejects a second schedule of the same period);
 * - a NUMERIC_SECONDS offset (also when `offsetType` is omitted) lies inside the period, below
 *   {@link PERIOD_MIN_SECONDS}, so each period has exactly one run.
 * Returns a message that says what to fix, or undefined when the schedules are valid.
 */
export function scheduleProblem(schedules: readonly BackupSchedule[]): string | undefined {
  const seen = new Set<string>();
  for (const [index, schedule] of schedules.entries()) {
    if (seen.has(schedule.period)) {
      return `schedules[${index}]: a policy can have only one schedule per period, and ${schedule.period} appears twice; merge them or use another period.`;
    }
    seen.add(schedule.period);
    const offset = schedule.offsetSeconds;
    if (!isStructured(schedule) && offset !== undefined && offset >= PERIOD_MIN_SECONDS[schedule.period]) {
      return `schedules[${index}]: offsetSeconds ${offset} is not inside a ${schedule.period} period; use 0 to ${PERIOD_MIN_SECONDS[schedule.period] - 1}, or offsetType STRUCTURED.`;
    }
  }
  return undefined;
}
