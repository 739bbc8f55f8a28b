// Chaos (LocalStack style) against the real client: @ocikit/core with its default retries (and a sleep
// that does not wait) keeps creating through injected 429/500/503 faults, and — thanks to the retry token
// it sends with every attempt of one logical create — ends with exactly one resource per create, even
// when the fault hits AFTER the server committed the create (the lost-response case).
import { join } from "node:path";
import Database from "better-sqlite3";
import { createCoreClient, type CoreClient } from "@ocikit/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeGroup, startFixture, type Fixture } from "../../test/demo-fixture.js";
import type { FaultRule } from "./fault-injector.js";

const N = 40;

/** A seeded PRNG (mulberry32), so which requests fail is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Three rules that together fail ~30 % of `operation`'s calls with 429, 500 or 503. */
function thirtyPercent(operation: string, phase: "before" | "after"): FaultRule[] {
  return [
    { operation, phase, probability: 0.1, status: 429, code: "TooManyRequests" },
    { operation, phase, probability: 0.11, status: 500, code: "InternalServerError" },
    { operation, phase, probability: 0.125, status: 503, code: "ServiceUnavailable" },
  ];
}

let f: Fixture;
let client: CoreClient;
let groupId: string;
beforeEach(async () => {
  f = await startFixture({ random: seeded(20261127) });
  ({ groupId } = await makeGroup(f, 2));
  client = createCoreClient({ endpoint: f.server.url, auth: f.key, sleep: async () => {}, random: seeded(7) });
});
afterEach(() => f.close());

async function createAll(): Promise<{ volumeIds: string[]; backupIds: string[] }> {
  const compartmentId = f.server.compartmentId;
  const volumeIds: string[] = [];
  const backupIds: string[] = [];
  // 8 logical creates of each kind at a time.
  for (let i = 0; i < N; i += 8) {
    const batch = Array.from({ length: Math.min(8, N - i) }, (_, j) => i + j);
    const volumes = await Promise.all(batch.map((k) => client.POST("/volumes", { body: { compartmentId, displayName: `chaos-${k}` } })));
    const backups = await Promise.all(
      batch.map((k) => client.POST("/volumeGroupBackups", { body: { volumeGroupId: groupId, displayName: `chaos-${k}` } })),
    );
    for (const r of volumes) {
      expect(r.error).toBeUndefined();
      volumeIds.push(r.data?.id as string);
    }
    for (const r of backups) {
      expect(r.error).toBeUndefined();
      backupIds.push(r.data?.id as string);
    }
  }
  return { volumeIds, backupIds };
}

async function expectExactlyOnePerCreate(created: { volumeIds: string[]; backupIds: string[] }): Promise<void> {
  const compartmentId = f.server.compartmentId;
  expect(new Set(created.volumeIds).size).toBe(N);
  expect(new Set(created.backupIds).size).toBe(N);
  const volumes = await f.api("GET", `/volumes?compartmentId=${compartmentId}&limit=1000`);
  const chaosVolumes = (volumes.data as Array<{ id: string; displayName: string }>).filter((v) => v.displayName.startsWith("chaos-"));
  expect(chaosVolumes.map((v) => v.id).sort()).toEqual([...created.volumeIds].sort());
  const backups = await f.api("GET", `/volumeGroupBackups?compartmentId=${compartmentId}&limit=1000`);
  expect((backups.data as Array<{ id: string }>).map((b) => b.id).sort()).toEqual([...created.backupIds].sort());
  // The database agrees, member volume backups included (2 per group backup).
  const db = new Database(join(f.dataDir, "state.db"), { readonly: true });
  try {
    const count = (type: string) =>
      db.prepare("SELECT count(*) FROM resources WHERE type = ? AND display_name LIKE 'chaos-%'").pluck().get(type) as number;
    expect([count("volume"), count("volumegroupbackup")]).toEqual([N, N]);
    const memberBackups = db
      .prepare("SELECT count(*) FROM resources WHERE type = 'volumebackup' AND parent_id IN (SELECT id FROM resources WHERE type = 'volumegroupbackup')")
      .pluck()
      .get() as number;
    expect(memberBackups).toBe(2 * N);
  } finally {
    db.close();
  }
}

async function statusCounts(operation: string): Promise<Record<string, number>> {
  const stats = (await (await f.admin("GET", "/_ocikit/stats")).json()) as { operations: Record<string, Record<string, number>> };
  return stats.operations[operation] ?? {};
}

describe("fault injection with @ocikit/core retries", () => {
  it.each(["before", "after"] as const)(
    "a third of the creates fail with 429/500/503 (%s the operation): all 40 creates succeed, once each",
    async (phase) => {
      const rules = [...thirtyPercent("CreateVolume", phase), ...thirtyPercent("CreateVolumeGroupBackup", phase)];
      expect((await f.admin("POST", "/_ocikit/faults", rules)).status).toBe(200);

      await expectExactlyOnePerCreate(await createAll());

      for (const operation of ["CreateVolume", "CreateVolumeGroupBackup"]) {
        const counts = await statusCounts(operation);
        // Faults were injected with every status, and the client retried through them.
        for (const status of ["429", "500", "503"]) expect(counts[status] ?? 0, `${operation} ${status}`).toBeGreaterThan(0);
        expect(counts["200"]).toBeGreaterThanOrEqual(N);
      }
      const active = (await (await f.admin("GET", "/_ocikit/faults")).json()) as { rules: Array<{ applied: number }> };
      expect(active.rules.every((r) => r.applied > 0)).toBe(true);
    },
  );

  it("an after-the-operation fault really commits the create: without a retry token a retry would duplicate it", async () => {
    await f.admin("POST", "/_ocikit/faults", { operation: "CreateVolume", phase: "after", count: 1, status: 500, code: "InternalServerError" });
    const lost = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, displayName: "lost-response" });
    expect([lost.status, lost.error?.code]).toEqual([500, "InternalServerError"]);
    const again = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, displayName: "lost-response" });
    expect(again.status).toBe(200);
    const listed = await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}&displayName=lost-response`);
    expect(listed.data).toHaveLength(2);
  });

  it("with a retry token the retry after a lost response replays the committed create", async () => {
    await f.admin("POST", "/_ocikit/faults", { operation: "CreateVolume", phase: "after", count: 1, status: 503, code: "ServiceUnavailable" });
    const token = { "opc-retry-token": "lost-once" };
    const body = { compartmentId: f.server.compartmentId, displayName: "kept-once" };
    const lost = await f.api("POST", "/volumes", body, token);
    expect(lost.status).toBe(503);
    const again = await f.api("POST", "/volumes", body, token);
    expect(again.status).toBe(200);
    const listed = await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}&displayName=kept-once`);
    expect((listed.data as Array<{ id: string }>).map((v) => v.id)).toEqual([again.data.id]);
  });
});
