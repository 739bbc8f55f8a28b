// Issue 12, item 2: small requests must not turn into large state. OCI's tag limits and its 32 volumes
// per group are 400 InvalidParameter naming the limit, and a cross-region copy stores no second copy of
// its answer under a retry token its caller never chose.
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, startFixture, type Fixture } from "./demo-fixture.js";

const AD = "Uocm:US-ASHBURN-AD-1";

describe("amplification", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.close());

  const tokenRows = (): { tenancy_id: string; bytes: number }[] => {
    const db = new Database(join(f.dataDir, "state.db"), { readonly: true });
    try {
      return db.prepare("SELECT tenancy_id, length(body) AS bytes FROM retry_tokens").all() as { tenancy_id: string; bytes: number }[];
    } finally {
      db.close();
    }
  };

  it.each([
    // Just under the 1 MiB body cap: the largest tag a request can carry at all.
    ["a 0.9 MB tag value", { freeformTags: { big: "v".repeat(900_000) } }, "256 characters"],
    ["11 free-form tags", { freeformTags: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, "v"])) }, "at most 10 free-form tags"],
    ["5.2 KB of tags", { freeformTags: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, "é".repeat(256)])) }, "5 K"],
    ["a defined-tag namespace of 101 characters", { definedTags: { ["n".repeat(101)]: { k: "v" } } }, "at most 100"],
  ])("CreateVolume with %s: 400 InvalidParameter naming the limit, nothing stored", async (_name, tags, says) => {
    const before = await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}`);
    const res = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, ...tags });
    expect([res.status, res.error?.code]).toEqual([400, "InvalidParameter"]);
    expect(res.error?.message).toContain(says);
    const after = await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}`);
    expect(after.data).toHaveLength(before.data.length);
  });

  it("limit=1000 over large-tagged volumes: a page bounded by size, with opc-next-page, and every volume once", async () => {
    // ~4.8 K of tags each (within OCI's limits): 230 such volumes are ~1.2 MB of documents.
    const compartmentId = "ocid1.compartment.oc1..aaaaaaaalargetags";
    const tags = {
      freeformTags: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, "v".repeat(256)])),
      definedTags: { ns: Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`d${i}`, "w".repeat(256)])) },
    };
    const created: string[] = [];
    for (let i = 0; i < 230; i++) {
      const res = await f.api("POST", "/volumes", { compartmentId, availabilityDomain: AD, ...tags });
      expect(res.status).toBe(200);
      created.push(res.data.id as string);
    }
    const seen: string[] = [];
    let page: string | null = null;
    let pages = 0;
    do {
      const res = await f.send("GET", `/20160918/volumes?compartmentId=${compartmentId}&limit=1000${page ? `&page=${encodeURIComponent(page)}` : ""}`);
      expect(res.status).toBe(200);
      const text = await res.text();
      // The bound: 1 MiB of documents, plus the lifecycleState each rendering adds.
      expect(text.length).toBeLessThanOrEqual(1024 * 1024 + 1000 * 40);
      const items = JSON.parse(text) as { id: string }[];
      expect(items.length).toBeGreaterThan(0);
      seen.push(...items.map((v) => v.id));
      page = res.headers.get("opc-next-page");
      if (pages === 0) {
        expect(items.length).toBeLessThan(230);
        expect(page).not.toBeNull();
      }
      pages++;
    } while (page !== null);
    expect(pages).toBeGreaterThan(1);
    expect([...seen].sort()).toEqual([...created].sort());
  }, 120_000);

  it("UpdateVolume applies the same limits", async () => {
    const { data } = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId });
    const res = await f.api("PUT", `/volumes/${data.id}`, { freeformTags: { big: "v".repeat(300) } });
    expect([res.status, res.error?.code]).toEqual([400, "InvalidParameter"]);
  });

  it("a volume group takes at most 32 volumes (create and update), naming the limit", async () => {
    const volumeIds: string[] = [];
    for (let i = 0; i < 33; i++) volumeIds.push((await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId })).data.id);
    const create = await f.api("POST", "/volumeGroups", {
      compartmentId: f.server.compartmentId,
      availabilityDomain: AD,
      sourceDetails: { type: "volumeIds", volumeIds },
    });
    expect([create.status, create.error?.code]).toEqual([400, "InvalidParameter"]);
    expect(create.error?.message).toContain("at most 32 volumes per volume group");
    const ok = await f.api("POST", "/volumeGroups", {
      compartmentId: f.server.compartmentId,
      availabilityDomain: AD,
      sourceDetails: { type: "volumeIds", volumeIds: volumeIds.slice(0, 32) },
    });
    expect(ok.status).toBe(200);
    const update = await f.api("PUT", `/volumeGroups/${ok.data.id}`, { volumeIds });
    expect([update.status, update.error?.code]).toEqual([400, "InvalidParameter"]);
  });

  it("copies without a caller's retry token leave no token record; with one, one record per region", async () => {
    const { groupId } = await makeGroup(f);
    const backup = await f.api("POST", "/volumeGroupBackups", { volumeGroupId: groupId, freeformTags: { team: "x".repeat(200) } });
    expect(backup.status).toBe(200);
    const before = tokenRows().length;
    for (let i = 0; i < 5; i++) {
      const copy = await f.api("POST", `/volumeGroupBackups/${backup.data.id}/actions/copy`, { destinationRegion: "us-phoenix-1" });
      expect(copy.status).toBe(200);
    }
    expect(tokenRows().length - before).toBe(0);
    const headers = { "opc-retry-token": "copy-once" };
    const first = await f.api("POST", `/volumeGroupBackups/${backup.data.id}/actions/copy`, { destinationRegion: "uk-london-1" }, headers);
    const again = await f.api("POST", `/volumeGroupBackups/${backup.data.id}/actions/copy`, { destinationRegion: "uk-london-1" }, headers);
    expect(again.data.id).toBe(first.data.id);
    const rows = tokenRows();
    // The caller's record (source region) and the delivery's (destination, service scope), nothing else.
    expect(rows.length - before).toBe(2);
    for (const row of rows) expect(row.bytes).toBeLessThan(16 * 1024);
  });
});
