// Three demo servers on 127.0.0.1 sharing one PostgreSQL database keep the guarantees of one server:
// the database enforces them, not any process's memory. Each request below picks its replica on
// purpose, so every case crosses processes' state.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "./postgres/test-database.js";
import { startFixture, tempDir, writeOtherTenancyConfig, type Fixture } from "./demo-fixture.js";
import { closeReplicas, startReplicas } from "./replicas.js";

describe("three replicas on one PostgreSQL", () => {
  const db = useTestDatabase();
  let replicas: Fixture[];
  const otherDir = tempDir();
  const other = writeOtherTenancyConfig(otherDir, "replicated");
  beforeAll(async () => {
    replicas = await startReplicas(db.url, 3);
  });
  afterAll(async () => {
    await closeReplicas(replicas);
    rmSync(otherDir, { recursive: true, force: true });
  });
  const at = (i: number) => replicas[i % replicas.length] as Fixture;

  it("are one service: one demo identity, one admin token, written into each replica's own data dir", () => {
    const [a, b, c] = replicas as [Fixture, Fixture, Fixture];
    expect(new Set(replicas.map((r) => r.server.tenancyId)).size).toBe(1);
    expect(new Set(replicas.map((r) => r.server.compartmentId)).size).toBe(1);
    expect(b.server.adminToken).toBe(a.server.adminToken);
    expect(new Set([a.dataDir, b.dataDir, c.dataDir]).size).toBe(3);
    for (const r of replicas) {
      expect(readFileSync(join(r.dataDir, "admin-token"), "utf8").trim()).toBe(a.server.adminToken);
      expect(readFileSync(r.server.configPath, "utf8")).toContain(`tenancy=${a.server.tenancyId}`);
    }
  });

  it("same opc-retry-token sent to all three at once: exactly one resource, the same answer for every caller", async () => {
    const compartmentId = at(0).server.compartmentId;
    const body = { compartmentId, displayName: "one-token-three-replicas", sizeInGBs: 50 };
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, i) => at(i).api("POST", "/volumes", body, { "opc-retry-token": "replicated-token-1" })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(15).fill(200));
    expect(new Set(answers.map((a) => a.data.id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.headers.get("etag"))).size).toBe(1);
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    const listed = await at(2).api("GET", `/volumes?compartmentId=${compartmentId}&displayName=one-token-three-replicas`);
    expect(listed.data).toHaveLength(1);
    // The same token with a different request, on yet another replica: 409.
    const conflict = await at(1).api("POST", "/volumes", { ...body, sizeInGBs: 60 }, { "opc-retry-token": "replicated-token-1" });
    expect(conflict.status).toBe(409);
  });

  it("concurrent updates with the same if-match on different replicas: exactly one wins, the others get 412", async () => {
    const created = await at(0).api("POST", "/volumes", { compartmentId: at(0).server.compartmentId, displayName: "contended", sizeInGBs: 50 });
    const etag = created.headers.get("etag") as string;
    const answers = await Promise.all(
      Array.from({ length: 9 }, (_, i) => at(i).api("PUT", `/volumes/${created.data.id}`, { displayName: `winner-${i}` }, { "if-match": etag })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, ...Array(8).fill(412)]);
    const winner = answers.find((a) => a.status === 200);
    const now = await at(2).api("GET", `/volumes/${created.data.id}`);
    expect(now.data.displayName).toBe(winner?.data.displayName);
    expect(now.headers.get("etag")).toBe(winner?.headers.get("etag"));
  });

  it("pages a list correctly when consecutive pages come from different replicas, with creates in between", async () => {
    const compartmentId = at(0).server.compartmentId;
    const made: string[] = [];
    for (let i = 0; i < 14; i++) {
      const r = await at(i).api("POST", "/volumes", { compartmentId, displayName: `paged-${String(i).padStart(2, "0")}`, sizeInGBs: 50 });
      made.push(r.data.id);
    }
    const before = await at(0).api("GET", `/volumes?compartmentId=${compartmentId}&limit=1000`);
    const existing = new Set<string>(before.data.map((v: { id: string }) => v.id));
    const seen: string[] = [];
    let page: string | null = null;
    let n = 0;
    do {
      const query = `/volumes?compartmentId=${compartmentId}&limit=4&sortBy=DISPLAYNAME&sortOrder=ASC${page ? `&page=${encodeURIComponent(page)}` : ""}`;
      const answer = await at(n).api("GET", query);
      expect(answer.status).toBe(200);
      seen.push(...answer.data.map((v: { id: string }) => v.id));
      page = answer.headers.get("opc-next-page");
      // Another replica creates a volume between pages.
      await at(n + 1).api("POST", "/volumes", { compartmentId, displayName: `late-${n}`, sizeInGBs: 50 });
      n++;
    } while (page !== null);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of existing) expect(seen).toContain(id);
    for (const id of made) expect(seen).toContain(id);
  });

  it("a page token from one replica is refused by none, a forged one by all", async () => {
    const compartmentId = at(0).server.compartmentId;
    const first = await at(0).api("GET", `/volumes?compartmentId=${compartmentId}&limit=1`);
    const token = first.headers.get("opc-next-page") as string;
    for (const i of [1, 2]) expect((await at(i).api("GET", `/volumes?compartmentId=${compartmentId}&limit=1&page=${encodeURIComponent(token)}`)).status).toBe(200);
    const forged = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    for (const i of [0, 1, 2]) expect((await at(i).api("GET", `/volumes?compartmentId=${compartmentId}&limit=1&page=${encodeURIComponent(forged)}`)).status).toBe(400);
  });

  it("--trust-config given to one replica trusts that key on every replica", async () => {
    const trusting = await startFixture({ database: db.url, trustConfig: [other.path] });
    try {
      for (const r of [...replicas, trusting]) {
        const answer = await r.send("GET", `/20160918/volumes?compartmentId=${other.tenancyId}`, { key: other.key });
        expect(answer.status).toBe(200);
      }
    } finally {
      await trusting.close();
    }
  });

  it("fault rules posted to one replica act on requests to the others, counted across all; reset on any clears all", async () => {
    const posted = await at(0).admin("POST", "/_ocikit/faults", { operation: "ListVolumes", status: 503, code: "ServiceUnavailable", count: 2 });
    expect(posted.status).toBe(200);
    const compartmentId = at(0).server.compartmentId;
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++) statuses.push((await at(i).api("GET", `/volumes?compartmentId=${compartmentId}&limit=1`)).status);
    expect(statuses).toEqual([503, 503, 200, 200]);
    const rules = (await (await at(2).admin("GET", "/_ocikit/faults")).json()) as { rules: Array<{ seen: number; applied: number }> };
    expect(rules.rules).toMatchObject([{ seen: 4, applied: 2 }]);
    expect((await at(1).admin("DELETE", "/_ocikit/faults")).status).toBe(204);
    expect((await (await at(0).admin("GET", "/_ocikit/faults")).json()) as unknown).toEqual({ rules: [] });

    const kept = await at(0).api("POST", "/volumes", { compartmentId, displayName: "before-reset", sizeInGBs: 50 });
    expect((await at(2).admin("POST", "/_ocikit/reset")).status).toBe(204);
    expect((await at(1).api("GET", `/volumes/${kept.data.id}`)).status).toBe(404);
  });
});
