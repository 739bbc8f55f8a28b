// The console's data endpoints read the server's own store, as the API renders it, without side effects
// — the same on SQLite and on PostgreSQL (a table of stores, real servers, real signed API calls). On
// PostgreSQL a second replica's console shows what the first one wrote (no copy, no cache).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startConsoleFixture, type ConsoleFixture } from "../../test/console-fixture.js";
import { startFixture, type Fixture } from "../../test/demo-fixture.js";
import { createConsole } from "./create-console.js";
import { createTestDatabase, type TestDatabase } from "../../test/postgres/test-database.js";
import type { DemoServerOptions } from "../index.js";
import type { RequestEvent } from "../pipeline/request-event.js";

interface StoreCase {
  name: string;
  /** Server options for this store (a fresh database each call); `cleanup` after the servers closed. */
  setup(): Promise<{ options: Partial<DemoServerOptions>; cleanup: () => Promise<void> }>;
  shared: boolean;
}

const STORES: StoreCase[] = [
  { name: "SQLite", shared: false, setup: async () => ({ options: {}, cleanup: async () => {} }) },
  {
    name: "PostgreSQL",
    shared: true,
    setup: async () => {
      const db: TestDatabase = await createTestDatabase();
      return { options: { database: db.url }, cleanup: () => db.drop() };
    },
  },
];

describe.each(STORES)("console reads on $name", (store) => {
  let f: ConsoleFixture;
  let cleanup: () => Promise<void> = async () => {};
  let options: Partial<DemoServerOptions> = {};
  let cookie = "";
  let csrf = "";
  const events: RequestEvent[] = [];

  beforeAll(async () => {
    ({ options, cleanup } = await store.setup());
    f = await startConsoleFixture({ ...options, lifecycle: { mode: "polls", polls: 2 }, onRequest: (e) => events.push(e) });
    ({ cookie, csrf } = await signIn(f));
  }, 60_000);
  afterAll(async () => {
    await f?.close();
    await cleanup();
  });

  const consoleGet = async (fx: ConsoleFixture, path: string, c = cookie) =>
    // biome-ignore lint/suspicious/noExplicitAny: tests read fields of whatever JSON came back.
    (await fetch(`${fx.consoleUrl}/api/${path}`, { headers: { cookie: c } })).json() as Promise<any>;
  const scopeQuery = (compartmentId = f.server.compartmentId) =>
    `tenancyId=${f.server.tenancyId}&region=us-ashburn-1&compartmentId=${compartmentId}`;

  it("show a resource exactly as GetVolume does, and never count as a poll of its lifecycle", async () => {
    const created = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, displayName: "polled", sizeInGBs: 50 });
    expect(created.data.lifecycleState).toBe("PROVISIONING");
    for (let i = 0; i < 5; i++) {
      const seen = await consoleGet(f, `resources/${created.data.id}`);
      expect(seen).toMatchObject({ type: "volume", tenancyId: f.server.tenancyId, region: "us-ashburn-1" });
      expect(seen.resource.lifecycleState).toBe("PROVISIONING");
    }
    const list = await consoleGet(f, `resources?type=volume&${scopeQuery()}`);
    expect(list.items.map((v: { id: string }) => v.id)).toEqual([created.data.id]);
    const first = await f.api("GET", `/volumes/${created.data.id}`);
    expect(first.data.lifecycleState).toBe("PROVISIONING");
    const second = await f.api("GET", `/volumes/${created.data.id}`);
    expect(second.data.lifecycleState).toBe("AVAILABLE");
    expect((await consoleGet(f, `resources/${created.data.id}`)).resource).toEqual(second.data);
  });

  it("list a volume group backup with its member volume backups, each as the API's Get returns it", async () => {
    // polls mode: two GETs settle a resource.
    const settle = async (path: string) => {
      await f.api("GET", path);
      return f.api("GET", path);
    };
    const volumeIds: string[] = [];
    for (const n of [1, 2]) {
      const v = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, displayName: `member-${n}`, sizeInGBs: 50 });
      volumeIds.push(v.data.id);
      await settle(`/volumes/${v.data.id}`);
    }
    const group = await f.api("POST", "/volumeGroups", {
      compartmentId: f.server.compartmentId,
      availabilityDomain: "Uocm:US-ASHBURN-AD-1",
      displayName: "group",
      sourceDetails: { type: "volumeIds", volumeIds },
    });
    expect(group.status).toBe(200);
    const groupId: string = group.data.id;
    await settle(`/volumeGroups/${groupId}`);
    const backup = await f.api("POST", "/volumeGroupBackups", { volumeGroupId: groupId, compartmentId: f.server.compartmentId, type: "FULL" });
    expect(backup.status).toBe(200);
    await settle(`/volumeGroupBackups/${backup.data.id}`);
    for (const id of backup.data.volumeBackupIds as string[]) await settle(`/volumeBackups/${id}`);
    const listed = await consoleGet(f, `resources?type=volumegroupbackup&${scopeQuery()}`);
    expect(listed.items.map((b: { id: string }) => b.id)).toEqual([backup.data.id]);
    const members: string[] = listed.items[0].volumeBackupIds;
    expect(members).toHaveLength(2);
    for (const id of members) {
      const member = await consoleGet(f, `resources/${id}`);
      expect(member.type).toBe("volumebackup");
      expect(volumeIds).toContain(member.resource.volumeId);
      const viaApi = await f.api("GET", `/volumeBackups/${id}`);
      expect(member.resource).toEqual(viaApi.data);
    }
    const groups = await consoleGet(f, `resources?type=volumegroup&${scopeQuery()}`);
    expect(groups.items[0].volumeIds).toEqual(volumeIds);
  });

  it("offer the demo tenancy as a scope from the start, and every compartment in use", async () => {
    let session = await consoleGet(f, "session");
    expect(session.scopes[0]).toMatchObject({ tenancyId: f.server.tenancyId, label: "demo", regions: ["us-ashburn-1"] });
    expect(session.scopes[0].compartments).toContain(f.server.compartmentId);
    expect(session.features).toEqual({ clock: true, policies: true });
    const elsewhere = `ocid1.compartment.oc1..consoleelsewhere${store.name.toLowerCase()}`;
    const vol = await f.api("POST", "/volumes", { compartmentId: elsewhere, displayName: "elsewhere", sizeInGBs: 50 });
    expect(vol.status).toBe(200);
    session = await consoleGet(f, "session");
    expect(session.scopes[0].compartments).toContain(elsewhere);
    const list = await consoleGet(f, `resources?type=volume&${scopeQuery(elsewhere)}`);
    expect(list.items.map((v: { id: string }) => v.id)).toEqual([vol.data.id]);
  });

  it("answer 404 for an unknown OCID and 400 for an unknown type or a missing scope", async () => {
    expect(await consoleGet(f, "resources/ocid1.volume.oc1.iad.doesnotexist")).toMatchObject({ code: "NotFound" });
    expect(await consoleGet(f, "resources?type=user&tenancyId=t&region=r&compartmentId=c")).toMatchObject({ code: "InvalidParameter" });
    expect(await consoleGet(f, "resources?type=volume&tenancyId=t&region=r")).toMatchObject({ code: "MissingParameter" });
  });

  it("add and remove fault rules the admin API sees, and reset the store", async () => {
    const write = (path: string, method: string, body?: unknown) =>
      fetch(`${f.consoleUrl}/api/${path}`, {
        method,
        headers: { cookie, "x-ocikit-csrf": csrf, origin: new URL(f.consoleUrl).origin, "content-type": "application/json" },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    const added = await write("faults", "POST", { operation: "ListVolumes", status: 503, code: "ServiceUnavailable" });
    expect(added.status).toBe(200);
    const { rule } = (await added.json()) as { rule: { id: number } };
    const viaAdmin = (await (await f.admin("GET", "/_ocikit/faults")).json()) as { rules: Array<{ id: number }> };
    expect(viaAdmin.rules.map((r) => r.id)).toContain(rule.id);
    expect((await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}`)).status).toBe(503);
    expect((await write("faults", "POST", { operation: "ListVolumes", status: 99 })).status).toBe(400);
    expect((await write(`faults/${rule.id}`, "DELETE")).status).toBe(204);
    expect((await consoleGet(f, "faults")).rules).toEqual([]);
    expect((await write("reset", "POST")).status).toBe(204);
    expect((await consoleGet(f, `resources?type=volume&${scopeQuery()}`)).items).toEqual([]);
  });

  it("log each API request (not console or admin calls) with operation, status, caller and id", async () => {
    events.length = 0;
    const ok = await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}`);
    await consoleGet(f, "session");
    await f.admin("GET", "/_ocikit/faults");
    const bad = await fetch(`${f.server.url}/20160918/volumes`, {
      headers: {
        authorization: 'Signature keyId="x/y/z",algorithm="rsa-sha256",headers="date",signature="c2ln"',
        date: new Date().toUTCString(),
        cookie: "session=cookie-secret-value",
      },
    });
    await bad.arrayBuffer();
    await new Promise((r) => setTimeout(r, 50));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ method: "GET", path: "/20160918/volumes", operationId: "ListVolumes", status: 200, keyId: f.key.keyId, opcRequestId: ok.headers.get("opc-request-id") });
    expect(events[1]).toMatchObject({ status: 401, code: "NotAuthenticated", keyId: "x/y/z", opcRequestId: bad.headers.get("opc-request-id") });
    const logged = (await consoleGet(f, "requests")).events as Array<RequestEvent & { seq: number }>;
    const failure = logged.find((e) => e.opcRequestId === bad.headers.get("opc-request-id"));
    expect(failure?.authFailure?.code).toBe("MISSING_SIGNED_HEADER");
    expect(failure?.authFailure?.signingString).toMatch(/^date: /);
    expect(failure?.authFailure?.headers.date).toBeDefined();
    // Secrets are never shown whole: not the signature, not a cookie.
    expect(JSON.stringify(failure)).not.toContain('signature="c2ln"');
    expect(JSON.stringify(failure)).not.toContain("cookie-secret-value");
  });

  // Replicas share a database only on PostgreSQL: the case exists on that row alone.
  if (store.shared) {
  it("show on a second replica's console what the first replica wrote", async () => {
      const other = await startConsoleFixture(options);
      try {
        const { cookie: otherCookie } = await signIn(other);
        const vol = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, displayName: "from-replica-1", sizeInGBs: 50 });
        expect(other.server.adminToken).toBe(f.server.adminToken);
        const seen = await consoleGet(other, `resources/${vol.data.id}`, otherCookie);
        expect(seen.resource.displayName).toBe("from-replica-1");
        const list = await consoleGet(other, `resources?type=volume&${scopeQuery()}`, otherCookie);
        expect(list.items.map((v: { id: string }) => v.id)).toContain(vol.data.id);
      } finally {
        await other.close();
      }
    });
  }
});

describe("one createConsole() given to two servers", () => {
  it("reads each server's own store", async () => {
    const shared = createConsole();
    const options = { onRequest: shared.onRequest, consoleHandler: shared.consoleHandler };
    const [a, b] = [await startFixture(options), await startFixture(options)] as [Fixture, Fixture];
    try {
      for (const [f, name] of [[a, "on-a"], [b, "on-b"]] as const) {
        const vol = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, displayName: name, sizeInGBs: 50 });
        expect(vol.status).toBe(200);
      }
      for (const [f, name] of [[a, "on-a"], [b, "on-b"]] as const) {
        const consoleUrl = `http://127.0.0.1:${f.server.port}/_ocikit/console`;
        const { cookie } = await signIn({ ...f, console: shared, consoleUrl });
        const query = `type=volume&tenancyId=${f.server.tenancyId}&region=us-ashburn-1&compartmentId=${f.server.compartmentId}`;
        const list = (await (await fetch(`${consoleUrl}/api/resources?${query}`, { headers: { cookie } })).json()) as { items: Array<{ displayName: string }> };
        expect(list.items.map((v) => v.displayName)).toEqual([name]);
      }
    } finally {
      await a.close();
      await b.close();
    }
  });
});
