// Backup policies, assignments, the scheduler and the server clock, end to end over HTTP on a real
// server, once on a SQLite file and once on a PostgreSQL database. Real and client time are frozen at T0 (a Wednesday), so every expected slot
// below is a fixed instant worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, startFixture, type Fixture } from "./demo-fixture.js";
import { useTestDatabase } from "./postgres/test-database.js";

const T0 = Date.parse("2026-03-04T12:00:00Z");
const DAY = 86_400;
const GOLD = "ocid1.volumebackuppolicy.oc1..aaaaaaaagcremuefit7dpcnjpdrtphjk4bwm3emm55t6cghctt2m6iyyjdva";
const daily = { backupType: "INCREMENTAL", period: "ONE_DAY", offsetType: "STRUCTURED", hourOfDay: 2, timeZone: "UTC", retentionSeconds: 7 * DAY };
const weekly = { backupType: "FULL", period: "ONE_WEEK", offsetType: "STRUCTURED", dayOfWeek: "SUNDAY", hourOfDay: 3, timeZone: "UTC", retentionSeconds: 28 * DAY };

describe.each(["SQLite", "PostgreSQL"])("on %s", (storeName) => {
  const db = storeName === "PostgreSQL" ? useTestDatabase() : undefined;
  let f: Fixture;
  const frozen = () => new Date(T0);
  beforeAll(async () => {
    f = await startFixture({ now: frozen, ...(db !== undefined ? { database: db.url } : {}) }, frozen);
  });
  afterAll(() => f.close());

  const policy = async (body: Record<string, unknown> = {}, headers?: Record<string, string>) =>
    f.api("POST", "/volumeBackupPolicies", { compartmentId: f.server.compartmentId, displayName: "nightly", schedules: [daily], ...body }, headers);
  const assign = (assetId: string, policyId: string) => f.api("POST", "/volumeBackupPolicyAssignments", { assetId, policyId });
  const clock = async (method: "GET" | "POST", body?: unknown) => {
    const res = await f.admin(method, "/_ocikit/clock", body);
    return { status: res.status, body: (await res.json()) as any };
  };

  describe("Oracle-defined policies", () => {
    it("are listed without a compartment, readable, and refuse update and delete with a clear 400", async () => {
      const list = await f.api("GET", "/volumeBackupPolicies");
      expect(list.data.map((p: { displayName: string }) => p.displayName)).toEqual(["silver", "bronze", "gold"]);
      expect(list.data.every((p: { compartmentId?: string }) => p.compartmentId === undefined)).toBe(true);
      const gold = await f.api("GET", `/volumeBackupPolicies/${GOLD}`);
      expect([gold.status, gold.data.displayName, gold.headers.get("etag")]).toEqual([200, "gold", expect.any(String)]);
      for (const [method, body] of [["PUT", { displayName: "mine" }], ["DELETE", undefined]] as const) {
        const res = await f.api(method, `/volumeBackupPolicies/${GOLD}`, body);
        expect([res.status, res.error?.code]).toEqual([400, "InvalidParameter"]);
        expect(res.error?.message).toMatch(/Oracle-defined.*user-defined policy/);
      }
    });

    it("pages the Oracle-defined list with limit", async () => {
      const first = await f.api("GET", "/volumeBackupPolicies?limit=2");
      expect(first.data).toHaveLength(2);
      const next = first.headers.get("opc-next-page");
      const second = await f.api("GET", `/volumeBackupPolicies?limit=2&page=${encodeURIComponent(next!)}`);
      expect([second.data.map((p: { displayName: string }) => p.displayName), second.headers.get("opc-next-page")]).toEqual([["gold"], null]);
    });
  });

  describe("user-defined policies", () => {
    it("create, get, list, update with if-match, delete", async () => {
      const created = await policy({ freeformTags: { team: "storage" } });
      expect(created.status).toBe(200);
      const id = created.data.id as string;
      expect(id).toMatch(/^ocid1\.volumebackuppolicy\.oc1\.iad\./);
      expect(created.data).toMatchObject({ compartmentId: f.server.compartmentId, displayName: "nightly", schedules: [daily], timeCreated: new Date(T0).toISOString() });
      const etag = created.headers.get("etag")!;
      expect((await f.api("GET", `/volumeBackupPolicies/${id}`)).headers.get("etag")).toBe(etag);
      const listed = await f.api("GET", `/volumeBackupPolicies?compartmentId=${f.server.compartmentId}`);
      expect(listed.data.map((p: { id: string }) => p.id)).toContain(id);

      const stale = await f.api("PUT", `/volumeBackupPolicies/${id}`, { displayName: "x" }, { "if-match": "stale" });
      expect([stale.status, stale.error?.code]).toEqual([412, "NoEtagMatch"]);
      const updated = await f.api("PUT", `/volumeBackupPolicies/${id}`, { schedules: [weekly], destinationRegion: "us-phoenix-1" }, { "if-match": etag });
      expect(updated.data).toMatchObject({ schedules: [weekly], destinationRegion: "us-phoenix-1", freeformTags: { team: "storage" } });
      const reset = await f.api("PUT", `/volumeBackupPolicies/${id}`, { destinationRegion: "none" });
      expect(reset.data.destinationRegion).toBeUndefined();

      expect((await f.api("DELETE", `/volumeBackupPolicies/${id}`, undefined, { "if-match": "stale" })).status).toBe(412);
      expect((await f.api("DELETE", `/volumeBackupPolicies/${id}`)).status).toBe(204);
      expect((await f.api("GET", `/volumeBackupPolicies/${id}`)).status).toBe(404);
    });

    it("honours retry tokens: same request → same policy; other request → 409", async () => {
      const first = await policy({ displayName: "once" }, { "opc-retry-token": "policy-token-1" });
      const again = await policy({ displayName: "once" }, { "opc-retry-token": "policy-token-1" });
      expect(again.data.id).toBe(first.data.id);
      const other = await policy({ displayName: "twice" }, { "opc-retry-token": "policy-token-1" });
      expect([other.status, other.error?.code]).toEqual([409, "Conflict"]);
    });

    it.each([
      ["two schedules of one period", { schedules: [weekly, { ...weekly, dayOfWeek: "MONDAY" }] }, 400, /only one schedule per period/],
      ["no retentionSeconds", { schedules: [{ backupType: "FULL", period: "ONE_DAY" }] }, 400, /retentionSeconds/],
      ["an unknown period", { schedules: [{ ...daily, period: "TWO_DAYS" }] }, 400, /period/],
      ["an offset outside the period", { schedules: [{ ...daily, offsetType: "NUMERIC_SECONDS", offsetSeconds: DAY }] }, 400, /0 to 86399/],
      ["an unknown destination region", { destinationRegion: "mars-1" }, 400, /mars-1/],
      ["its own region as destination", { destinationRegion: "us-ashburn-1" }, 400, /another region/],
    ])("refuses %s", async (_name, body, status, message) => {
      const res = await policy(body);
      expect(res.status).toBe(status);
      expect(res.error?.message).toMatch(message);
    });

    it("an empty policy is allowed", async () => {
      expect((await policy({ schedules: [] })).data.schedules).toEqual([]);
    });
  });

  describe("assignments", () => {
    it("assign, read by asset, replace silently, refuse deleting an assigned policy, unassign", async () => {
      const { groupId } = await makeGroup(f, 2);
      const p1 = (await policy()).data.id as string;
      const p2 = (await policy({ displayName: "other" })).data.id as string;
      const first = await assign(groupId, p1);
      expect(first.data).toMatchObject({ assetId: groupId, policyId: p1, timeCreated: new Date(T0).toISOString() });
      expect(first.data.id).toMatch(/^ocid1\.volumebackuppolicyassignment\.oc1\.iad\./);
      const blocked = await f.api("DELETE", `/volumeBackupPolicies/${p1}`);
      expect([blocked.status, blocked.error?.code]).toEqual([409, "Conflict"]);
      expect(blocked.error?.message).toContain(groupId);

      const second = await assign(groupId, p2);
      const byAsset = await f.api("GET", `/volumeBackupPolicyAssignments?assetId=${groupId}`);
      expect(byAsset.data.map((a: { id: string }) => a.id)).toEqual([second.data.id]);
      expect((await f.api("GET", `/volumeBackupPolicyAssignments/${first.data.id}`)).status).toBe(404);
      expect((await f.api("DELETE", `/volumeBackupPolicies/${p1}`)).status).toBe(204);

      expect((await f.api("DELETE", `/volumeBackupPolicyAssignments/${second.data.id}`, undefined, { "if-match": "stale" })).status).toBe(412);
      expect((await f.api("DELETE", `/volumeBackupPolicyAssignments/${second.data.id}`)).status).toBe(204);
      expect((await f.api("GET", `/volumeBackupPolicyAssignments?assetId=${groupId}`)).data).toEqual([]);
    });

    it("refuses Oracle-defined policies on volume groups, and allows them on volumes", async () => {
      const { groupId, volumeIds } = await makeGroup(f, 1);
      const onGroup = await assign(groupId, GOLD);
      expect([onGroup.status, onGroup.error?.code]).toEqual([400, "InvalidParameter"]);
      expect(onGroup.error?.message).toMatch(/not support those on volume groups/);
      const free = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId });
      expect((await assign(free.data.id, GOLD)).status).toBe(200);
      expect(volumeIds).toHaveLength(1);
    });

    it("keeps volume and group assignments exclusive, both ways", async () => {
      const p = (await policy()).data.id as string;
      const { groupId, volumeIds } = await makeGroup(f, 1);
      const own = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, backupPolicyId: p });
      // The volume got its assignment at create.
      expect((await f.api("GET", `/volumeBackupPolicyAssignments?assetId=${own.data.id}`)).data).toHaveLength(1);
      await assign(groupId, p);
      const join = await f.api("PUT", `/volumeGroups/${groupId}`, { volumeIds: [...volumeIds, own.data.id] });
      expect([join.status, join.error?.code]).toEqual([409, "Conflict"]);
      expect(join.error?.message).toMatch(/own backup policy assignment/);
      const member = await assign(volumeIds[0]!, p);
      expect([member.status, member.error?.code]).toEqual([409, "Conflict"]);
      expect(member.error?.message).toMatch(/manages its backups/);
      // A group cannot get a policy while a member volume has its own.
      const withOwn = await f.api("POST", "/volumeGroups", {
        compartmentId: f.server.compartmentId,
        availabilityDomain: "Uocm:US-ASHBURN-AD-1",
        backupPolicyId: p,
        sourceDetails: { type: "volumeIds", volumeIds: [own.data.id] },
      });
      expect([withOwn.status, withOwn.error?.code]).toEqual([409, "Conflict"]);
      // …and nothing of that refused create is left behind.
      expect((await f.api("GET", `/volumes/${own.data.id}`)).data.volumeGroupId).toBeUndefined();
    });

    it("deleting the asset deletes its assignment", async () => {
      const p = (await policy()).data.id as string;
      const volume = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId });
      const made = await assign(volume.data.id, p);
      expect((await f.api("DELETE", `/volumes/${volume.data.id}`)).status).toBe(204);
      expect((await f.api("GET", `/volumeBackupPolicyAssignments/${made.data.id}`)).status).toBe(404);
      expect((await f.api("DELETE", `/volumeBackupPolicies/${p}`)).status).toBe(204);
    });

    it("refuses an asset or policy it cannot see with 404", async () => {
      const p = (await policy()).data.id as string;
      expect((await assign("ocid1.volume.oc1.iad.nope", p)).status).toBe(404);
      const volume = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId });
      expect((await assign(volume.data.id, "ocid1.volumebackuppolicy.oc1.iad.nope")).status).toBe(404);
    });
  });

  describe("the scheduler and the server clock", () => {
    it("GET /_ocikit/clock shows the frozen real time plus the offset; bad advances are 400", async () => {
      const before = await clock("GET");
      expect(before.status).toBe(200);
      expect(Date.parse(before.body.now) - T0).toBe(before.body.offsetSeconds * 1000);
      for (const body of [{ advanceSeconds: -1 }, { advanceSeconds: 1.5 }, { advanceSeconds: "60" }, { seconds: 60 }, [60]]) {
        const res = await clock("POST", body);
        expect([JSON.stringify(body), res.status, res.body.code]).toEqual([JSON.stringify(body), 400, "InvalidParameter"]);
      }
      expect((await clock("GET")).body).toEqual(before.body);
      const noToken = await fetch(`${f.server.url}/_ocikit/clock`);
      expect(noToken.status).toBe(401);
    });

    it("daily (7-day retention) + weekly FULL, advanced 10 days: exactly the backups a tenancy would hold", async () => {
      const start = Date.parse((await clock("GET")).body.now);
      expect(start).toBe(T0); // nothing advanced the clock yet
      const { groupId } = await makeGroup(f, 2);
      const p = (await policy({ displayName: "nightly", schedules: [daily, weekly] })).data.id as string;
      await assign(groupId, p);
      const advanced = await clock("POST", { advanceSeconds: 10 * DAY });
      expect(advanced.body).toEqual({ now: "2026-03-14T12:00:00.000Z", offsetSeconds: 10 * DAY });

      const list = await f.api("GET", `/volumeGroupBackups?compartmentId=${f.server.compartmentId}&volumeGroupId=${groupId}&sortOrder=ASC`);
      // By hand: dailies at 02:00 on 5–14 March, except Sunday 8 March, which is the weekly FULL's
      // (03:00). Those of 5–7 March expired 7 days later (before 14 March 03:00) and, an hour after
      // their deletion, are gone from lists.
      expect(list.data.map((b: any) => [b.timeCreated, b.type, b.sourceType, b.expirationTime, b.lifecycleState])).toEqual([
        ["2026-03-08T03:00:00.000Z", "FULL", "SCHEDULED", "2026-04-05T03:00:00.000Z", "AVAILABLE"],
        ...[9, 10, 11, 12, 13, 14].map((d) => [
          `2026-03-${String(d).padStart(2, "0")}T02:00:00.000Z`,
          "INCREMENTAL",
          "SCHEDULED",
          `2026-03-${String(d + 7).padStart(2, "0")}T02:00:00.000Z`,
          "AVAILABLE",
        ]),
      ]);
      expect(list.data[0].displayName).toBe("nightly ONE_WEEK 2026-03-08T03:00:00Z");
      expect(list.data[0].volumeBackupIds).toHaveLength(2);
      const member = await f.api("GET", `/volumeBackups/${list.data[0].volumeBackupIds[0]}`);
      expect(member.data).toMatchObject({ sourceType: "SCHEDULED", volumeGroupBackupId: list.data[0].id, expirationTime: "2026-04-05T03:00:00.000Z" });

      // Advancing 0 changes nothing. 15 March is a Sunday again: its daily (02:00) yields to the weekly (03:00).
      await clock("POST", { advanceSeconds: 0 });
      expect((await f.api("GET", `/volumeGroupBackups?compartmentId=${f.server.compartmentId}&volumeGroupId=${groupId}`)).data).toHaveLength(7);
      await clock("POST", { advanceSeconds: 15 * 3600 });
      const after = await f.api("GET", `/volumeGroupBackups?compartmentId=${f.server.compartmentId}&volumeGroupId=${groupId}&sortOrder=DESC&limit=2`);
      expect(after.data.map((b: any) => [b.timeCreated, b.type])).toEqual([
        ["2026-03-15T03:00:00.000Z", "FULL"],
        ["2026-03-14T02:00:00.000Z", "INCREMENTAL"],
      ]);
    });

    it("copies each scheduled backup to the policy's destination region, with the same expiration", async () => {
      const { groupId } = await makeGroup(f, 1);
      const p = (await policy({ displayName: "dr", schedules: [{ ...daily, hourOfDay: 5 }], destinationRegion: "us-phoenix-1" })).data.id as string;
      await assign(groupId, p);
      const now = Date.parse((await clock("GET")).body.now);
      await clock("POST", { advanceSeconds: DAY });
      const here = (await f.api("GET", `/volumeGroupBackups?compartmentId=${f.server.compartmentId}&volumeGroupId=${groupId}`)).data;
      expect(here).toHaveLength(1);
      const res = await f.send("GET", `/us-phoenix-1/20160918/volumeGroupBackups?compartmentId=${f.server.compartmentId}`);
      const copies = ((await res.json()) as any[]).filter((b) => b.sourceVolumeGroupBackupId === here[0].id);
      expect(copies.map((c) => [c.expirationTime, c.sourceType, c.timeCreated])).toEqual([[here[0].expirationTime, "SCHEDULED", here[0].timeCreated]]);
      expect(Date.parse(here[0].timeCreated)).toBeGreaterThan(now);
    });
  });
});
