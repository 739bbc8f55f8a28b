import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { makeGroup, startFixture, tempDir, writeOtherTenancyConfig, type Fixture } from "../../test/demo-fixture.js";

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

describe("admin API", () => {
  it("requires the bearer token", async () => {
    const none = await fetch(`${f.server.url}/_ocikit/stats`);
    expect(none.status).toBe(401);
    const wrong = await fetch(`${f.server.url}/_ocikit/stats`, { headers: { authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { code: string }).code).toBe("NotAuthenticated");
  });

  it("injects a fault on the nth matching call, after signature verification, count times", async () => {
    const added = await f.admin("POST", "/_ocikit/faults", {
      operation: "ListVolumes",
      nth: 2,
      count: 1,
      status: 429,
      code: "TooManyRequests",
      message: "slow down",
    });
    expect(added.status).toBe(200);
    const list = () => f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}`);
    // Unsigned requests are rejected before faults apply, and do not count as matches.
    expect((await fetch(`${f.server.url}/20160918/volumes?compartmentId=c`)).status).toBe(401);
    expect((await list()).status).toBe(200);
    const second = await list();
    expect([second.status, second.error]).toEqual([429, { code: "TooManyRequests", message: "slow down" }]);
    expect((await list()).status).toBe(200);
    expect((await f.api("GET", `/volumeGroups?compartmentId=${f.server.compartmentId}`)).status).toBe(200);
    const rules = (await (await f.admin("GET", "/_ocikit/faults")).json()) as { rules: Array<{ seen: number; applied: number }> };
    expect(rules.rules).toMatchObject([{ seen: 3, applied: 1 }]);
    expect((await f.admin("DELETE", "/_ocikit/faults")).status).toBe(204);
    expect(((await (await f.admin("GET", "/_ocikit/faults")).json()) as { rules: unknown[] }).rules).toEqual([]);
  });

  it.each([
    [{ status: 500 }, "code"],
    [{ probability: 2, status: 500, code: "X" }, "probability"],
    [{ nth: 0, status: 500, code: "X" }, "nth"],
    [{ colour: "red", status: 500, code: "X" }, "colour"],
    [{}, "status"],
    [{ phase: "later", status: 500, code: "X" }, "phase"],
  ])("rejects the malformed rule %j", async (rule, mentions) => {
    const res = await f.admin("POST", "/_ocikit/faults", rule);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain(mentions);
  });

  it("counts requests per operation and status", async () => {
    await f.api("GET", "/volumeGroupBackups/ocid1.volumegroupbackup.oc1.iad.nothing");
    const stats = (await (await f.admin("GET", "/_ocikit/stats")).json()) as { total: number; operations: Record<string, Record<string, number>> };
    expect(stats.operations.GetVolumeGroupBackup?.["404"]).toBe(1);
    expect(stats.operations.ListVolumes?.["429"]).toBe(1);
    expect(stats.total).toBeGreaterThan(3);
  });

  it("resets every resource", async () => {
    await makeGroup(f);
    expect((await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}`)).data).toHaveLength(2);
    expect((await f.admin("POST", "/_ocikit/reset")).status).toBe(204);
    expect((await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}`)).data).toEqual([]);
  });
});

describe("rate limit", () => {
  it("answers 429 TooManyRequests with retry-after once a tenancy exceeds its rate, other tenancies unaffected", async () => {
    let clock = Date.parse("2026-11-27T15:00:00.000Z");
    const dir = tempDir();
    const other = writeOtherTenancyConfig(dir);
    const g = await startFixture({ rateLimit: 2, now: () => new Date(clock), trustConfig: [other.path] });
    try {
      const list = () => g.api("GET", `/volumes?compartmentId=${g.server.compartmentId}`);
      const listAsOther = () => g.send("GET", `/20160918/volumes?compartmentId=${g.server.compartmentId}`, { key: other.key });
      expect((await list()).status).toBe(200);
      expect((await list()).status).toBe(200);
      const limited = await list();
      expect(limited.status).toBe(429);
      expect(limited.error?.code).toBe("TooManyRequests");
      expect(limited.headers.get("retry-after")).toBe("1");
      // The bucket is per tenancy: another tenancy still has its full rate.
      expect((await listAsOther()).status).toBe(200);
      expect((await listAsOther()).status).toBe(200);
      expect((await listAsOther()).status).toBe(429);
      clock += 1000;
      expect((await list()).status).toBe(200);
    } finally {
      await g.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
