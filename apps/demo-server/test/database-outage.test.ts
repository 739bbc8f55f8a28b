// PostgreSQL going away under a running replica: requests get a retryable 503 ServiceUnavailable (no
// crash, no 500), and once the database is back the same replica serves again — a write retried with
// its opc-retry-token then happens exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixture, type Fixture } from "./demo-fixture.js";
import { startCuttableProxy, type CuttableProxy } from "./cuttable-tcp-proxy.js";
import { useTestDatabase } from "./postgres/test-database.js";

describe("a database outage under a replica", () => {
  const db = useTestDatabase();
  let proxy: CuttableProxy;
  let f: Fixture;
  beforeAll(async () => {
    const url = new URL(db.url);
    proxy = await startCuttableProxy(url.hostname, Number(url.port));
    url.port = String(proxy.port);
    f = await startFixture({ database: url.toString() });
  });
  afterAll(async () => {
    await f.close();
    await proxy.close();
  });

  it("answers 503 while PostgreSQL is unreachable and recovers by itself", async () => {
    const compartmentId = f.server.compartmentId;
    const created = await f.api("POST", "/volumes", { compartmentId, displayName: "before-outage", sizeInGBs: 50 });
    expect(created.status).toBe(200);

    await proxy.cut();
    const get = await f.api("GET", `/volumes/${created.data.id}`);
    expect([get.status, get.error?.code]).toEqual([503, "ServiceUnavailable"]);
    expect(get.error?.message).toMatch(/database is not reachable .*Retry shortly/);
    const body = { compartmentId, displayName: "during-outage", sizeInGBs: 50 };
    const write = await f.api("POST", "/volumes", body, { "opc-retry-token": "outage-token" });
    expect(write.status).toBe(503);
    expect((await fetch(`${f.server.url}/health`)).status).toBe(200);

    await proxy.restore();
    expect((await f.api("GET", `/volumes/${created.data.id}`)).status).toBe(200);
    const retried = await Promise.all([1, 2].map(() => f.api("POST", "/volumes", body, { "opc-retry-token": "outage-token" })));
    expect(retried.map((r) => r.status)).toEqual([200, 200]);
    expect(retried[1]?.data.id).toBe(retried[0]?.data.id);
    const listed = await f.api("GET", `/volumes?compartmentId=${compartmentId}&displayName=during-outage`);
    expect(listed.data).toHaveLength(1);
  });
});
