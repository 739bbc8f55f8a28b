// The console reads the server's own state, as the API renders it, without side effects; the
// server reports every API request to `onRequest`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixture, type Fixture } from "../../test/demo-fixture.js";
import type { RequestEvent } from "../pipeline/request-event.js";

let f: Fixture;
let cookie = "";
const events: RequestEvent[] = [];

beforeAll(async () => {
  f = await startFixture({ lifecycle: { mode: "polls", polls: 2 }, onRequest: (e) => events.push(e) });
  const login = await fetch(`${f.server.url}/_ocikit/console?token=${f.server.adminToken}`, { redirect: "manual" });
  cookie = (login.headers.get("set-cookie") as string).split(";")[0] as string;
});
afterAll(() => f.close());

const consoleGet = async (path: string) => (await fetch(`${f.server.url}/_ocikit/console/api/${path}`, { headers: { cookie } })).json() as Promise<any>;

describe("console reads", () => {
  it("show a resource exactly as GetVolume does, and never count as a poll of its lifecycle", async () => {
    const created = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, displayName: "polled", sizeInGBs: 50 });
    expect(created.data.lifecycleState).toBe("PROVISIONING");
    for (let i = 0; i < 5; i++) {
      const seen = await consoleGet(`resources/${created.data.id}`);
      expect(seen.resource.lifecycleState).toBe("PROVISIONING");
    }
    const list = await consoleGet(`resources?type=volume&tenancyId=${f.server.tenancyId}&region=us-ashburn-1&compartmentId=${f.server.compartmentId}`);
    expect(list.items.map((v: { id: string }) => v.id)).toEqual([created.data.id]);
    const first = await f.api("GET", `/volumes/${created.data.id}`);
    expect(first.data.lifecycleState).toBe("PROVISIONING");
    const second = await f.api("GET", `/volumes/${created.data.id}`);
    expect(second.data.lifecycleState).toBe("AVAILABLE");
    expect((await consoleGet(`resources/${created.data.id}`)).resource).toEqual(second.data);
  });

  it("list the demo tenancy's compartment as a scope from the start", async () => {
    const session = await consoleGet("session");
    expect(session.scopes[0]).toMatchObject({ tenancyId: f.server.tenancyId, label: "demo", regions: ["us-ashburn-1"] });
    expect(session.scopes[0].compartments).toContain(f.server.compartmentId);
    expect(session.features).toEqual({ clock: false, policies: false });
  });

  it("answer 404 for an unknown OCID and 400 for an unknown type", async () => {
    expect(await consoleGet("resources/ocid1.volume.oc1.iad.doesnotexist")).toMatchObject({ code: "NotFound" });
    expect(await consoleGet("resources?type=user&tenancyId=t&region=r&compartmentId=c")).toMatchObject({ code: "InvalidParameter" });
  });
});

describe("request events", () => {
  it("report each API request (not console or admin calls) with operation, status, caller and id", async () => {
    events.length = 0;
    const ok = await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}`);
    await consoleGet("session");
    await f.admin("GET", "/_ocikit/faults");
    const bad = await fetch(`${f.server.url}/20160918/volumes`, { headers: { authorization: 'Signature keyId="x/y/z",algorithm="rsa-sha256",headers="date",signature="c2ln"', date: new Date().toUTCString() } });
    await new Promise((r) => setTimeout(r, 20));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ method: "GET", path: "/20160918/volumes", operationId: "ListVolumes", status: 200, keyId: f.key.keyId, opcRequestId: ok.headers.get("opc-request-id"), region: "us-ashburn-1" });
    expect(events[0]?.authFailure).toBeUndefined();
    expect(events[1]).toMatchObject({ status: 401, code: "NotAuthenticated", keyId: "x/y/z", opcRequestId: bad.headers.get("opc-request-id") });
    expect(events[1]?.authFailure?.code).toBe("MISSING_SIGNED_HEADER");
    expect(events[1]?.authFailure?.signingString).toMatch(/^date: /);
    expect(events[1]?.authFailure?.headers.authorization).not.toContain('signature="c2ln"');
    expect(events[0]?.latencyMs).toBeGreaterThan(0);
  });
});
