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
    replicas = await startReplicas(db.url, 3, { now: frozen, lifecycle: { mode: "immediate" } });
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

  it("one advance on one replica while the others catch up at the same moment: each slot fired exactly once", async () => {
    // Replica 0 moves the clock; replicas 1 and 2 keep catching up to the (shared) clock meanwhile.
    let advancing = true;
    const racers = [1, 2].map(async (i) => {
      let rounds = 0;
      while (advancing || rounds < 2) {
        await clock(at(i), { advanceSeconds: 0 });
        rounds++;
      }
      return rounds;
    });
    const advanced = await clock(at(0), { advanceSeconds: DAYS * DAY });
    // Acknowledged only once everything due is applied: the backups are all there right now.
    const atAck = await scheduledBackups();
    advancing = false;
    await Promise.all(racers);
    expect(advanced.offsetSeconds).toBe(DAYS * DAY);
    const expected = ASSETS * DAYS * 24; // an hourly slot every hour after each assignment's creation
    expect(atAck.reduce((n, r) => n + r.n, 0)).toBe(expected);
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

  it("the clock is the database's: every replica shows the advanced time, and resources there use it", async () => {
    const shown = await Promise.all(replicas.map((r) => clock(r)));
    expect(new Set(shown.map((s) => s.now)).size).toBe(1);
    expect(Date.parse(shown[0]?.now as string)).toBe(T0 + DAYS * DAY * 1000);
    const made = await at(2).api("POST", "/volumes", { compartmentId: at(2).server.compartmentId, displayName: "later", sizeInGBs: 50 });
    expect(made.data.timeCreated).toBe(new Date(T0 + DAYS * DAY * 1000).toISOString());
    // Advances on different replicas add up (one transaction each on the stored clock).
    await Promise.all([clock(at(1), { advanceSeconds: HOUR }), clock(at(2), { advanceSeconds: HOUR })]);
    expect((await clock(at(0))).offsetSeconds).toBe(DAYS * DAY + 2 * HOUR);
    const rows = await scheduledBackups();
    expect(rows.filter((r) => r.n > 1)).toEqual([]);
    expect(rows).toHaveLength(ASSETS * (DAYS * 24 + 2));
  }, 120_000);
});
