// Crash durability of the built command (dist/main.js): under a write load from several concurrent
// signed clients the server is killed with SIGKILL, restarted on the same data dir, and then every
// acknowledged create must exist, whole and schema-valid; no half-written resource or orphan retry token
// may exist; retry-token replays must return the original answers; and lifecycles must resume.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { signRequest } from "@ocikit/signer";
import { afterAll, describe, expect, it } from "vitest";
import { identityFromConfig, tempDir } from "./demo-fixture.js";
import { spawnServer, type Running } from "./spawn-server.js";
import { schemaErrors } from "./spec-schemas.js";

const WORKERS = 6;
/** Acknowledged creates before the kill; the other workers still have requests in flight then. */
const KILL_AFTER_ACKS = 240;
/**
 * GETs per lifecycle transition after the set-up. Poll counts are stored, so every create of the load is
 * still in transition at the kill and after the restart, however slow the machine: no timing involved.
 */
const LIFECYCLE_POLLS = 3;


function startServer(dataDir: string, lifecycle: string[]): Promise<Running> {
  return spawnServer(["--port", "0", "--data", dataDir, ...lifecycle]);
}

type Kind = "volume" | "volumegroupbackup";
interface Ack {
  kind: Kind;
  token: string;
  requestBody: string;
  /** The 2xx response body as received. */
  responseText: string;
  id: string;
}

const PATHS: Record<Kind, string> = { volume: "volumes", volumegroupbackup: "volumeGroupBackups" };
const SCHEMAS: Record<string, string> = {
  volume: "Volume",
  volumegroup: "VolumeGroup",
  volumegroupbackup: "VolumeGroupBackup",
  volumebackup: "VolumeBackup",
};

describe("kill -9 under write load", () => {
  const dir = tempDir();
  const servers: Running[] = [];
  afterAll(async () => {
    for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill("SIGKILL");
    await Promise.all(servers.map((s) => s.exited));
    rmSync(dir, { recursive: true, force: true });
  });

  it("loses no acknowledged create, leaves nothing half-written, replays tokens and resumes lifecycles", async () => {
    // 1. Set-up with instant lifecycles: two AVAILABLE groups of two volumes each; then a clean stop.
    const setup = await startServer(dir, ["--lifecycle", "immediate"]);
    servers.push(setup);
    const key = identityFromConfig(join(dir, "config"));
    const compartmentId = /(ocid1\.compartment\.[^\s]+)/.exec(readFileSync(join(dir, "config"), "utf8"))?.[1] as string;
    expect(compartmentId).toMatch(/^ocid1\.compartment\./);
    const call = async (base: string, method: string, path: string, body?: string, headers: Record<string, string> = {}) => {
      const init: RequestInit = { method, headers: { ...headers, ...(body !== undefined ? { "content-type": "application/json" } : {}) } };
      if (body !== undefined) init.body = body;
      const res = await fetch(await signRequest(new Request(`${base}/20160918${path}`, init), key));
      return { status: res.status, text: await res.text(), etag: res.headers.get("etag") };
    };
    const groupIds: string[] = [];
    for (let g = 0; g < 2; g++) {
      const volumeIds: string[] = [];
      for (let v = 0; v < 2; v++) {
        const r = await call(setup.url, "POST", "/volumes", JSON.stringify({ compartmentId, displayName: `setup-${g}-${v}`, sizeInGBs: 50 + v }));
        expect(r.status).toBe(200);
        volumeIds.push((JSON.parse(r.text) as { id: string }).id);
      }
      const r = await call(
        setup.url,
        "POST",
        "/volumeGroups",
        JSON.stringify({ compartmentId, availabilityDomain: "Uocm:US-ASHBURN-AD-1", displayName: `setup-${g}`, sourceDetails: { type: "volumeIds", volumeIds } }),
      );
      expect(r.status).toBe(200);
      groupIds.push((JSON.parse(r.text) as { id: string }).id);
    }
    setup.child.kill("SIGTERM");
    expect(await setup.exited).toBe(0);

    // 2. The load, with lifecycles that take LIFECYCLE_POLLS GETs; SIGKILL once KILL_AFTER_ACKS creates are acknowledged.
    const pollsMode = ["--lifecycle", "polls", "--lifecycle-polls", String(LIFECYCLE_POLLS)];
    const loaded = await startServer(dir, pollsMode);
    servers.push(loaded);
    const acks: Ack[] = [];
    let killed = false;
    let failuresBeforeKill = 0;
    // Each worker keeps creating until the dead server fails its request: the kill lands mid-load.
    const worker = async (w: number) => {
      for (let n = 0; ; n++) {
        const kind: Kind = n % 3 === 2 ? "volumegroupbackup" : "volume";
        const token = `load-${w}-${n}`;
        const requestBody = JSON.stringify(
          kind === "volume"
            ? { compartmentId, displayName: `load-${w}-${n}`, sizeInGBs: 50 + n, freeformTags: { worker: String(w) } }
            : { volumeGroupId: groupIds[n % 2], displayName: `load-${w}-${n}`, type: n % 2 === 0 ? "FULL" : "INCREMENTAL" },
        );
        try {
          const r = await call(loaded.url, "POST", `/${PATHS[kind]}`, requestBody, { "opc-retry-token": token });
          if (r.status !== 200) {
            failuresBeforeKill++;
            return;
          }
          acks.push({ kind, token, requestBody, responseText: r.text, id: (JSON.parse(r.text) as { id: string }).id });
          if (acks.length >= KILL_AFTER_ACKS && !killed) {
            killed = true;
            loaded.child.kill("SIGKILL");
          }
        } catch {
          // In flight when the server died: neither acknowledged nor promised.
          if (!killed) failuresBeforeKill++;
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    expect(await loaded.exited).toBe("SIGKILL");
    expect(failuresBeforeKill).toBe(0);
    expect(acks.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

    // 3. Restart on the same data dir.
    const restarted = await startServer(dir, pollsMode);
    servers.push(restarted);

    // Every acknowledged create exists, whole and schema-valid, and is still in transition (first GET).
    let transitional = 0;
    for (const ack of acks) {
      const got = await call(restarted.url, "GET", `/${PATHS[ack.kind]}/${ack.id}`);
      expect([ack.id, got.status]).toEqual([ack.id, 200]);
      const doc = JSON.parse(got.text) as Record<string, unknown>;
      expect(schemaErrors(SCHEMAS[ack.kind] as string, doc)).toEqual([]);
      const { lifecycleState, ...rest } = doc;
      const { lifecycleState: _ackedState, ...ackedRest } = JSON.parse(ack.responseText) as Record<string, unknown>;
      expect(rest).toEqual(ackedRest);
      if (lifecycleState === "PROVISIONING" || lifecycleState === "CREATING") transitional++;
    }
    expect(transitional).toBe(acks.length);

    // Replays with the same token and request return the original answer, byte for byte.
    for (const ack of acks) {
      const replay = await call(restarted.url, "POST", `/${PATHS[ack.kind]}`, ack.requestBody, { "opc-retry-token": ack.token });
      expect([ack.token, replay.status, replay.text]).toEqual([ack.token, 200, ack.responseText]);
    }

    // The state file holds no half-written resource and no orphan retry token.
    const db = new Database(join(dir, "state.db"), { readonly: true });
    try {
      const rows = db.prepare("SELECT id, type, state, display_name, doc FROM resources").all() as Array<{
        id: string;
        type: string;
        state: string;
        display_name: string;
        doc: string;
      }>;
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const row of rows) {
        const doc = JSON.parse(row.doc) as Record<string, unknown>;
        expect([row.id, schemaErrors(SCHEMAS[row.type] as string, { ...doc, lifecycleState: row.state })]).toEqual([row.id, []]);
        expect(doc.id).toBe(row.id);
        if (row.type === "volumegroupbackup") {
          const members = doc.volumeBackupIds as string[];
          expect(members).toHaveLength(2);
          for (const vb of members) {
            const child = byId.get(vb);
            expect([vb, child?.type, child && (JSON.parse(child.doc) as { volumeGroupBackupId: string }).volumeGroupBackupId]).toEqual([vb, "volumebackup", row.id]);
          }
        }
      }
      // Every create of the load was made with a token: resource ⇔ token, one to one.
      const tokens = db.prepare("SELECT token, body FROM retry_tokens").all() as Array<{ token: string; body: string }>;
      const tokenOf = new Map<string, string>();
      for (const t of tokens) {
        const id = (JSON.parse(t.body) as { id: string }).id;
        expect([t.token, byId.has(id)]).toEqual([t.token, true]);
        tokenOf.set(id, t.token);
      }
      const loadRows = rows.filter((r) => r.display_name.startsWith("load-") && r.type !== "volumebackup");
      for (const row of loadRows) expect([row.id, tokenOf.get(row.id)]).toEqual([row.id, row.display_name]);
      expect(loadRows.length).toBe(tokens.length);
      expect(loadRows.length).toBeGreaterThanOrEqual(acks.length);
    } finally {
      db.close();
    }

    // Lifecycles resume: the stored poll counts carry on, and the LIFECYCLE_POLLS-th GET sees AVAILABLE.
    for (let poll = 2; poll <= LIFECYCLE_POLLS; poll++) {
      for (const ack of acks) {
        const got = await call(restarted.url, "GET", `/${PATHS[ack.kind]}/${ack.id}`);
        const state = (JSON.parse(got.text) as { lifecycleState: string }).lifecycleState;
        expect([ack.id, poll, state]).toEqual([ack.id, poll, poll < LIFECYCLE_POLLS ? (ack.kind === "volume" ? "PROVISIONING" : "CREATING") : "AVAILABLE"]);
      }
    }
    restarted.child.kill("SIGTERM");
    expect(await restarted.exited).toBe(0);
    // Three server starts and ~1000 signed requests: 27 s alone on a loaded 2-core machine.
  }, 120_000);
});
