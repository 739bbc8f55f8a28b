// Retry tokens (idempotency.ts over the store's unique constraint): replay, conflict, 50 at once, atomicity, scopes.
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, startFixture, type Fixture } from "../../test/demo-fixture.js";

let f: Fixture;
let groupId: string;
beforeAll(async () => {
  f = await startFixture();
  ({ groupId } = await makeGroup(f));
});
afterAll(() => f.close());

async function expectError(res: Response, status: number, code: string, mentions?: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get("opc-request-id")).toBeTruthy();
  const body = (await res.json()) as { code: string; message: string };
  expect(body.code).toBe(code);
  expect(typeof body.message).toBe("string");
  if (mentions !== undefined) expect(body.message).toContain(mentions);
}

describe("retry tokens", () => {
  const create = "/20160918/volumeGroupBackups";

  it("replays the original response for the same token and request", async () => {
    const body = { volumeGroupId: groupId, displayName: "once" };
    const first = await f.send("POST", create, { body, headers: { "opc-retry-token": "token-replay" } });
    const again = await f.send("POST", create, { body, headers: { "opc-retry-token": "token-replay" } });
    expect(again.status).toBe(first.status);
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(await again.text()).toBe(await first.text());
  });

  it("answers 409 Conflict for the same token with a different request", async () => {
    await f.send("POST", create, { body: { volumeGroupId: groupId, displayName: "one" }, headers: { "opc-retry-token": "token-mismatch" } });
    const res = await f.send("POST", create, { body: { volumeGroupId: groupId, displayName: "two" }, headers: { "opc-retry-token": "token-mismatch" } });
    await expectError(res, 409, "Conflict", "retry token was already used for a different request");
    const list = await f.send("GET", `${create}?compartmentId=${f.server.compartmentId}&displayName=two`);
    expect(await list.json()).toEqual([]);
  });

  it("creates exactly one resource when 50 identical requests arrive at once, and answers all 50 alike", async () => {
    const body = { volumeGroupId: groupId, displayName: "concurrent" };
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => f.send("POST", create, { body, headers: { "opc-retry-token": "token-concurrent" } })),
    );
    const answers = await Promise.all(responses.map(async (r) => JSON.stringify([r.status, r.headers.get("etag"), await r.text()])));
    expect(new Set(answers).size).toBe(1);
    expect(responses[0]?.status).toBe(200);
    const list = await f.send("GET", `${create}?compartmentId=${f.server.compartmentId}&displayName=concurrent`);
    const listed = (await list.json()) as Array<{ id: string }>;
    expect(listed.map((b) => b.id)).toEqual([JSON.parse(JSON.parse(answers[0] as string)[2]).id]);
    const db = new Database(join(f.dataDir, "state.db"), { readonly: true });
    try {
      const rows = db.prepare("SELECT id FROM resources WHERE type = 'volumegroupbackup' AND display_name = 'concurrent'").pluck().all();
      expect(rows).toEqual([listed[0]?.id]);
      const memberBackups = db.prepare("SELECT count(*) FROM resources WHERE type = 'volumebackup' AND parent_id = ?").pluck().get(listed[0]?.id);
      expect(memberBackups).toBe(2);
      expect(db.prepare("SELECT count(*) FROM retry_tokens WHERE token = 'token-concurrent'").pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });

  it("stores the token in the same transaction as the resource: if recording the token fails, nothing is created", async () => {
    const g = await startFixture();
    try {
      const { groupId: group } = await makeGroup(g);
      // Make every retry-token insert fail, behind the server's back.
      const db = new Database(join(g.dataDir, "state.db"));
      db.exec("CREATE TRIGGER no_tokens BEFORE INSERT ON retry_tokens BEGIN SELECT RAISE(ABORT, 'token store down'); END");
      const res = await g.send("POST", create, { body: { volumeGroupId: group, displayName: "atomic" }, headers: { "opc-retry-token": "t-atomic" } });
      expect(res.status).toBe(500);
      const count = (type: string) => db.prepare("SELECT count(*) FROM resources WHERE type = ?").pluck().get(type);
      expect([count("volumegroupbackup"), count("volumebackup")]).toEqual([0, 0]);
      // Without a token the same create goes through: it was the token write that undid it.
      db.exec("DROP TRIGGER no_tokens");
      db.close();
      const ok = await g.send("POST", create, { body: { volumeGroupId: group, displayName: "atomic" }, headers: { "opc-retry-token": "t-atomic" } });
      expect(ok.status).toBe(200);
    } finally {
      await g.close();
    }
  });

  it("replays a cross-region copy: the same token finds the same destination copy", async () => {
    const backup = (await f.api("POST", "/volumeGroupBackups", { volumeGroupId: groupId })).data.id as string;
    const copy = () => f.api("POST", `/volumeGroupBackups/${backup}/actions/copy`, { destinationRegion: "uk-london-1" }, { "opc-retry-token": "copy-once" });
    const first = await copy();
    const again = await copy();
    expect(first.status).toBe(200);
    expect(first.data.id).toMatch(/\.lhr\./);
    expect(again.data.id).toBe(first.data.id);
  });

  it("scopes tokens per tenancy-wide operation: a token used for a group is a conflict for a backup", async () => {
    const group = await f.send("POST", "/20160918/volumes", { body: { compartmentId: f.server.compartmentId }, headers: { "opc-retry-token": "shared-token" } });
    expect(group.status).toBe(200);
    const res = await f.send("POST", create, { body: { volumeGroupId: groupId }, headers: { "opc-retry-token": "shared-token" } });
    await expectError(res, 409, "Conflict");
  });
});
