import { describe, expect, it } from "vitest";
import { ORACLE_DEFINED_POLICIES, oracleDefinedPolicy } from "./oracle-defined-policies.js";
import { nextPolicySlot, policySlots } from "./policy-slots.js";
import { regionTimeZone } from "./region-time-zones.js";
import type { BackupSchedule } from "./schedule-slots.js";
import { scheduleProblem } from "./validate-schedules.js";

const ms = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString().replace(".000Z", "Z");
const base = { backupType: "INCREMENTAL", retentionSeconds: 86_400, offsetType: "STRUCTURED" } as const;
const daily: BackupSchedule = { ...base, period: "ONE_DAY", hourOfDay: 0 };
const weekly: BackupSchedule = { ...base, period: "ONE_WEEK", dayOfWeek: "SUNDAY", hourOfDay: 12 };
const monthly: BackupSchedule = { ...base, period: "ONE_MONTH", dayOfMonth: 1, hourOfDay: 6 };
const hourly: BackupSchedule = { ...base, period: "ONE_HOUR" };
const gold = oracleDefinedPolicy("ocid1.volumebackuppolicy.oc1..aaaaaaaagcremuefit7dpcnjpdrtphjk4bwm3emm55t6cghctt2m6iyyjdva")!;

// Expected runs by hand: "<time> <period>". One per day, yearly > monthly > weekly > daily; hourly apart.
const table: [name: string, schedules: BackupSchedule[], region: string, after: string, until: string, expected: string[]][] = [
  ["daily + weekly (Sunday 12:00) + monthly (1st 06:00): 1 March is monthly's, 8 March weekly's", [daily, weekly, monthly], "us-ashburn-1",
    "2026-02-27T00:00:00Z", "2026-03-08T23:00:00Z", [
      "2026-02-28T00:00:00Z ONE_DAY", "2026-03-01T06:00:00Z ONE_MONTH", "2026-03-02T00:00:00Z ONE_DAY", "2026-03-03T00:00:00Z ONE_DAY",
      "2026-03-04T00:00:00Z ONE_DAY", "2026-03-05T00:00:00Z ONE_DAY", "2026-03-06T00:00:00Z ONE_DAY", "2026-03-07T00:00:00Z ONE_DAY",
      "2026-03-08T12:00:00Z ONE_WEEK",
    ]],
  ["gold in Ashburn over New Year (00:00 EST = 05:00 UTC; 1 Jan 2027 is a Friday, 3 Jan a Sunday)", gold.schedules, "us-ashburn-1",
    "2026-12-31T00:00:00Z", "2027-01-05T00:00:00Z", [
      "2026-12-31T05:00:00Z ONE_DAY", "2027-01-01T05:00:00Z ONE_YEAR", "2027-01-02T05:00:00Z ONE_DAY", "2027-01-03T05:00:00Z ONE_WEEK",
      "2027-01-04T05:00:00Z ONE_DAY",
    ]],
  ["hourly is outside the one-per-day rule", [hourly, daily], "us-ashburn-1", "2026-03-01T22:00:00Z", "2026-03-02T01:00:00Z", [
    "2026-03-01T23:00:00Z ONE_HOUR", "2026-03-02T00:00:00Z ONE_DAY", "2026-03-02T00:00:00Z ONE_HOUR", "2026-03-02T01:00:00Z ONE_HOUR",
  ]],
  ["a policy with no schedules makes nothing", [], "us-ashburn-1", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", []],
];

describe("policySlots (hand-computed table)", () => {
  it.each(table)("%s", (_name, schedules, region, after, until, expected) => {
    const slots = policySlots(schedules, ms(after), ms(until), regionTimeZone(region));
    expect(slots.map((s) => `${iso(s.timeMs)} ${s.period}`)).toEqual(expected);
  });

  it("a daily run loses to a weekly run later that day even when the window ends between them", () => {
    const zone = regionTimeZone("us-ashburn-1");
    const first = policySlots([daily, weekly], ms("2026-03-07T12:00:00Z"), ms("2026-03-08T06:00:00Z"), zone);
    const second = policySlots([daily, weekly], ms("2026-03-08T06:00:00Z"), ms("2026-03-08T23:00:00Z"), zone);
    expect([...first, ...second].map((s) => `${iso(s.timeMs)} ${s.period}`)).toEqual(["2026-03-08T12:00:00Z ONE_WEEK"]);
  });

  it("nextPolicySlot finds the next run far ahead, and nothing past the horizon", () => {
    const yearlyOnly = gold.schedules.filter((s) => s.period === "ONE_YEAR");
    const zone = regionTimeZone("us-ashburn-1");
    expect(iso(nextPolicySlot(yearlyOnly, ms("2026-01-02T00:00:00Z"), ms("2030-01-01T00:00:00Z"), zone)!.timeMs)).toBe("2027-01-01T05:00:00Z");
    expect(nextPolicySlot(yearlyOnly, ms("2026-01-02T00:00:00Z"), ms("2026-12-31T00:00:00Z"), zone)).toBeUndefined();
  });
});

describe("Oracle-defined policies", () => {
  it("are silver, bronze and gold with OCI's global OCIDs", () => {
    expect(ORACLE_DEFINED_POLICIES.map((p) => [p.displayName, p.id, p.timeCreated])).toEqual([
      ["silver", "ocid1.volumebackuppolicy.oc1..aaaaaaaa7hwv7iscewqqcmyqe2zuzfce6setvckhbxduswtxf6ctew7e54ja", "2017-10-01T00:00:00.000Z"],
      ["bronze", "ocid1.volumebackuppolicy.oc1..aaaaaaaadrzfwjb5tflixtmy5axp2kx65uqakgnupfogabzjhtn5x5dfra6q", "2017-10-01T00:00:00.000Z"],
      ["gold", "ocid1.volumebackuppolicy.oc1..aaaaaaaagcremuefit7dpcnjpdrtphjk4bwm3emm55t6cghctt2m6iyyjdva", "2017-10-01T00:00:00.000Z"],
    ]);
  });

  it.each([
    ["gold", ["ONE_DAY 604800", "ONE_WEEK 2419200", "ONE_MONTH 31536000", "ONE_YEAR 157680000"]],
    ["silver", ["ONE_WEEK 2419200", "ONE_MONTH 31536000", "ONE_YEAR 157680000"]],
    ["bronze", ["ONE_MONTH 31536000", "ONE_YEAR 157680000"]],
  ])("%s has the documented periods and retentions, all incremental and valid", (name, expected) => {
    const policy = ORACLE_DEFINED_POLICIES.find((p) => p.displayName === name)!;
    expect(policy.schedules.map((s) => `${s.period} ${s.retentionSeconds}`)).toEqual(expected);
    expect(new Set(policy.schedules.map((s) => s.backupType))).toEqual(new Set(["INCREMENTAL"]));
    expect(scheduleProblem(policy.schedules)).toBeUndefined();
  });
});

describe("scheduleProblem", () => {
  it.each([
    [[daily, weekly], undefined],
    [[{ ...daily, offsetType: undefined, offsetSeconds: 86_399 }], undefined],
    [[weekly, { ...weekly, dayOfWeek: "MONDAY" }], /only one schedule per period.*ONE_WEEK/],
    [[{ ...daily, offsetType: undefined, offsetSeconds: 86_400 }], /offsetSeconds 86400 .*0 to 86399/],
    [[{ ...hourly, offsetType: "NUMERIC_SECONDS", offsetSeconds: 3600 }], /0 to 3599/],
    [[{ ...monthly, offsetType: "STRUCTURED", offsetSeconds: 99_999_999 }], undefined],
  ] as [BackupSchedule[], RegExp | undefined][])("%j → %s", (schedules, expected) => {
    const problem = scheduleProblem(schedules);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});
