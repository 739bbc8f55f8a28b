// The pipeline as a whole: routing (404/405), /health, request ids, and unexpected failures (500, no stack).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, startFixture, type Fixture } from "../../test/demo-fixture.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";

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

describe("unexpected failures", () => {
  it("answer 500 InternalServerError with a request id and no stack trace, and are logged", async () => {
    const lines: string[] = [];
    const g = await startFixture({ log: (line) => lines.push(line) });
    try {
      const { groupId: broken } = await makeGroup(g);
      // Corrupt the stored document behind the server's back.
      const db = new Database(join(g.dataDir, "state.db"));
      db.prepare("UPDATE resources SET doc = 'not json' WHERE id = ?").run(broken);
      db.close();
      const res = await g.send("POST", "/20160918/volumeGroupBackups", { body: { volumeGroupId: broken } });
      await expectError(res, 500, "InternalServerError", res.headers.get("opc-request-id") as string);
      expect(lines.join("\n")).toContain(res.headers.get("opc-request-id"));
      expect((await fetch(`${g.server.url}/health`)).status).toBe(200);
    } finally {
      await g.close();
    }
  });
});

describe("a full disk", () => {
  // The store's write fails the way each part reports a full disk (injected: a real disk is not filled).
  it.each([
    ["SQLite", () => new Database.SqliteError("database or disk is full", "SQLITE_FULL")],
    ["the file system", () => Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" })],
    ["PostgreSQL", () => Object.assign(new Error("could not extend file: No space left on device"), { code: "53100" })],
  ])("(%s) → 500 InternalServerError saying so; reads still work", async (_name, makeError) => {
    let full = false;
    const dir = mkdtempSync(join(tmpdir(), "ocikit-disk-full-"));
    const openStore = async (): Promise<Store> => {
      const store = await openSqliteStore({ file: join(dir, "state.db") });
      return {
        ...store,
        transaction: (work) => (full ? Promise.reject(makeError()) : store.transaction(work)),
        close: () => store.close(),
      };
    };
    const lines: string[] = [];
    const g = await startFixture({ openStore, log: (line) => lines.push(line) });
    try {
      full = true;
      const res = await g.send("POST", "/20160918/volumes", {
        body: { compartmentId: g.server.compartmentId, availabilityDomain: "AD-1" },
      });
      await expectError(res, 500, "InternalServerError", "the demo server's disk is full");
      expect(lines.join("\n")).toContain(res.headers.get("opc-request-id"));
      expect((await g.send("GET", `/20160918/volumes?compartmentId=${g.server.compartmentId}`)).status).toBe(200);
    } finally {
      await g.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("routing", () => {
  it.each([
    ["an unknown path", "GET", "/20160918/instances"],
    ["an unknown region", "GET", "/xx-nowhere-1/20160918/volumes?compartmentId=c"],
    ["a missing resource", "GET", "/20160918/volumeGroupBackups/ocid1.volumegroupbackup.oc1.iad.missing"],
    ["a path without API version", "GET", "/volumes"],
  ])("answers 404 NotAuthorizedOrNotFound for %s", async (_name, method, path) => {
    await expectError(await f.send(method, path), 404, "NotAuthorizedOrNotFound");
  });

  it("answers 405 with Allow for a method the path does not support", async () => {
    const res = await f.send("DELETE", "/20160918/volumeGroupBackups");
    expect(res.headers.get("allow")).toContain("GET");
    await expectError(res, 405, "MethodNotAllowed");
  });

  it("serves GET /health without a signature", async () => {
    const res = await fetch(`${f.server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("echoes the caller's opc-request-id and mints one otherwise", async () => {
    const echoed = await f.send("GET", `/20160918/volumeGroups/${groupId}`, { headers: { "opc-request-id": "MY-REQUEST-1" } });
    expect(echoed.headers.get("opc-request-id")).toBe("MY-REQUEST-1");
    const minted = await f.send("GET", `/20160918/volumeGroups/${groupId}`);
    expect(minted.headers.get("opc-request-id")).toMatch(/^[0-9A-F]{32}$/);
  });

  it("keeps a literal + in query values (SDKs send them unencoded)", async () => {
    await f.send("POST", "/20160918/volumeGroupBackups", { body: { volumeGroupId: groupId, displayName: "a+b c" } });
    const res = await f.send("GET", `/20160918/volumeGroupBackups?compartmentId=${f.server.compartmentId}&displayName=a+b%20c`);
    const items = (await res.json()) as Array<{ displayName: string }>;
    expect(items.map((i) => i.displayName)).toEqual(["a+b c"]);
  });
});
