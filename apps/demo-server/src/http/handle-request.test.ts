import { generateKeyPairSync } from "node:crypto";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, signedRequest, startFixture, type Fixture } from "../../test/demo-fixture.js";

let f: Fixture;
let groupId: string;
beforeAll(async () => {
  f = await startFixture();
  ({ groupId } = await makeGroup(f));
});
afterAll(() => f.close());

/** Sends `signed` again with some parts changed after signing. */
function resend(signed: Request, change: { url?: string; body?: string; headers?: Record<string, string> }): Promise<Response> {
  const headers = new Headers(signed.headers);
  for (const [k, v] of Object.entries(change.headers ?? {})) headers.set(k, v);
  return signed.text().then((body) =>
    fetch(change.url ?? signed.url, {
      method: signed.method,
      headers,
      ...(signed.method === "GET" ? {} : { body: change.body ?? body }),
    }),
  );
}

async function expectError(res: Response, status: number, code: string, mentions?: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get("opc-request-id")).toBeTruthy();
  const body = (await res.json()) as { code: string; message: string };
  expect(body.code).toBe(code);
  expect(typeof body.message).toBe("string");
  if (mentions !== undefined) expect(body.message).toContain(mentions);
}

describe("authentication (401 NotAuthenticated)", () => {
  const list = () => `/20160918/volumeGroupBackups?compartmentId=${f.server.compartmentId}`;
  const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;

  const cases: Array<[string, () => Promise<Response>, string]> = [
    ["no Authorization header", () => fetch(`${f.server.url}${list()}`), "was not provided or was incorrect"],
    [
      "signature made with another key under the demo keyId",
      async () => fetch(await signedRequest(f.server.url, "GET", list(), { keyId: f.key.keyId, privateKey: otherKey })),
      "Failed to verify the HTTP(S) Signature",
    ],
    [
      "unknown keyId",
      async () => fetch(await signedRequest(f.server.url, "GET", list(), { keyId: `${f.key.keyId}x`, privateKey: f.key.privateKey })),
      "was not provided or was incorrect",
    ],
    [
      "date 6 minutes in the past",
      async () => fetch(await signedRequest(f.server.url, "GET", list(), f.key, { now: () => new Date(Date.now() - 6 * 60_000) })),
      "is not within allowed clock skew",
    ],
    [
      "query changed after signing",
      async () => resend(await signedRequest(f.server.url, "GET", list(), f.key), { url: `${f.server.url}${list()}&limit=5` }),
      "Failed to verify the HTTP(S) Signature",
    ],
    [
      "path changed after signing",
      async () =>
        resend(await signedRequest(f.server.url, "GET", `/20160918/volumeGroups/${groupId}`, f.key), {
          url: `${f.server.url}/20160918/volumeGroups/${groupId}x`,
        }),
      "Failed to verify the HTTP(S) Signature",
    ],
    [
      "body changed after signing",
      async () =>
        resend(await signedRequest(f.server.url, "POST", "/20160918/volumeGroupBackups", f.key, { body: { volumeGroupId: groupId } }), {
          // Change the last character (to one it is not already).
          body: JSON.stringify({ volumeGroupId: groupId.slice(0, -1) + (groupId.endsWith("x") ? "y" : "x") }),
        }),
      "x-content-sha256",
    ],
    [
      "algorithm other than rsa-sha256",
      async () => {
        const signed = await signedRequest(f.server.url, "GET", list(), f.key);
        const auth = (signed.headers.get("authorization") as string).replace('algorithm="rsa-sha256"', 'algorithm="hmac-sha256"');
        return resend(signed, { headers: { authorization: auth } });
      },
      "rsa-sha256",
    ],
  ];
  it.each(cases)("%s", async (_name, send, mentions) => {
    await expectError(await send(), 401, "NotAuthenticated", mentions);
  });
});

describe("validation (400) against the spec", () => {
  const create = "/20160918/volumeGroupBackups";
  const cases: Array<[string, string, string, unknown, Record<string, string>, string, string]> = [
    ["invalid JSON", "POST", create, "{not json", {}, "CannotParseRequest", "JSON"],
    ["missing required field", "POST", create, {}, {}, "MissingParameter", "volumeGroupId"],
    ["enum violation", "POST", create, { volumeGroupId: "x", type: "WEEKLY" }, {}, "InvalidParameter", "type"],
    ["unknown field", "POST", create, { volumeGroupId: "x", retention: 3 }, {}, "InvalidParameter", "retention"],
    ["empty string", "POST", create, { volumeGroupId: "" }, {}, "InvalidParameter", "volumeGroupId"],
    ["array instead of object", "POST", create, [], {}, "InvalidParameter", "body"],
    ["wrong type in nested map", "POST", create, { volumeGroupId: "x", freeformTags: { a: 1 } }, {}, "InvalidParameter", "freeformTags.a"],
    ["retry token over 64 chars", "POST", create, { volumeGroupId: "x" }, { "opc-retry-token": "t".repeat(65) }, "InvalidParameter", "opc-retry-token"],
    ["missing compartmentId", "GET", "/20160918/volumeGroupBackups", undefined, {}, "MissingParameter", "compartmentId"],
    ["limit 0", "GET", "/20160918/volumeGroupBackups?compartmentId=c&limit=0", undefined, {}, "InvalidParameter", "limit"],
    ["limit not a number", "GET", "/20160918/volumeGroupBackups?compartmentId=c&limit=ten", undefined, {}, "InvalidParameter", "limit"],
    ["unknown sortBy", "GET", "/20160918/volumeGroupBackups?compartmentId=c&sortBy=NAME", undefined, {}, "InvalidParameter", "sortBy"],
    ["forged page token", "GET", "/20160918/volumeGroupBackups?compartmentId=c&page=MTA.forged", undefined, {}, "InvalidParameter", "page"],
    ["bad percent-encoding", "GET", "/20160918/volumeGroupBackups?compartmentId=c&displayName=%E0%A4%A", undefined, {}, "InvalidParameter", "displayName"],
    ["unknown volume group source type", "POST", "/20160918/volumeGroups", { compartmentId: "c", availabilityDomain: "ad", sourceDetails: { type: "bogus" } }, {}, "InvalidParameter", "sourceDetails.type"],
    ["source without its id list", "POST", "/20160918/volumeGroups", { compartmentId: "c", availabilityDomain: "ad", sourceDetails: { type: "volumeIds" } }, {}, "MissingParameter", "sourceDetails.volumeIds"],
    ["volume too small", "POST", "/20160918/volumes", { compartmentId: "c", sizeInGBs: 10 }, {}, "InvalidParameter", "sizeInGBs"],
    ["path id over 255 chars", "GET", `/20160918/volumeGroupBackups/${"x".repeat(256)}`, undefined, {}, "InvalidParameter", "volumeGroupBackupId"],
    ["copy without destination", "POST", `/20160918/volumeGroupBackups/x/actions/copy`, {}, {}, "MissingParameter", "destinationRegion"],
  ];
  it.each(cases)("%s → %s", async (_name, method, path, body, headers, code, field) => {
    const res = await f.send(method, path, { ...(body !== undefined ? { body } : {}), headers });
    await expectError(res, 400, code, field);
  });

  it("rejects a body over 1 MiB with 413", async () => {
    const res = await f.send("POST", create, { body: { volumeGroupId: "x".repeat(1024 * 1024 + 10) } });
    await expectError(res, 413, "RequestEntityTooLarge");
  });
});

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
