// Who can reach the console: loopback clients with a session; writes also need the page's CSRF token
// and its origin. A real server on a real socket; the non-loopback case connects over this machine's
// own non-loopback address.
import { request } from "node:http";
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConsoleFixture, type ConsoleFixture } from "../../test/console-fixture.js";
import { makeGroup } from "../../test/demo-fixture.js";
import { CSRF_HEADER, SESSION_COOKIE } from "./console-auth.js";

let f: ConsoleFixture;
let base = "";
let volumeId = "";
let cookie = "";
let csrf = "";

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers, redirect: "manual" });

beforeAll(async () => {
  f = await startConsoleFixture({ host: "0.0.0.0" });
  base = `http://127.0.0.1:${f.server.port}`;
  ({ volumeIds: [volumeId = ""] } = await makeGroup(f, 1));
  const login = await get(`/_ocikit/console?token=${f.server.adminToken}`);
  cookie = (login.headers.get("set-cookie") as string).split(";")[0] as string;
  csrf = ((await (await get("/_ocikit/console/api/session", { cookie })).json()) as { csrfToken: string }).csrfToken;
});
afterAll(() => f.close());

/** A request with a Host header of our choosing (fetch does not let a caller set Host), over `via`. */
function getWithHost(path: string, host: string, headers: Record<string, string>, via = "127.0.0.1", method = "GET"): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: via, port: f.server.port, path, method, headers: { ...headers, host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

const volumeStillThere = async () => expect((await f.api("GET", `/volumes/${volumeId}`)).status).toBe(200);

const VIEWS = ["", "/volumes", "/volume-groups", "/volume-group-backups", "/volume-backups", "/volume-backup-policies", "/requests", "/faults", "/volumes/ocid1.volume.oc1.iad.abc"];
const API_CALLS: Array<[string, string]> = [
  ["GET", "/api/session"],
  ["GET", "/api/resources?type=volume&tenancyId=t&region=us-ashburn-1&compartmentId=c"],
  ["GET", "/api/resources/ocid1.volume.oc1.iad.abc"],
  ["GET", "/api/requests"],
  ["GET", "/api/requests/stream"],
  ["GET", "/api/faults"],
  ["POST", "/api/faults"],
  ["DELETE", "/api/faults/1"],
  ["POST", "/api/reset"],
  ["POST", "/logout"],
];

describe("without a session", () => {
  it.each(VIEWS)("view %s answers the sign-in page (401), not the console", async (view) => {
    const res = await get(`/_ocikit/console${view}`);
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('name="token"');
    expect(html).not.toContain("/_ocikit/console/assets/");
  });

  it.each(API_CALLS)("%s %s is refused with 401 NotAuthenticated", async (method, path) => {
    const res = await fetch(`${base}/_ocikit/console${path}`, { method, headers: { "content-type": "application/json" }, ...(method === "POST" ? { body: '{"status":503,"code":"X"}' } : {}) });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: "NotAuthenticated" });
    await volumeStillThere();
  });

  it.each([
    ["a made-up cookie", `${SESSION_COOKIE}=v1.99999999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`],
    ["a garbled cookie", `${SESSION_COOKIE}=hello`],
    ["the admin token as the cookie", `${SESSION_COOKIE}=${"x".repeat(3)}`],
  ])("%s is no session", async (_what, value) => {
    expect((await get("/_ocikit/console/api/session", { cookie: value })).status).toBe(401);
  });

  it("a wrong ?token= shows the sign-in page with an error and sets no cookie", async () => {
    const res = await get("/_ocikit/console/volumes?token=wrong");
    expect(res.status).toBe(401);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(await res.text()).toContain("not the admin token");
  });
});

describe("signing in", () => {
  it("?token= answers 303 to the same address without the token, with an HttpOnly SameSite=Strict cookie", async () => {
    const res = await get(`/_ocikit/console/volume-groups?tenancy=t1&token=${f.server.adminToken}&region=us-ashburn-1`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/_ocikit/console/volume-groups?tenancy=t1&region=us-ashburn-1");
    const set = res.headers.get("set-cookie") as string;
    expect(set).toMatch(new RegExp(`^${SESSION_COOKIE}=v1\\.`));
    expect(set).toContain("HttpOnly");
    expect(set).toContain("SameSite=Strict");
    expect(set).not.toContain(f.server.adminToken);
  });

  it.each([
    ["//evil.example/x", "/_ocikit/console"],
    ["https://evil.example/", "/_ocikit/console"],
    ["/_ocikit/console/requests?status=auth", "/_ocikit/console/requests?status=auth"],
    ["/_ocikit/consolex", "/_ocikit/console"],
    ["/_ocikit/console/..\\..", "/_ocikit/console"],
  ])("the sign-in form goes on to %s only if it is a console address (→ %s)", async (next, expected) => {
    const res = await fetch(`${base}/_ocikit/console/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
      body: new URLSearchParams({ token: f.server.adminToken, next }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(expected);
  });

  it("the sign-in form refuses a post from another origin", async () => {
    const res = await fetch(`${base}/_ocikit/console/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://127.0.0.1:1" },
      body: new URLSearchParams({ token: f.server.adminToken, next: "/_ocikit/console" }).toString(),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("a session opens every view and read", async () => {
    for (const view of VIEWS) expect((await get(`/_ocikit/console${view}`, { cookie })).status, view).toBe(200);
    const res = await get(`/_ocikit/console/api/resources/${volumeId}`, { cookie });
    expect(await res.json()).toMatchObject({ type: "volume", resource: { id: volumeId } });
  });
});

describe("state-changing calls with a session", () => {
  const write = (headers: Record<string, string>) => fetch(`${base}/_ocikit/console/api/faults`, { method: "POST", headers: { cookie, "content-type": "application/json", ...headers }, body: '{"operation":"GetVolume","status":503,"code":"ServiceUnavailable","count":1}' });

  it.each([
    ["no CSRF token (a form post)", {}],
    ["a wrong CSRF token", { [CSRF_HEADER]: "x".repeat(43) }],
    ["the right token from another origin", { origin: "http://127.0.0.1:1", get [CSRF_HEADER]() { return csrf; } }],
    ["the right token, cross-site fetch metadata", { "sec-fetch-site": "cross-site", get [CSRF_HEADER]() { return csrf; } }],
    ["an opaque origin", { origin: "null", get [CSRF_HEADER]() { return csrf; } }],
  ])("are refused with %s (403)", async (_what, headers) => {
    const res = await write({ ...headers });
    expect(res.status).toBe(403);
    expect(((await (await f.admin("GET", "/_ocikit/faults")).json()) as { rules: unknown[] }).rules).toEqual([]);
  });

  it("are carried out with the session's CSRF token from the same origin", async () => {
    const res = await write({ [CSRF_HEADER]: csrf, origin: base, "sec-fetch-site": "same-origin" });
    expect(res.status).toBe(200);
    const { rule } = (await res.json()) as { rule: { id: number } };
    const del = await fetch(`${base}/_ocikit/console/api/faults/${rule.id}`, { method: "DELETE", headers: { cookie, [CSRF_HEADER]: csrf } });
    expect(del.status).toBe(204);
  });
});

describe("from elsewhere", () => {
  const outside = Object.values(networkInterfaces())
    .flat()
    .find((a) => a !== undefined && a.family === "IPv4" && !a.internal)?.address;

  it("a client on a non-loopback address gets 403 for the console, its API and the docs, even with the token", async () => {
    expect(outside, "this test connects over the machine's own non-loopback IPv4 address").toBeDefined();
    // The Host header says 127.0.0.1, so only the client's address can give it away.
    const host = `127.0.0.1:${f.server.port}`;
    for (const path of [`/_ocikit/console?token=${f.server.adminToken}`, "/_ocikit/console/volumes", "/_ocikit/console/api/session", "/_ocikit/docs", "/_ocikit/docs/spec.json"]) {
      expect(await getWithHost(path, host, { cookie }, outside), path).toBe(403);
    }
    expect(await getWithHost("/_ocikit/console/api/reset", host, { cookie, [CSRF_HEADER]: csrf }, outside, "POST")).toBe(403);
    await volumeStillThere();
  });

  it("a page whose host name was pointed at 127.0.0.1 (DNS rebinding) is refused", async () => {
    expect(await getWithHost("/_ocikit/console/api/session", `evil.example:${f.server.port}`, { cookie })).toBe(403);
    expect(await getWithHost("/_ocikit/console/api/session", `localhost:${f.server.port}`, { cookie })).toBe(200);
    expect(await getWithHost("/_ocikit/console/api/session", `127.0.0.1:${f.server.port}`, { cookie })).toBe(200);
  });

  it("the API reference is open to loopback clients without a session", async () => {
    expect((await get("/_ocikit/docs")).status).toBe(200);
    const spec = (await (await get("/_ocikit/docs/spec.json")).json()) as { openapi: string };
    expect(spec.openapi).toBe("3.1.0");
  });
});
