// Property: for random policies, assignments and clock advances, advancing in random steps — with a
// server restart (same data dir) between some of them — leaves exactly the same backups as one
// advance over the whole window. Real and client time are frozen, so both runs see the same instants.
import { rmSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startFixture, tempDir, type Fixture } from "../../test/demo-fixture.js";

const T0 = Date.parse("2026-10-20T09:30:00Z"); // the window crosses the end of US and EU daylight saving
const frozen = () => new Date(T0);
const HOUR = 3600;
const DAY = 86_400;
const GOLD = "ocid1.volumebackuppolicy.oc1..aaaaaaaagcremuefit7dpcnjpdrtphjk4bwm3emm55t6cghctt2m6iyyjdva";

const schedule = fc.record(
  {
    backupType: fc.constantFrom("FULL", "INCREMENTAL"),
    period: fc.constantFrom("ONE_HOUR", "ONE_DAY", "ONE_WEEK", "ONE_MONTH", "ONE_YEAR"),
    offsetType: fc.constantFrom("STRUCTURED", "NUMERIC_SECONDS", undefined),
    offsetSeconds: fc.integer({ min: 0, max: 3599 }),
    hourOfDay: fc.integer({ min: 0, max: 23 }),
    dayOfWeek: fc.constantFrom("MONDAY", "WEDNESDAY", "SUNDAY"),
    dayOfMonth: fc.integer({ min: 1, max: 31 }),
    month: fc.constantFrom("JANUARY", "OCTOBER", "NOVEMBER"),
    timeZone: fc.constantFrom("UTC", "REGIONAL_DATA_CENTER_TIME"),
    retentionSeconds: fc.integer({ min: HOUR, max: 20 * DAY }),
  },
  { requiredKeys: ["backupType", "period", "retentionSeconds"] },
);
// One schedule per period, as OCI requires.
const schedules = fc.uniqueArray(schedule, { selector: (s) => s.period, minLength: 1, maxLength: 5 });

const scenario = fc.record({
  policies: fc.array(schedules, { minLength: 1, maxLength: 3 }),
  // Each asset: a standalone volume or a one-volume group, and which policy it gets (-1 = gold, volumes only).
  assets: fc.array(fc.record({ group: fc.boolean(), policy: fc.integer({ min: -1, max: 2 }) }), { minLength: 1, maxLength: 3 }),
  // Steps in seconds (short ones cut days between a schedule's run and a higher-priority one); their sum is the window.
  steps: fc.array(fc.oneof(fc.integer({ min: 0, max: DAY }), fc.integer({ min: 0, max: 9 * DAY })), { minLength: 1, maxLength: 6 }),
  // Restart after a step about a third of the time (a restart costs a server start).
  restarts: fc.array(fc.constantFrom(true, false, false), { minLength: 6, maxLength: 6 }),
});
type Scenario = {
  policies: Array<Array<Record<string, unknown>>>;
  assets: Array<{ group: boolean; policy: number }>;
  steps: number[];
  restarts: boolean[];
};

async function admin(f: Fixture, body: unknown): Promise<void> {
  const res = await f.admin("POST", "/_ocikit/clock", body);
  if (res.status !== 200) throw new Error(`advance failed: ${res.status} ${await res.text()}`);
}

async function setUp(f: Fixture, s: Scenario, compartmentId: string): Promise<string[]> {
  const policyIds: string[] = [];
  for (const [i, list] of s.policies.entries()) {
    const res = await f.api("POST", "/volumeBackupPolicies", { compartmentId, displayName: `p${i}`, schedules: list });
    if (res.status !== 200) throw new Error(JSON.stringify(res.error));
    policyIds.push(res.data.id);
  }
  const assignmentIds: string[] = [];
  for (const [i, asset] of s.assets.entries()) {
    const volume = await f.api("POST", "/volumes", { compartmentId, displayName: `asset${i}`, sizeInGBs: 50 });
    let assetId = volume.data.id as string;
    if (asset.group) {
      const group = await f.api("POST", "/volumeGroups", {
        compartmentId,
        availabilityDomain: "Uocm:US-ASHBURN-AD-1",
        displayName: `asset${i}`,
        sourceDetails: { type: "volumeIds", volumeIds: [assetId] },
      });
      assetId = group.data.id;
    }
    const policyId = asset.policy < 0 && !asset.group ? GOLD : policyIds[Math.abs(asset.policy) % policyIds.length]!;
    const res = await f.api("POST", "/volumeBackupPolicyAssignments", { assetId, policyId });
    if (res.status !== 200) throw new Error(JSON.stringify(res.error));
    assignmentIds.push(res.data.id);
  }
  return assignmentIds;
}

/** Stops a finished run's assignments, so later runs on the same server do not pay for them. */
async function tearDown(f: Fixture, assignmentIds: string[]): Promise<void> {
  for (const id of assignmentIds) await f.api("DELETE", `/volumeBackupPolicyAssignments/${id}`);
}

/** Every backup of the compartment, as comparable text (no OCIDs: they are random per server). */
async function snapshot(f: Fixture, compartmentId: string): Promise<string[]> {
  const out: string[] = [];
  for (const kind of ["volumeGroupBackups", "volumeBackups"]) {
    let page: string | null = null;
    do {
      const query: string = `compartmentId=${compartmentId}&limit=1000&sortOrder=ASC${page === null ? "" : `&page=${encodeURIComponent(page)}`}`;
      const res = await f.api("GET", `/${kind}?${query}`);
      for (const b of res.data) out.push([kind, b.displayName, b.type, b.timeCreated, b.expirationTime, b.lifecycleState, b.sizeInGBs].join("|"));
      page = res.headers.get("opc-next-page");
    } while (page !== null);
  }
  return out.sort();
}

// A known hard case, always run first: a daily run at 00:00 and the weekly one at 12:00 on Sunday
// 25 October, with a step that ends on that Sunday morning (the daily must still lose).
const sundayCut: Scenario = {
  policies: [[
    { backupType: "INCREMENTAL", period: "ONE_DAY", offsetType: "STRUCTURED", hourOfDay: 0, retentionSeconds: 10 * DAY },
    { backupType: "FULL", period: "ONE_WEEK", offsetType: "STRUCTURED", dayOfWeek: "SUNDAY", hourOfDay: 12, retentionSeconds: 10 * DAY },
  ]],
  assets: [{ group: false, policy: 0 }],
  steps: [(Date.parse("2026-10-25T06:00:00Z") - T0) / 1000, DAY],
  restarts: [false, false, false, false, false, false],
};

describe("scheduler: stepwise advances with restarts ≡ one advance", () => {
  it("holds for random policies, assignments and steps", async () => {
    // Two long-lived servers at the same server time: `whole` advances each run's window at once,
    // `stepped` in the run's steps with restarts. Each run lives in its own compartment.
    const wholeDir = tempDir();
    const steppedDir = tempDir();
    const whole = await startFixture({ now: frozen, dataDir: wholeDir }, frozen);
    let stepped = await startFixture({ now: frozen, dataDir: steppedDir }, frozen);
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(scenario, async (raw) => {
          const s = raw as Scenario;
          const compartmentId = `ocid1.compartment.oc1..aaaaaaaaproperty${run++}`;
          const total = s.steps.reduce((a, b) => a + b, 0);
          const wholeAssignments = await setUp(whole, s, compartmentId);
          const steppedAssignments = await setUp(stepped, s, compartmentId);
          await admin(whole, { advanceSeconds: total });
          for (const [i, step] of s.steps.entries()) {
            await admin(stepped, { advanceSeconds: step });
            if (s.restarts[i] === true) {
              await stepped.close();
              stepped = await startFixture({ now: frozen, dataDir: steppedDir }, frozen);
            }
          }
          expect(await snapshot(stepped, compartmentId)).toEqual(await snapshot(whole, compartmentId));
          await tearDown(whole, wholeAssignments);
          await tearDown(stepped, steppedAssignments);
        }),
        {
          numRuns: Number(process.env.OCIKIT_PROPERTY_RUNS ?? 20),
          seed: 20261202,
          endOnFailure: true,
          examples: [[sundayCut]],
        },
      );
    } finally {
      await whole.close();
      await stepped.close();
      rmSync(wholeDir, { recursive: true, force: true });
      rmSync(steppedDir, { recursive: true, force: true });
    }
  }, 300_000);
});
