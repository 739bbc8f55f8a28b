// kill -9 of the replica that acknowledged a write loses nothing: two replica processes (the built
// dist/main.js) share one PostgreSQL database; one takes a create load with retry tokens and is killed
// with SIGKILL mid-load; the other then serves every acknowledged create, whole, and replays every
// acknowledged token byte for byte. No resource lacks its token and no token lacks its resource.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { signRequest } from "@ocikit/signer";
import { afterAll, describe, expect, it } from "vitest";
import { identityFromConfig, tempDir } from "./demo-fixture.js";
import { spawnServer, type Running } from "./spawn-server.js";
import { useTestDatabase } from "./postgres/test-database.js";

const WORKERS = 6;
const KILL_AFTER_ACKS = 120;


function startReplica(dataDir: string, database: string): Promise<Running> {
  return spawnServer(["--port", "0", "--data", dataDir, "--lifecycle", "polls", "--lifecycle-polls", "3"], { ...process.env, OCIKIT_DATABASE_URL: database });
}

describe("kill -9 of a replica under write load", () => {
  const db = useTestDatabase();
  const dirs = [tempDir(), tempDir()];
  const running: Running[] = [];
  afterAll(async () => {
    for (const r of running) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill("SIGTERM");
    await Promise.all(running.map((r) => r.exited));
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("loses no acknowledged create: the surviving replica serves and replays every one", async () => {
    const [a, b] = await Promise.all(dirs.map((d) => startReplica(d, db.url)));
    running.push(a as Running, b as Running);
    const key = identityFromConfig(join(dirs[0] as string, "config"));
    // Both replicas wrote the same (shared) identity into their own data dirs.
    const config = readFileSync(join(dirs[1] as string, "config"), "utf8");
    expect(config).toBe(readFileSync(join(dirs[0] as string, "config"), "utf8").replaceAll(dirs[0] as string, dirs[1] as string));
    const compartmentId = /(ocid1\.compartment\.[^\s]+)/.exec(config)?.[1];
    expect(compartmentId).toMatch(/^ocid1\.compartment\./);
    const call = async (base: string, method: string, path: string, body?: string, headers: Record<string, string> = {}) => {
      const init: RequestInit = { method, headers: { ...headers, ...(body !== undefined ? { "content-type": "application/json" } : {}) } };
      if (body !== undefined) init.body = body;
      const res = await fetch(await signRequest(new Request(`${base}/20160918${path}`, init), key));
      return { status: res.status, text: await res.text() };
    };

    const acks: Array<{ token: string; body: string; text: string; id: string }> = [];
    let killed = false;
    let failuresBeforeKill = 0;
    const failures: string[] = [];
    const worker = async (w: number) => {
      for (let n = 0; ; n++) {
        const token = `kill-${w}-${n}`;
        const body = JSON.stringify({ compartmentId, displayName: token, sizeInGBs: 50 + n });
        try {
          const r = await call((a as Running).url, "POST", "/volumes", body, { "opc-retry-token": token });
          if (r.status !== 200) {
            if (!killed) {
              failuresBeforeKill++;
              failures.push(`${r.status} ${r.text.slice(0, 200)}`);
            }
            return;
          }
          acks.push({ token, body, text: r.text, id: (JSON.parse(r.text) as { id: string }).id });
          if (acks.length >= KILL_AFTER_ACKS && !killed) {
            killed = true;
            (a as Running).child.kill("SIGKILL");
          }
        } catch (error) {
          if (!killed) {
            failuresBeforeKill++;
            failures.push(String(error));
          }
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    expect(await (a as Running).exited).toBe("SIGKILL");
    expect([failuresBeforeKill, failures]).toEqual([0, []]);
    expect(acks.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

    for (const ack of acks) {
      const got = await call((b as Running).url, "GET", `/volumes/${ack.id}`);
      expect([ack.id, got.status]).toEqual([ack.id, 200]);
      const { lifecycleState: _s, ...rest } = JSON.parse(got.text) as Record<string, unknown>;
      const { lifecycleState: _t, ...acked } = JSON.parse(ack.text) as Record<string, unknown>;
      expect(rest).toEqual(acked);
    }
    for (const ack of acks) {
      const replay = await call((b as Running).url, "POST", "/volumes", ack.body, { "opc-retry-token": ack.token });
      expect([ack.token, replay.status, replay.text]).toEqual([ack.token, 200, ack.text]);
    }

    // Resource ⇔ token, one to one: nothing half-written by the killed replica's open transactions.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const volumes = (await client.query<{ id: string; display_name: string }>("SELECT id, display_name FROM resources WHERE type = 'volume' AND display_name LIKE 'kill-%'")).rows;
      const tokens = (await client.query<{ token: string; body: string }>("SELECT token, body FROM retry_tokens WHERE token LIKE 'kill-%'")).rows;
      const tokenIds = new Map(tokens.map((t) => [t.token, (JSON.parse(t.body) as { id: string }).id]));
      expect(tokenIds.size).toBe(volumes.length);
      for (const v of volumes) expect([v.display_name, tokenIds.get(v.display_name)]).toEqual([v.display_name, v.id]);
    } finally {
      await client.end();
    }
  }, 120_000);
});
