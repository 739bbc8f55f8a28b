// Fault rules and trusted keys as three replicas (three pools on one database) share them.
import { generateKeyPairSync } from "node:crypto";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprint } from "@ocikit/signer";
import { useTestDatabase } from "../../../test/postgres/test-database.js";
import { connectPostgres } from "./connect-postgres.js";
import { parseDatabaseUrl } from "./database-url.js";
import { SharedFaultRules } from "./shared-fault-rules.js";
import { SharedKeyRegistry } from "./shared-key-registry.js";

describe("state shared by replicas", () => {
  const db = useTestDatabase();
  let pools: pg.Pool[];
  beforeAll(async () => {
    pools = await Promise.all([1, 2, 3].map(() => connectPostgres(parseDatabaseUrl(db.url))));
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
  });
  const pool = (i: number) => pools[i % 3] as pg.Pool;

  it("fault rules: posted on one replica, counted across all, a count-limited rule fires exactly that often", async () => {
    const rules = [0, 1, 2].map((i) => new SharedFaultRules(pool(i)));
    const [a, b, c] = rules as [SharedFaultRules, SharedFaultRules, SharedFaultRules];
    expect(await b.decide("GetVolume")).toBeUndefined();
    const added = await a.add({ operation: "GetVolume", status: 503, code: "ServiceUnavailable", nth: 3, count: 4 });
    expect((await c.list()).map((r) => r.id)).toEqual([added.id]);
    // 30 concurrent requests spread over the three replicas: requests 3, 4, 5 and 6 (of all) fail.
    const decisions = await Promise.all(Array.from({ length: 30 }, (_, i) => (rules[i % 3] as SharedFaultRules).decide("GetVolume")));
    expect(decisions.filter((d) => d?.error?.status === 503)).toHaveLength(4);
    expect(await b.decide("ListVolumes")).toBeUndefined();
    expect(await c.list()).toMatchObject([{ id: added.id, seen: 30, applied: 4 }]);
    expect(await b.remove(added.id)).toBe(true);
    expect(await b.remove(added.id)).toBe(false);
    await a.add({ latencyMs: 1 });
    await c.clear();
    expect(await a.list()).toEqual([]);
  });

  it("trusted keys: a key one replica trusts is trusted by the others at once", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const fp = fingerprint(privateKey);
    const one = new SharedKeyRegistry(pool(0));
    const two = new SharedKeyRegistry(pool(1));
    const keyId = `ocid1.tenancy.oc1..other/ocid1.user.oc1..other/${fp}`;
    expect(await two.principal(keyId)).toBeUndefined();
    one.add("ocid1.tenancy.oc1..other", "ocid1.user.oc1..other", fp, privateKey);
    await one.flush();
    const seen = await two.principal(keyId);
    expect(seen).toMatchObject({ keyId, tenancyId: "ocid1.tenancy.oc1..other", service: false });
    expect(seen?.publicKey.export({ type: "spki", format: "der" })).toEqual(
      (await one.lookup(keyId))?.export({ type: "spki", format: "der" }),
    );
    // Trusting the same key again on another replica is harmless.
    two.add("ocid1.tenancy.oc1..other", "ocid1.user.oc1..other", fp, privateKey);
    await two.flush();
    expect(await new SharedKeyRegistry(pool(2)).lookup(`${keyId}x`)).toBeUndefined();
  });
});
