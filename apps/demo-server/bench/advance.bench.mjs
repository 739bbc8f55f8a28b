// Advance-a-year: POST /_ocikit/clock {"advanceSeconds": one year} on a demo server with an hourly
// schedule (1-day retention) on several volume groups, side by side with two bare better-sqlite3 floors
// of the same schema and durability, in transactions of the same size:
// - "slot records": one backup_slots row per slot — the least an exactly-once record needs;
// - "every backup": a group backup + member backups + slot + expiry row per slot, then every expiry
//   update — what applying the year naively (writing backups nobody can ever see) costs SQLite alone.
// Markdown to stdout, progress to stderr.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { createCoreClient } from "@ocikit/core";
import { fromConfigFile } from "@ocikit/signer/config";
import pg from "pg";
import { startDemoServer } from "../dist/index.js";
import { startEmbeddedCluster } from "../test/postgres/embedded-cluster.mjs";

const GROUPS = Number(process.env.OCIKIT_BENCH_GROUPS ?? 10);
const VOLUMES_PER_GROUP = 2;
const YEAR_S = 365 * 86_400;
const log = (line) => process.stderr.write(`${line}\n`);

async function demoAdvance(database) {
  const dataDir = mkdtempSync(join(tmpdir(), "ocikit-bench-advance-"));
  const server = await startDemoServer({ dataDir, port: 0, lifecycle: { mode: "immediate" }, log: () => {}, ...(database ? { database } : {}) });
  try {
    const client = createCoreClient({ endpoint: server.url, auth: fromConfigFile({ path: server.configPath }) });
    const compartmentId = server.compartmentId;
    const policy = await client.POST("/volumeBackupPolicies", {
      body: { compartmentId, displayName: "hourly", schedules: [{ backupType: "INCREMENTAL", period: "ONE_HOUR", offsetSeconds: 0, retentionSeconds: 86_400 }] },
    });
    for (let g = 0; g < GROUPS; g++) {
      const volumeIds = [];
      for (let v = 0; v < VOLUMES_PER_GROUP; v++) volumeIds.push((await client.POST("/volumes", { body: { compartmentId, sizeInGBs: 50 } })).data.id);
      const group = await client.POST("/volumeGroups", {
        body: { compartmentId, availabilityDomain: "Uocm:US-ASHBURN-AD-1", sourceDetails: { type: "volumeIds", volumeIds } },
      });
      await client.POST("/volumeBackupPolicyAssignments", { body: { assetId: group.data.id, policyId: policy.data.id } });
    }
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const res = await fetch(`${server.url}/_ocikit/clock`, {
      method: "POST",
      headers: { authorization: `Bearer ${server.adminToken}`, "content-type": "application/json" },
      body: JSON.stringify({ advanceSeconds: YEAR_S }),
    });
    if (res.status !== 200) throw new Error(`advance failed: ${res.status} ${await res.text()}`);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const cpu = process.cpuUsage(cpuBefore);
    const totals = server.scheduler.totals;
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, fired: totals.fired, skipped: totals.skipped, passes: totals.passes };
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
const ocid = (type) => `ocid1.${type}.oc1.iad.${Array.from({ length: 60 }, () => BASE32[Math.floor(Math.random() * 32)]).join("")}`;

/** Floor: one slot record per slot, bare. */
function floorSlots(slots) {
  const dir = mkdtempSync(join(tmpdir(), "ocikit-bench-floor-"));
  const db = new Database(join(dir, "floor.db"));
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.exec("CREATE TABLE backup_slots (assignment_id TEXT NOT NULL, period TEXT NOT NULL, slot_ms INTEGER NOT NULL, backup_id TEXT NOT NULL, PRIMARY KEY (assignment_id, period, slot_ms));");
    const slot = db.prepare("INSERT INTO backup_slots VALUES (?, 'ONE_HOUR', ?, '(expired)')");
    const assignments = Array.from({ length: GROUPS }, () => ocid("volumebackuppolicyassignment"));
    const started = process.hrtime.bigint();
    const write = db.transaction((from, to) => {
      for (let i = from; i < to; i++) slot.run(assignments[i % GROUPS], i * 3_600_000);
    });
    for (let n = 0; n < slots; n += 2000) write(n, Math.min(slots, n + 2000));
    return Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Floor: every backup written (group backup + members + slot + expiry row), then every expiry update, bare. */
function floor(slots, expiries) {
  const dir = mkdtempSync(join(tmpdir(), "ocikit-bench-floor-"));
  const db = new Database(join(dir, "floor.db"));
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.exec(`CREATE TABLE resources (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, tenancy_id TEXT NOT NULL,
      region TEXT NOT NULL, compartment_id TEXT NOT NULL, display_name TEXT NOT NULL, state TEXT NOT NULL, next_state TEXT, due_ms INTEGER,
      polls_needed INTEGER, polls INTEGER NOT NULL DEFAULT 0, parent_id TEXT, created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,
      deleted_ms INTEGER, etag TEXT NOT NULL, doc TEXT NOT NULL);
      CREATE INDEX resources_scope ON resources (tenancy_id, region, type, compartment_id);
      CREATE INDEX resources_parent ON resources (parent_id);
      CREATE TABLE backup_slots (assignment_id TEXT NOT NULL, period TEXT NOT NULL, slot_ms INTEGER NOT NULL, backup_id TEXT NOT NULL, PRIMARY KEY (assignment_id, period, slot_ms));
      CREATE TABLE backup_expiries (backup_id TEXT PRIMARY KEY, expires_ms INTEGER NOT NULL);
      CREATE INDEX backup_expiries_due ON backup_expiries (expires_ms);`);
    const insert = db.prepare(`INSERT INTO resources (id, type, tenancy_id, region, compartment_id, display_name, state, parent_id, created_ms, updated_ms, etag, doc)
      VALUES (?, ?, 't', 'us-ashburn-1', 'c', ?, 'AVAILABLE', ?, ?, ?, 'e', ?)`);
    const slot = db.prepare("INSERT INTO backup_slots VALUES (?, 'ONE_HOUR', ?, ?)");
    const expiry = db.prepare("INSERT INTO backup_expiries VALUES (?, ?)");
    const expire = db.prepare("UPDATE resources SET state = 'TERMINATED', deleted_ms = ?, etag = 'e2', updated_ms = ? WHERE id = ?");
    // Documents and ids of the size the server writes (random OCIDs: B-tree inserts land anywhere).
    const doc = JSON.stringify({ displayName: "hourly ONE_HOUR 2026-01-01T00:00:00Z", sourceType: "SCHEDULED", type: "INCREMENTAL", sizeInGBs: 100, compartmentId: ocid("compartment"), volumeBackupIds: [ocid("volumebackup"), ocid("volumebackup")], timeCreated: "2026-01-01T00:00:00.000Z", timeRequestReceived: "2026-01-01T00:00:00.000Z", expirationTime: "2026-01-02T00:00:00.000Z", volumeGroupId: ocid("volumegroup"), definedTags: {}, freeformTags: {} });
    const ids = Array.from({ length: slots }, () => ocid("volumegroupbackup"));
    const started = process.hrtime.bigint();
    const BATCH = 2000;
    let n = 0;
    const write = db.transaction((from, to) => {
      for (let i = from; i < to; i++) {
        const id = ids[i];
        insert.run(id, "volumegroupbackup", "hourly", "group", i, i, doc);
        for (let m = 0; m < VOLUMES_PER_GROUP; m++) insert.run(`${id}-${m}`, "volumebackup", "hourly", id, i, i, doc);
        slot.run(`a-${i % GROUPS}`, i, id);
        expiry.run(id, i + 86_400_000);
      }
    });
    for (; n < slots; n += BATCH) write(n, Math.min(slots, n + BATCH));
    const expireBatch = db.transaction((from, to) => {
      for (let i = from; i < to; i++) {
        const id = ids[i];
        expire.run(i, i, id);
        for (let m = 0; m < VOLUMES_PER_GROUP; m++) expire.run(i, i, `${id}-${m}`);
        db.prepare("DELETE FROM backup_expiries WHERE backup_id = ?").run(id);
      }
    });
    for (n = 0; n < expiries; n += BATCH) expireBatch(n, Math.min(expiries, n + BATCH));
    return Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

log(`advance-a-year: ${GROUPS} volume groups × ${VOLUMES_PER_GROUP} volumes, hourly schedule, 1-day retention`);
const demo = await demoAdvance();
log(`demo: ${demo.ms.toFixed(0)} ms, ${demo.fired} slots, ${demo.skipped} not written, ${demo.passes} passes`);
const slotsMs = floorSlots(demo.fired);
log(`floor (slot records): ${slotsMs.toFixed(0)} ms`);
// The naive floor is measured on a sample of the slots (it takes a minute in full) and scaled per slot.
const SAMPLE = Math.min(demo.fired, 20_000);
const floorMs = (floor(SAMPLE, SAMPLE) * demo.fired) / SAMPLE;
log(`floor (every backup, ${SAMPLE} slots scaled to ${demo.fired}): ${floorMs.toFixed(0)} ms`);
const perSlotUs = (demo.ms * 1000) / demo.fired;

/** The same advance with the state in PostgreSQL (embedded, or OCIKIT_BENCH_DATABASE_URL's server). */
async function postgresAdvance() {
  const cluster = process.env.OCIKIT_BENCH_DATABASE_URL ? undefined : await startEmbeddedCluster();
  try {
    const adminUrl = process.env.OCIKIT_BENCH_DATABASE_URL ?? cluster.adminUrl;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const dbName = `ocikit_bench_advance_${process.pid}`;
    await admin.query(`CREATE DATABASE ${dbName}`);
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    try {
      return await demoAdvance(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  } finally {
    await cluster?.stop();
  }
}
const onPg = process.env.OCIKIT_BENCH_SKIP_PG ? undefined : await postgresAdvance();
if (onPg) log(`demo on PostgreSQL: ${onPg.ms.toFixed(0)} ms, ${onPg.fired} slots, ${onPg.passes} passes`);
const pgRow = onPg
  ? `| advance one year, state in PostgreSQL | ${onPg.fired.toLocaleString("en-US")} | ${(onPg.fired - onPg.skipped).toLocaleString("en-US")} | ${(onPg.ms / 1000).toFixed(2)} s (server CPU ${(onPg.cpuMs / 1000).toFixed(2)} s, ${onPg.passes} transactions) | ${((onPg.ms * 1000) / onPg.fired).toFixed(1)} µs | ${(slotsMs / 1000).toFixed(2)} s | ${(floorMs / 1000).toFixed(2)} s | ${(slotsMs / onPg.ms).toFixed(2)}× | ${(floorMs / onPg.ms).toFixed(2)}× | seconds, not minutes |\n`
  : "";
process.stdout.write(`### Demo server: advance the clock one year (hourly schedule on ${GROUPS} volume groups of ${VOLUMES_PER_GROUP} volumes)

One \`POST /_ocikit/clock {"advanceSeconds": 31536000}\`, answered after every slot and expiry is applied.
Every slot records that it fired; a backup that would already be purged (expired, and past the hour a
terminated resource stays visible) when its slot is applied is not written — no caller could ever see
it — so only the last day's backups (a group backup + ${VOLUMES_PER_GROUP} member backups each) are written.
References: bare better-sqlite3 files of the same schema (WAL, synchronous=FULL), transactions of 2 000;
the "every backup" floor is measured on ${SAMPLE.toLocaleString("en-US")} slots and scaled per slot.

| what | slots | backups written | elapsed | per slot | floor: slot records only | floor: every backup written and expired | slot floor / demo | backup floor / demo | target |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---|
| advance one year | ${demo.fired.toLocaleString("en-US")} | ${(demo.fired - demo.skipped).toLocaleString("en-US")} | ${(demo.ms / 1000).toFixed(2)} s (CPU ${(demo.cpuMs / 1000).toFixed(2)} s, ${demo.passes} transactions) | ${perSlotUs.toFixed(1)} µs | ${(slotsMs / 1000).toFixed(2)} s | ${(floorMs / 1000).toFixed(2)} s | ${(slotsMs / demo.ms).toFixed(2)}× | ${(floorMs / demo.ms).toFixed(2)}× | seconds, not minutes |
${pgRow}`);
