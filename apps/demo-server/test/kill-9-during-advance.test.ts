// Kill -9 during a clock advance (the built command, dist/main.js): an hourly policy on several volumes,
// an acknowledged advance, then a long advance killed mid-way. After the restart every slot up to each
// assignment's cursor — which covers the acknowledged time — has fired exactly once (one slot record and
// one backup per slot, none missing, none doubled), and nothing after it has.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { signRequest } from "@ocikit/signer";
import { afterAll, describe, expect, it } from "vitest";
import { identityFromConfig, tempDir } from "./demo-fixture.js";
import { spawnServer, type Running } from "./spawn-server.js";

const HOUR_MS = 3_600_000;
const OFFSET_S = 600; // hourly at :10
const VOLUMES = 8;


function startServer(dataDir: string): Promise<Running> {
  return spawnServer(["--port", "0", "--data", dataDir, "--lifecycle", "immediate"]);
}

describe("kill -9 during a clock advance", () => {
  const dir = tempDir();
  const servers: Running[] = [];
  afterAll(async () => {
    for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill("SIGKILL");
    await Promise.all(servers.map((s) => s.exited));
    rmSync(dir, { recursive: true, force: true });
  });

  it("fires every slot up to the cursor exactly once after the restart", async () => {
    const first = await startServer(dir);
    servers.push(first);
    const key = identityFromConfig(join(dir, "config"));
    const token = readFileSync(join(dir, "admin-token"), "utf8").trim();
    const compartmentId = /(ocid1\.compartment\.[^\s]+)/.exec(readFileSync(join(dir, "config"), "utf8"))?.[1] as string;
    const call = async (base: string, method: string, path: string, body?: unknown) => {
      const init: RequestInit = { method, headers: body !== undefined ? { "content-type": "application/json" } : {} };
      if (body !== undefined) init.body = JSON.stringify(body);
      const res = await fetch(await signRequest(new Request(`${base}/20160918${path}`, init), key));
      return { status: res.status, data: (await res.json()) as any };
    };
    const advance = (base: string, seconds: number) =>
      fetch(`${base}/_ocikit/clock`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ advanceSeconds: seconds }) });

    const policy = await call(first.url, "POST", "/volumeBackupPolicies", {
      compartmentId,
      displayName: "hourly",
      schedules: [{ backupType: "INCREMENTAL", period: "ONE_HOUR", offsetSeconds: OFFSET_S, retentionSeconds: 365 * 86_400 }],
    });
    expect(policy.status).toBe(200);
    for (let i = 0; i < VOLUMES; i++) {
      const volume = await call(first.url, "POST", "/volumes", { compartmentId, displayName: `v${i}` });
      expect((await call(first.url, "POST", "/volumeBackupPolicyAssignments", { assetId: volume.data.id, policyId: policy.data.id })).status).toBe(200);
    }
    const acked = (await (await advance(first.url, 86_400)).json()) as { now: string };
    const ackedMs = Date.parse(acked.now);

    // A long advance (8 volumes × 2 880 hourly slots), killed while it is being applied.
    const long = advance(first.url, 120 * 86_400).then(
      (res) => res.status,
      () => "no answer",
    );
    await new Promise((r) => setTimeout(r, 400));
    first.child.kill("SIGKILL");
    expect(await first.exited).toBe("SIGKILL");
    expect(await long).toBe("no answer");

    const second = await startServer(dir);
    servers.push(second);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);

    const db = new Database(join(dir, "state.db"), { readonly: true });
    try {
      const assignments = db
        .prepare("SELECT id, parent_id AS asset, created_ms FROM resources WHERE type = 'volumebackuppolicyassignment' AND deleted_ms IS NULL")
        .all() as Array<{ id: string; asset: string; created_ms: number }>;
      expect(assignments).toHaveLength(VOLUMES);
      for (const a of assignments) {
        const through = (db.prepare("SELECT through_ms FROM schedule_cursors WHERE assignment_id = ?").get(a.id) as { through_ms: number }).through_ms;
        expect(through).toBeGreaterThanOrEqual(ackedMs);
        // Hourly slots at :10 after the assignment and up to the cursor, by arithmetic.
        const expected: number[] = [];
        for (let t = Math.floor(a.created_ms / HOUR_MS) * HOUR_MS + OFFSET_S * 1000; t <= through; t += HOUR_MS) if (t > a.created_ms) expected.push(t);
        const fired = (db.prepare("SELECT slot_ms FROM backup_slots WHERE assignment_id = ? ORDER BY slot_ms").all(a.id) as Array<{ slot_ms: number }>).map((r) => r.slot_ms);
        expect(fired).toEqual(expected);
        // A slot whose backup expired and was purged before it was applied records "(expired)" and
        // writes no backup (nobody could ever see it); every other slot has exactly its one backup.
        const written = (db.prepare("SELECT slot_ms, backup_id FROM backup_slots WHERE assignment_id = ? AND backup_id != '(expired)' ORDER BY slot_ms").all(a.id) as Array<{ slot_ms: number; backup_id: string }>);
        const backups = db
          .prepare("SELECT id, json_extract(doc, '$.timeCreated') AS t FROM resources WHERE type = 'volumebackup' AND parent_id = ? ORDER BY created_ms")
          .all(a.asset) as Array<{ id: string; t: string }>;
        expect(backups.map((b) => [Date.parse(b.t), b.id])).toEqual(written.map((w) => [w.slot_ms, w.backup_id]));
        // The acknowledged day's slots were applied live, so their backups exist.
        expect(written.filter((w) => w.slot_ms <= ackedMs).length).toBeGreaterThan(0);
      }
    } finally {
      db.close();
    }
  }, 120_000);
});
