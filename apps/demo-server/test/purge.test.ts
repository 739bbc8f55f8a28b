// Issue 12, item 3: terminated resources leave the table once their visibility hour is over, and retry
// tokens after their 24 hours — in the background, in bounded batches. The server's clock is moved.
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { startPurger } from "../src/store/purger.js";
import type { PurgeCount, Store } from "../src/store/store.js";
import { makeGroup, startFixture } from "./demo-fixture.js";

const HOUR = 60 * 60 * 1000;

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("background purge", () => {
  it("drops terminated resources after the visibility hour and retry tokens after 24 h (moved clock)", async () => {
    let t = Date.parse("2026-12-01T10:00:00Z");
    const now = () => new Date(t);
    const f = await startFixture({ now, purgeIntervalMs: 20 }, now);
    const db = new Database(join(f.dataDir, "state.db"), { readonly: true });
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    try {
      const { groupId, volumeIds } = await makeGroup(f);
      const backup = await f.api("POST", "/volumeGroupBackups", { volumeGroupId: groupId }, { "opc-retry-token": "b1" });
      expect(backup.status).toBe(200);
      const kept = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId });
      const before = count("SELECT count(*) AS n FROM resources");
      // Delete the backup (with its member backups) and the group; the volumes stay.
      expect((await f.api("DELETE", `/volumeGroupBackups/${backup.data.id}`)).status).toBe(204);
      expect((await f.api("DELETE", `/volumeGroups/${groupId}`)).status).toBe(204);
      const deleted = count("SELECT count(*) AS n FROM resources WHERE deleted_ms IS NOT NULL");
      expect(deleted).toBeGreaterThanOrEqual(4);

      // Still inside the hour: visible as TERMINATED, so kept.
      t += HOUR - 1000;
      await new Promise((r) => setTimeout(r, 120));
      expect(count("SELECT count(*) AS n FROM resources")).toBe(before);
      expect((await f.api("GET", `/volumeGroups/${groupId}`)).data.lifecycleState).toBe("TERMINATED");

      // Past it: gone from the table, not only hidden.
      t += 2000;
      await until(() => count("SELECT count(*) AS n FROM resources WHERE deleted_ms IS NOT NULL") === 0, "the purge");
      expect(count("SELECT count(*) AS n FROM resources")).toBe(before - deleted);
      expect((await f.api("GET", `/volumeGroups/${groupId}`)).status).toBe(404);
      for (const id of [...volumeIds, kept.data.id]) expect((await f.api("GET", `/volumes/${id}`)).status).toBe(200);

      // The retry token lives 24 h, then it is purged too.
      expect(count("SELECT count(*) AS n FROM retry_tokens")).toBe(1);
      t += 24 * HOUR;
      await until(() => count("SELECT count(*) AS n FROM retry_tokens") === 0, "the token purge");
    } finally {
      db.close();
      await f.close();
    }
  });

  it("works in bounded batches and yields between them", async () => {
    let backlog = 1234;
    const batches: number[] = [];
    const store = {
      async purge(_nowMs: number, limit: number): Promise<PurgeCount> {
        const n = Math.min(limit, backlog);
        backlog -= n;
        batches.push(n);
        return { resources: n, retryTokens: 0 };
      },
    } as unknown as Store;
    const purger = startPurger({ store, now: () => new Date(), intervalMs: 3_600_000, batch: 500 });
    try {
      expect(await purger.tick()).toEqual({ resources: 1234, retryTokens: 0 });
      expect(batches).toEqual([500, 500, 234]);
    } finally {
      await purger.stop();
    }
  });
});
