// Request events (startDemoServer({ onRequest })) and the console slot (consoleHandler), through a real
// server and real signed requests.
import { generateKeyPairSync } from "node:crypto";
import { buildSigningString, parseAuthorization } from "@ocikit/signer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedRequest, startFixture, type Fixture } from "../../test/demo-fixture.js";
import type { RequestEvent } from "./request-event.js";
import type { ConsoleContext } from "./server-state.js";

let f: Fixture;
const events: RequestEvent[] = [];
const consoleCalls: Array<{ path: string; context: ConsoleContext }> = [];

/** The events that arrive for requests sent by `send` (they are emitted once the answer is written). */
async function eventsOf(send: () => Promise<Response>): Promise<{ res: Response; events: RequestEvent[] }> {
  const before = events.length;
  const res = await send();
  await res.arrayBuffer();
  await new Promise((r) => setTimeout(r, 20));
  return { res, events: events.slice(before) };
}

beforeAll(async () => {
  f = await startFixture({
    onRequest: (event) => events.push(event),
    consoleHandler: async (_req, res, path, context) => {
      consoleCalls.push({ path, context });
      res.writeHead(200, { "content-type": "text/html" }).end("<h1>console</h1>");
    },
  });
});
afterAll(() => f.close());

describe("request events", () => {
  it("describe an answered API request: time, method, path without query, region, operation, status, ids, latency", async () => {
    const sentAt = Date.now();
    const { res, events: got } = await eventsOf(() =>
      f.send("GET", `/20160918/volumes?compartmentId=${f.server.compartmentId}`, { headers: { "opc-request-id": "EVENT-1" } }),
    );
    expect(res.status).toBe(200);
    expect(got).toHaveLength(1);
    const [event] = got as [RequestEvent];
    expect(event).toMatchObject({
      method: "GET",
      path: "/20160918/volumes",
      region: "us-ashburn-1",
      operationId: "ListVolumes",
      status: 200,
      opcRequestId: "EVENT-1",
      keyId: f.key.keyId,
    });
    expect(event.code).toBeUndefined();
    expect(event.authFailure).toBeUndefined();
    expect(event.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Math.abs(Date.parse(event.time) - sentAt)).toBeLessThan(5_000);
    expect(event.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("carry the error code and the addressed region of failing calls", async () => {
    const missing = await eventsOf(() => f.send("GET", "/us-phoenix-1/20160918/volumes/ocid1.volume.oc1.phx.missing"));
    expect(missing.events).toMatchObject([
      { status: 404, code: "NotAuthorizedOrNotFound", region: "us-phoenix-1", operationId: "GetVolume", path: "/us-phoenix-1/20160918/volumes/ocid1.volume.oc1.phx.missing" },
    ]);
    const unknown = await eventsOf(() => f.send("GET", "/20160918/instances"));
    expect(unknown.events).toHaveLength(1);
    expect(unknown.events[0]).toMatchObject({ status: 404, code: "NotAuthorizedOrNotFound" });
    expect(unknown.events[0]?.operationId).toBeUndefined();
  });

  it("explain a refused signature: keyId, code, redacted headers and the signing string the server built", async () => {
    const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    const path = `/20160918/volumeGroupBackups?compartmentId=${f.server.compartmentId}`;
    const signed = await signedRequest(f.server.url, "GET", path, { keyId: f.key.keyId, privateKey: otherKey });
    const authorization = signed.headers.get("authorization") as string;
    const { res, events: got } = await eventsOf(() => fetch(signed));
    expect(res.status).toBe(401);
    const [event] = got as [RequestEvent];
    expect(event).toMatchObject({ status: 401, code: "NotAuthenticated", keyId: f.key.keyId });
    expect(event.operationId).toBeUndefined();
    expect(event.authFailure?.code).toBe("BAD_SIGNATURE");
    expect(event.authFailure?.message).toContain("Failed to verify the HTTP(S) Signature");
    // What the client signed is what the server computed (the signature itself is simply wrong).
    const parsed = parseAuthorization(authorization);
    const expected = buildSigningString({ method: "GET", target: path, headers: parsed.headers, value: (n) => signed.headers.get(n) });
    expect(event.authFailure?.signingString).toBe(expected);
    expect(event.authFailure?.headers.authorization).toContain('signature="<redacted>"');
    expect(event.authFailure?.headers.date).toBe(signed.headers.get("date"));
    expect(JSON.stringify(event)).not.toContain(parsed.signature);
  });

  it("keep the keyId of an unknown key, and have no signing string when a signed header is missing", async () => {
    const signed = await signedRequest(f.server.url, "GET", "/20160918/volumes?compartmentId=c", { keyId: "ocid1.tenancy.oc1..x/ocid1.user.oc1..y/aa:bb", privateKey: f.key.privateKey });
    const headers = new Headers(signed.headers);
    headers.delete("date");
    const { events: got } = await eventsOf(() => fetch(signed.url, { headers }));
    expect(got[0]).toMatchObject({ status: 401, keyId: "ocid1.tenancy.oc1..x/ocid1.user.oc1..y/aa:bb" });
    expect(got[0]?.authFailure?.signingString).toBeUndefined();
    const none = await eventsOf(() => fetch(`${f.server.url}/20160918/volumes?compartmentId=c`));
    expect(none.events[0]?.keyId).toBeUndefined();
    expect(none.events[0]?.authFailure?.headers.authorization).toBeUndefined();
  });

  it("are not emitted for /health, the admin API or the console", async () => {
    const got = await eventsOf(async () => {
      await (await fetch(`${f.server.url}/health`)).arrayBuffer();
      await (await f.admin("GET", "/_ocikit/stats")).arrayBuffer();
      return fetch(`${f.server.url}/_ocikit/console/volumes`);
    });
    expect(got.events).toEqual([]);
  });
});

describe("console slot", () => {
  it.each([["/_ocikit/console"], ["/_ocikit/console/volume-groups"], ["/_ocikit/docs"], ["/_ocikit/docs/ListVolumes"]])(
    "gives %s to the console handler, with the server's state",
    async (path) => {
      const before = consoleCalls.length;
      const res = await fetch(`${f.server.url}${path}?token=x`);
      expect([res.status, await res.text()]).toEqual([200, "<h1>console</h1>"]);
      expect(consoleCalls.slice(before).map((c) => c.path)).toEqual([path]);
      const context = consoleCalls.at(-1)?.context as ConsoleContext;
      expect(context.adminToken).toBe(f.server.adminToken);
      expect(context.region).toBe("us-ashburn-1");
      expect(typeof context.store.getResource).toBe("function");
    },
  );

  it("leaves other /_ocikit paths to the admin API", async () => {
    const res = await fetch(`${f.server.url}/_ocikit/consoles`);
    expect(res.status).toBe(401);
  });

  it("answers 404 JSON when the server has no console handler", async () => {
    const g = await startFixture();
    try {
      for (const path of ["/_ocikit/console", "/_ocikit/docs/x"]) {
        const res = await fetch(`${g.server.url}${path}`);
        expect(res.status).toBe(404);
        expect(res.headers.get("content-type")).toBe("application/json");
        expect(((await res.json()) as { code: string }).code).toBe("NotFound");
      }
    } finally {
      await g.close();
    }
  });
});
