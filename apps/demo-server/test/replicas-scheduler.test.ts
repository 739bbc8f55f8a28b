// Three replicas on one PostgreSQL database run the backup scheduler at the same time: every
// (assignment, schedule, slot) still fires exactly once — the slot's record is a unique row written in
// the same transaction as its backup — and the server clock is the database's, so every replica shows
// and moves the same time.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeReplicas, startReplicas } from "./replicas.js";
import { useTestDatabase } from "./postgres/test-database.js";
import type { Fixture } from "./demo-fixture.js";

const T0 = Date.parse("2026-11-02T00:30:00Z");
const frozen = () => new Date(T0);
const HOUR = 3600;
const DAY = 86_400;
const ASSETS = 6;
const DAYS = 3;

describe("three replicas running the scheduler on one PostgreSQL", () => {
  const db = useTestDatabase();
  let replicas: Fixture[];
  const at = (i: number) => replicas[i % replicas.length] as Fixture;
  const assignmentIds: string[] = [];

  beforeAll(async () => {
    // Small passes (a few slots per transaction): the three catch-ups interleave many times.
    replicas = await startReplicas(db.url, 3, { now: frozen, lifecycle: { mode: "immediate" }, schedulerPassBudget: 5 });
    const compartmentId = at(0).server.compartmentId;
    const policy = await at(0).api("POST", "/volumeBackupPolicies", {
      compartmentId,
      displayName: "hourly",
      schedules: [{ backupType: "INCREMENTAL", period: "ONE_HOUR", offsetType: "NUMERIC_SECONDS", offsetSeconds: 0, retentionSeconds: 30 * DAY }],
    });
    expect(policy.status).toBe(200);
    for (let i = 0; i < ASSETS; i++) {
      const volume = await at(i).api("POST", "/volumes", { compartmentId, displayName: `v${i}`, sizeInGBs: 50 });
      const assigned = await at(i + 1).api("POST", "/volumeBackupPolicyAssignments", { assetId: volume.data.id, policyId: policy.data.id });
      expect(assigned.status).toBe(200);
      assignmentIds.push(assigned.data.id);
    }
  }, 120_000);
  afterAll(async () => closeReplicas(replicas));

  async function clock(f: Fixture, body?: unknown): Promise<{ now: string; offsetSeconds: number }> {
    const res = await f.admin(body === undefined ? "GET" : "POST", "/_ocikit/clock", body);
    const text = await res.text();
    if (res.status !== 200) throw new Error(`clock: ${res.status} ${text}`);
    return JSON.parse(text) as { now: string; offsetSeconds: number };
  }

  async function scheduledBackups(): Promise<Array<{ parent_id: string; display_name: string; n: number }>> {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ parent_id: string; display_name: string; n: number }>(
        "SELECT parent_id, display_name, count(*)::int AS n FROM resources WHERE type = 'volumebackup' AND doc LIKE '%\"sourceType\":\"SCHEDULED\"%' GROUP BY parent_id, display_name",
      );
      return rows;
    } finally {
      await client.end();
    }
  }

  it("advances on all three replicas at once, each catching up at the same moment: each slot fired exactly once", async () => {
    // Three advances of a day each, one per replica, at the same moment: they add up (one transaction
    // each on the stored clock), and the three catch-ups overlap, racing for the same slots.
    const acks = await Promise.all(
      replicas.map(async (r) => {
        const answer = await clock(r, { advanceSeconds: DAY });
        // Acknowledged only once everything due up to its new time is applied.
        const applied = (await scheduledBackups()).reduce((n, row) => n + row.n, 0);
        return { hours: (Date.parse(answer.now) - T0) / 3_600_000, applied };
      }),
    );
    for (const ack of acks) expect(ack.applied).toBeGreaterThanOrEqual(ASSETS * Math.floor(ack.hours + 0.5));
    expect(Math.max(...acks.map((a) => a.hours))).toBe(DAYS * 24);
    const expected = ASSETS * DAYS * 24; // an hourly slot every hour after each assignment's creation
    const rows = await scheduledBackups();
    expect(rows.filter((r) => r.n > 1)).toEqual([]); // no slot's backup twice
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((r) => r.parent_id)).size).toBe(ASSETS);
    // The slot records agree: 72 per assignment, each naming the backup that exists.
    for (const id of assignmentIds) {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows: slots } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM backup_slots WHERE assignment_id = $1", [id]);
      await client.end();
      expect(slots[0]?.n).toBe(DAYS * 24);
    }
  }, 180_000);

  it("the clock is the database's: an advance on one replica is the time of the next request on another", async () => {
    await clock(at(0), { advanceSeconds: HOUR });
    const later = new Date(T0 + (DAYS * DAY + HOUR) * 1000).toISOString();
    // Replica 2 has not been asked about the clock since: its API request itself reads the stored one.
    const made = await at(2).api("POST", "/volumes", { compartmentId: at(2).server.compartmentId, displayName: "later", sizeInGBs: 50 });
    expect(made.data.timeCreated).toBe(later);
    const shown = await Promise.all(replicas.map((r) => clock(r)));
    expect(shown.map((s) => s.now)).toEqual([later, later, later]);
    // Advances on different replicas add up (one transaction each on the stored clock).
    await Promise.all([clock(at(1), { advanceSeconds: HOUR }), clock(at(2), { advanceSeconds: HOUR })]);
    expect((await clock(at(0))).offsetSeconds).toBe(DAYS * DAY + 3 * HOUR);
    const rows = await scheduledBackups();
    expect(rows.filter((r) => r.n > 1)).toEqual([]);
    expect(rows).toHaveLength(ASSETS * (DAYS * 24 + 3));
  }, 120_000);
});
