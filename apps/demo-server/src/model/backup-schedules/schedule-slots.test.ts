import { describe, expect, it } from "vitest";
import { regionTimeZone } from "./region-time-zones.js";
import { scheduleSlots, type BackupSchedule } from "./schedule-slots.js";

// Every expected list below was worked out by hand from a calendar (2026-03-01 and 2026-03-08 are
// Sundays; US daylight saving starts 2026-03-08 and ends 2026-11-01; Berlin is UTC+2 in April;
// Tokyo is UTC+9 and Kolkata UTC+05:30 all year), not by the code under test.
const ms = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString().replace(".000Z", "Z");
const base = { backupType: "INCREMENTAL", retentionSeconds: 86_400 } as const;

const table: [name: string, schedule: BackupSchedule, region: string, after: string, until: string, expected: string[]][] = [
  ["hourly, 900 s past the hour", { ...base, period: "ONE_HOUR", offsetSeconds: 900 }, "us-ashburn-1",
    "2026-03-01T00:00:00Z", "2026-03-01T03:00:00Z", ["2026-03-01T00:15:00Z", "2026-03-01T01:15:00Z", "2026-03-01T02:15:00Z"]],
  ["hourly structured: on the hour; start excluded, end included", { ...base, period: "ONE_HOUR", offsetType: "STRUCTURED", offsetSeconds: 900 }, "us-ashburn-1",
    "2026-03-01T00:00:00Z", "2026-03-01T02:00:00Z", ["2026-03-01T01:00:00Z", "2026-03-01T02:00:00Z"]],
  ["hourly on Mumbai's clock (UTC+05:30): on the half hour of UTC", { ...base, period: "ONE_HOUR", timeZone: "REGIONAL_DATA_CENTER_TIME" }, "ap-mumbai-1",
    "2026-03-01T00:00:00Z", "2026-03-01T02:00:00Z", ["2026-03-01T00:30:00Z", "2026-03-01T01:30:00Z"]],
  ["daily, numeric 7200 s", { ...base, period: "ONE_DAY", offsetSeconds: 7200 }, "us-ashburn-1",
    "2026-03-01T00:00:00Z", "2026-03-04T00:00:00Z", ["2026-03-01T02:00:00Z", "2026-03-02T02:00:00Z", "2026-03-03T02:00:00Z"]],
  ["daily, offsetType omitted: hourOfDay ignored, offsetSeconds used", { ...base, period: "ONE_DAY", hourOfDay: 5, offsetSeconds: 3600 }, "us-ashburn-1",
    "2026-03-01T00:00:00Z", "2026-03-03T00:00:00Z", ["2026-03-01T01:00:00Z", "2026-03-02T01:00:00Z"]],
  ["daily, structured: offsetSeconds ignored", { ...base, period: "ONE_DAY", offsetType: "STRUCTURED", hourOfDay: 5, offsetSeconds: 3600 }, "us-ashburn-1",
    "2026-03-01T00:00:00Z", "2026-03-03T00:00:00Z", ["2026-03-01T05:00:00Z", "2026-03-02T05:00:00Z"]],
  ["daily 02:00 Ashburn time over spring-forward (02:00 does not exist on 8 March → 03:00 EDT)",
    { ...base, period: "ONE_DAY", offsetType: "STRUCTURED", hourOfDay: 2, timeZone: "REGIONAL_DATA_CENTER_TIME" }, "us-ashburn-1",
    "2026-03-07T00:00:00Z", "2026-03-10T00:00:00Z", ["2026-03-07T07:00:00Z", "2026-03-08T07:00:00Z", "2026-03-09T06:00:00Z"]],
  ["daily 01:00 Ashburn time over fall-back (01:00 happens twice on 1 November → the first, EDT)",
    { ...base, period: "ONE_DAY", offsetType: "STRUCTURED", hourOfDay: 1, timeZone: "REGIONAL_DATA_CENTER_TIME" }, "us-ashburn-1",
    "2026-10-31T00:00:00Z", "2026-11-03T00:00:00Z", ["2026-10-31T05:00:00Z", "2026-11-01T05:00:00Z", "2026-11-02T06:00:00Z"]],
  ["daily, UTC schedule ignores the region", { ...base, period: "ONE_DAY", offsetType: "STRUCTURED", hourOfDay: 1, timeZone: "UTC" }, "us-ashburn-1",
    "2026-10-31T00:00:00Z", "2026-11-03T00:00:00Z", ["2026-10-31T01:00:00Z", "2026-11-01T01:00:00Z", "2026-11-02T01:00:00Z"]],
  ["weekly structured, Sunday 03:00 UTC", { ...base, period: "ONE_WEEK", offsetType: "STRUCTURED", dayOfWeek: "SUNDAY", hourOfDay: 3 }, "us-ashburn-1",
    "2026-03-01T00:00:00Z", "2026-03-22T00:00:00Z", ["2026-03-01T03:00:00Z", "2026-03-08T03:00:00Z", "2026-03-15T03:00:00Z"]],
  ["weekly numeric: weeks start Monday, +2 d 1 h = Wednesday 01:00", { ...base, period: "ONE_WEEK", offsetSeconds: 2 * 86_400 + 3600 }, "us-ashburn-1",
    "2026-03-01T00:00:00Z", "2026-03-15T00:00:00Z", ["2026-03-04T01:00:00Z", "2026-03-11T01:00:00Z"]],
  ["weekly on Tokyo's clock, Sunday 03:00 JST = Saturday 18:00 UTC",
    { ...base, period: "ONE_WEEK", offsetType: "STRUCTURED", dayOfWeek: "SUNDAY", hourOfDay: 3, timeZone: "REGIONAL_DATA_CENTER_TIME" }, "ap-tokyo-1",
    "2026-03-01T00:00:00Z", "2026-03-15T00:00:00Z", ["2026-03-07T18:00:00Z", "2026-03-14T18:00:00Z"]],
  ["monthly on the 31st: the last day of shorter months", { ...base, period: "ONE_MONTH", offsetType: "STRUCTURED", dayOfMonth: 31 }, "us-ashburn-1",
    "2026-01-01T00:00:00Z", "2026-05-01T00:00:00Z", ["2026-01-31T00:00:00Z", "2026-02-28T00:00:00Z", "2026-03-31T00:00:00Z", "2026-04-30T00:00:00Z"]],
  ["monthly numeric 0: midnight of the 1st", { ...base, period: "ONE_MONTH", offsetSeconds: 0 }, "us-ashburn-1",
    "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", ["2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z"]],
  ["monthly on Frankfurt's clock (CEST, UTC+2)",
    { ...base, period: "ONE_MONTH", offsetType: "STRUCTURED", dayOfMonth: 1, timeZone: "REGIONAL_DATA_CENTER_TIME" }, "eu-frankfurt-1",
    "2026-03-15T00:00:00Z", "2026-05-15T00:00:00Z", ["2026-03-31T22:00:00Z", "2026-04-30T22:00:00Z"]],
  ["yearly on 29 February at noon: the 28th in common years", { ...base, period: "ONE_YEAR", offsetType: "STRUCTURED", month: "FEBRUARY", dayOfMonth: 29, hourOfDay: 12 }, "us-ashburn-1",
    "2026-01-01T00:00:00Z", "2029-01-01T00:00:00Z", ["2026-02-28T12:00:00Z", "2027-02-28T12:00:00Z", "2028-02-29T12:00:00Z"]],
  ["yearly numeric 31 days: 1 February", { ...base, period: "ONE_YEAR", offsetSeconds: 31 * 86_400 }, "us-ashburn-1",
    "2026-01-01T00:00:00Z", "2028-01-01T00:00:00Z", ["2026-02-01T00:00:00Z", "2027-02-01T00:00:00Z"]],
  ["an empty window", { ...base, period: "ONE_HOUR" }, "us-ashburn-1", "2026-03-01T00:00:00Z", "2026-03-01T00:00:00Z", []],
];

describe("scheduleSlots (hand-computed table)", () => {
  it.each(table)("%s", (_name, schedule, region, after, until, expected) => {
    expect(scheduleSlots(schedule, ms(after), ms(until), regionTimeZone(region)).map(iso)).toEqual(expected);
  });

  it.each(table.filter(([, , , , , expected]) => expected.length >= 2))("%s: split at every slot, the pieces add up to the whole", (_n, schedule, region, after, until, expected) => {
    const zone = regionTimeZone(region);
    const cuts = [ms(after), ...expected.map(ms).slice(0, -1), ms(until)];
    const pieces = cuts.slice(1).flatMap((end, i) => scheduleSlots(schedule, cuts[i]!, end, zone));
    expect(pieces.map(iso)).toEqual(expected);
  });
});
