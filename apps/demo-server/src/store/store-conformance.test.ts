// What every Store must guarantee (see store.ts), as one suite run against a TABLE of store factories.
// A new store adds one row to STORES (store-harnesses.ts); nothing else changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORES, T0, testRow as row, type StoreHarness } from "./store-harnesses.js";
import {
  EtagConflictError,
  RETRY_TOKEN_TTL_MS,
  RetryTokenTakenError,
  TERMINATED_VISIBLE_MS,
  type ListQuery,
  type ResourceRow,
  type Store,
  type StoredResponse,
} from "./store.js";

const response = (createdMs: number, requestHash = "h1"): StoredResponse => ({ requestHash, status: 200, body: '{"id":"x"}', etag: "e", createdMs });

async function insertAll(store: Store, rows: ResourceRow[]): Promise<void> {
  await store.transaction(async (tx) => {
    for (const r of rows) await tx.insertResource(r);
  });
}

/** Every page of a list, following `next`. */
async function walk(store: Store, q: Omit<ListQuery, "after">): Promise<ResourceRow[][]> {
  const pages: ResourceRow[][] = [];
  let after: ListQuery["after"];
  do {
    const page = await store.listResources({ ...q, ...(after !== undefined ? { after } : {}) });
    pages.push(page.rows);
    after = page.next;
  } while (after !== undefined);
  return pages;
}

describe.each(STORES)("store conformance: $name", ({ create }) => {
  let harness: StoreHarness;
  let store: Store;
  beforeAll(async () => {
    harness = await create();
    store = await harness.open();
  });
  afterAll(async () => {
    await store.close();
    await harness.destroy();
  });

  it("stores and reads resources; a transaction sees its own writes", async () => {
    const r = row();
    const seenInside = await store.transaction(async (tx) => {
      await tx.insertResource(r);
      return tx.getResource(r.id);
    });
    expect(seenInside).toMatchObject({ ...r, seq: expect.any(Number) });
    expect(await store.getResource(r.id)).toMatchObject(r);
    expect(await store.getResource("ocid1.volume.oc1.iad.missing")).toBeUndefined();
  });

  it("is all-or-nothing: a transaction that throws leaves nothing behind", async () => {
    const a = row();
    const b = row();
    await expect(
      store.transaction(async (tx) => {
        await tx.insertResource(a);
        await tx.insertResource(b);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await store.getResource(a.id)).toBeUndefined();
    expect(await store.getResource(b.id)).toBeUndefined();
  });

  it("shows uncommitted writes to nobody outside the transaction", async () => {
    const r = row();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted: () => void = () => {};
    const didInsert = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const pending = store.transaction(async (tx) => {
      await tx.insertResource(r);
      inserted();
      await gate;
    });
    await didInsert;
    expect(await store.getResource(r.id)).toBeUndefined();
    const listed = await store.listResources({ ...scope(), sortBy: "TIMECREATED", sortOrder: "ASC", limit: 1000, nowMs: T0 + 1e6 });
    expect(listed.rows.map((x) => x.id)).not.toContain(r.id);
    release();
    await pending;
    expect(await store.getResource(r.id)).toMatchObject({ id: r.id });
  });

  it("updates by compare-and-set on the etag, and only one of two concurrent updates from the same read wins", async () => {
    const r = row();
    await insertAll(store, [r]);
    await expect(store.transaction((tx) => tx.updateResource({ ...r, display_name: "stale", etag: "e2" }, "not-the-etag"))).rejects.toBeInstanceOf(
      EtagConflictError,
    );
    expect((await store.getResource(r.id))?.display_name).toBe(r.display_name);
    const outcomes = await Promise.allSettled(
      ["left", "right"].map((name) => store.transaction((tx) => tx.updateResource({ ...r, display_name: name, etag: `etag-${name}` }, r.etag))),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(EtagConflictError);
    const winner = await store.getResource(r.id);
    expect(["left", "right"]).toContain(winner?.display_name);
    expect(winner?.etag).toBe(`etag-${winner?.display_name}`);
  });

  it("keeps a retry token unique per scope: the second save fails, other scopes are independent", async () => {
    await store.transaction((tx) => tx.saveRetryToken("t1", "tok-unique", response(T0)));
    await expect(store.transaction((tx) => tx.saveRetryToken("t1", "tok-unique", response(T0 + 1, "h2")))).rejects.toBeInstanceOf(
      RetryTokenTakenError,
    );
    await store.transaction((tx) => tx.saveRetryToken("t2", "tok-unique", response(T0)));
    const found = await store.transaction((tx) => tx.findRetryToken("t1", "tok-unique", T0 + 10));
    expect(found).toEqual(response(T0));
  });

  it("lets 20 concurrent first uses of one token create exactly one resource", async () => {
    const rows = Array.from({ length: 20 }, () => row({ display_name: "token-race" }));
    const results = await Promise.allSettled(
      rows.map((r) =>
        store.transaction(async (tx) => {
          const earlier = await tx.findRetryToken("t1", "tok-race", T0);
          if (earlier !== undefined) return "replayed";
          await tx.insertResource(r);
          await tx.saveRetryToken("t1", "tok-race", response(T0));
          return "created";
        }),
      ),
    );
    const created = results.filter((x) => x.status === "fulfilled" && x.value === "created");
    expect(created).toHaveLength(1);
    // Losers either replayed or failed on the constraint; none left a resource behind.
    for (const x of results) if (x.status === "rejected") expect(x.reason).toBeInstanceOf(RetryTokenTakenError);
    const listed = await store.listResources({ ...scope(), displayName: "token-race", sortBy: "TIMECREATED", sortOrder: "ASC", limit: 100, nowMs: T0 });
    expect(listed.rows).toHaveLength(1);
  });

  it("forgets a retry token after 24 hours, and then lets it be used again", async () => {
    await store.transaction((tx) => tx.saveRetryToken("t1", "tok-old", response(T0)));
    expect(await store.transaction((tx) => tx.findRetryToken("t1", "tok-old", T0 + RETRY_TOKEN_TTL_MS - 1))).toBeDefined();
    expect(await store.transaction((tx) => tx.findRetryToken("t1", "tok-old", T0 + RETRY_TOKEN_TTL_MS))).toBeUndefined();
    await store.transaction((tx) => tx.saveRetryToken("t1", "tok-old", response(T0 + RETRY_TOKEN_TTL_MS, "h-new")));
    expect((await store.transaction((tx) => tx.findRetryToken("t1", "tok-old", T0 + RETRY_TOKEN_TTL_MS)))?.requestHash).toBe("h-new");
  });

  it("counts polls atomically and returns the stored row", async () => {
    const r = row({ state: "CREATING", next_state: "AVAILABLE", polls_needed: 3 });
    await insertAll(store, [r]);
    const after = await Promise.all([store.recordPoll(r.id), store.recordPoll(r.id)]);
    expect(after.map((x) => x?.polls).sort()).toEqual([1, 2]);
    expect((await store.getResource(r.id))?.polls).toBe(2);
    expect(await store.recordPoll("ocid1.volume.oc1.iad.missing")).toBeUndefined();
  });

  it("lists children of a parent in insertion order", async () => {
    const parent = row({ type: "volumegroupbackup" });
    const kids = [row({ parent_id: parent.id }), row({ parent_id: parent.id }), row({ parent_id: parent.id, type: "volume" })];
    await insertAll(store, [parent, ...kids]);
    const listed = await store.transaction((tx) => tx.listChildren(parent.id, "volumebackup"));
    expect(listed.map((x) => x.id)).toEqual([kids[0]?.id, kids[1]?.id]);
  });

  it("keeps settings", async () => {
    await store.transaction((tx) => tx.setMeta("k", "v1"));
    await store.transaction((tx) => tx.setMeta("k", "v2"));
    expect(await store.transaction((tx) => tx.getMeta("k"))).toBe("v2");
    expect(await store.transaction((tx) => tx.getMeta("absent"))).toBeUndefined();
  });

  it("purges, in batches, terminated resources once invisible and retry tokens after 24 h (moved clock)", async () => {
    // A database of its own: a purge is global, and the other tests' rows must stay.
    const own = await create();
    const s = await own.open();
    try {
      const terminated = { deleted_ms: T0, compartment_id: "c-purge" };
      const gone = [
        row({ ...terminated, state: "TERMINATED" }),
        row({ ...terminated, state: "TERMINATING", next_state: "TERMINATED", due_ms: T0 + 100 }),
        row({ ...terminated, state: "TERMINATING", next_state: "TERMINATED", polls_needed: 2, polls: 2 }),
      ];
      const kept = [
        row({ ...terminated, state: "TERMINATING", next_state: "TERMINATED", polls_needed: 2, polls: 1 }), // still TERMINATING
        row({ ...terminated, deleted_ms: T0 + 1000, state: "TERMINATED" }), // deleted later: still visible
        row({ compartment_id: "c-purge" }), // never deleted
      ];
      await insertAll(s, [...gone, ...kept]);
      await s.transaction(async (tx) => {
        await tx.saveRetryToken("t1", "tok-old", response(T0));
        await tx.saveRetryToken("t1", "tok-new", response(T0 + 1000));
      });
      const tokenRows = async () =>
        s.transaction(async (tx) => [await tx.findRetryToken("t1", "tok-old", T0 + 1000), await tx.findRetryToken("t1", "tok-new", T0 + 1000)]);

      expect(await s.purge(T0 + TERMINATED_VISIBLE_MS - 1, 500)).toEqual({ resources: 0, retryTokens: 0 });
      // At the end of the visibility hour: three rows, two per batch.
      const now = T0 + TERMINATED_VISIBLE_MS;
      expect(await s.purge(now, 2)).toEqual({ resources: 2, retryTokens: 0 });
      expect(await s.purge(now, 2)).toEqual({ resources: 1, retryTokens: 0 });
      expect(await s.purge(now, 2)).toEqual({ resources: 0, retryTokens: 0 });
      for (const r of gone) expect(await s.getResource(r.id)).toBeUndefined();
      for (const r of kept) expect(await s.getResource(r.id)).toBeDefined();
      expect((await tokenRows()).map((t) => t !== undefined)).toEqual([true, true]);
      // 24 h after the first token: it leaves the table (not only ignored), the newer one stays.
      expect(await s.purge(T0 + RETRY_TOKEN_TTL_MS, 500)).toMatchObject({ retryTokens: 1 });
      expect((await tokenRows()).map((t) => t !== undefined)).toEqual([false, true]);
    } finally {
      await s.close();
      await own.destroy();
    }
  });

  describe("keyset lists", () => {
    const compartment = "c-list";
    const q = (extra: Partial<ListQuery> = {}): Omit<ListQuery, "after"> => ({
      ...scope(compartment),
      sortBy: "TIMECREATED",
      sortOrder: "DESC",
      limit: 7,
      nowMs: T0 + 10 * TERMINATED_VISIBLE_MS,
      ...extra,
    });
    let rows: ResourceRow[];
    beforeAll(async () => {
      // 40 rows with repeated names and repeated creation times, so ties must be broken by seq.
      rows = Array.from({ length: 40 }, (_, i) =>
        row({ compartment_id: compartment, display_name: `n${i % 6}`, created_ms: T0 + Math.floor(i / 3) }),
      );
      // Outside the scope: another tenancy, region, type and compartment.
      const others = [row({ tenancy_id: "t2", compartment_id: compartment }), row({ region: "eu-frankfurt-1", compartment_id: compartment }), row({ type: "volume", compartment_id: compartment }), row({ compartment_id: "c-other" })];
      await insertAll(store, [...rows, ...others]);
      rows = (await Promise.all(rows.map((r) => store.getResource(r.id)))) as ResourceRow[];
    });

    const expected = (by: "TIMECREATED" | "DISPLAYNAME", order: "ASC" | "DESC") => {
      const key = (r: ResourceRow) => (by === "DISPLAYNAME" ? r.display_name : r.created_ms);
      const sorted = [...rows].sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        const c = ka < kb ? -1 : ka > kb ? 1 : (a.seq as number) - (b.seq as number);
        return order === "ASC" ? c : -c;
      });
      return sorted.map((r) => r.id);
    };

    it.each([
      ["TIMECREATED", "DESC"],
      ["TIMECREATED", "ASC"],
      ["DISPLAYNAME", "ASC"],
      ["DISPLAYNAME", "DESC"],
    ] as const)("orders by %s %s with ties broken by seq, in full pages", async (sortBy, sortOrder) => {
      const pages = await walk(store, q({ sortBy, sortOrder }));
      expect(pages.map((p) => p.length)).toEqual([7, 7, 7, 7, 7, 5]);
      expect(pages.flat().map((r) => r.id)).toEqual(expected(sortBy, sortOrder));
    });

    it("filters by display name, document field and effective lifecycle state", async () => {
      const byName = await store.listResources({ ...q({ limit: 100 }), displayName: "n2" });
      expect(byName.rows.map((r) => r.id).sort()).toEqual(rows.filter((r) => r.display_name === "n2").map((r) => r.id).sort());
      const byField = await store.listResources({ ...q({ limit: 100 }), fields: { volumeId: "vol-1" } });
      expect(byField.rows.map((r) => r.id).sort()).toEqual(rows.filter((r) => JSON.parse(r.doc).volumeId === "vol-1").map((r) => r.id).sort());
      expect((await store.listResources({ ...q({ limit: 100 }), lifecycleState: "CREATING" })).rows).toEqual([]);
    });

    it("bounds a page by the size of its documents as well as by count, never losing a row", async () => {
      const c = "c-sizes";
      const pad = (n: number) => JSON.stringify({ id: "x", tags: "é".repeat(n) });
      // Documents of 100 to ~2 400 characters, one of them larger than the whole bound.
      const sized = Array.from({ length: 24 }, (_, i) => row({ compartment_id: c, created_ms: T0 + i, doc: pad(i === 5 ? 5000 : 100 * i) }));
      await insertAll(store, sized);
      const maxChars = 4000;
      for (const sortOrder of ["ASC", "DESC"] as const) {
        const pages = await walk(store, { ...scope(c), sortBy: "TIMECREATED", sortOrder, limit: 1000, maxChars, nowMs: T0 });
        expect(pages.length).toBeGreaterThan(3);
        for (const page of pages) {
          const chars = page.reduce((n, r) => n + r.doc.length, 0);
          if (page.length > 1) expect(chars).toBeLessThanOrEqual(maxChars);
          expect(page.length).toBeGreaterThan(0);
        }
        const ids = pages.flat().map((r) => r.id);
        const want = sized.map((r) => r.id);
        expect(ids).toEqual(sortOrder === "ASC" ? want : [...want].reverse());
      }
      // Without maxChars: the default bound still applies, and a small page is cut by count alone.
      const small = await store.listResources({ ...scope(c), sortBy: "TIMECREATED", sortOrder: "ASC", limit: 3, nowMs: T0 });
      expect(small.rows).toHaveLength(3);
      expect(small.next).toBeDefined();
    });

    it("computes effective states and hides purged rows at nowMs", async () => {
      const c = "c-states";
      const base = { compartment_id: c };
      const due = row({ ...base, state: "CREATING", next_state: "AVAILABLE", due_ms: T0 + 100 });
      const polled = row({ ...base, state: "CREATING", next_state: "AVAILABLE", polls_needed: 2, polls: 2 });
      const pending = row({ ...base, state: "CREATING", next_state: "AVAILABLE", polls_needed: 2, polls: 1 });
      const ending = row({ ...base, state: "TERMINATING", next_state: "TERMINATED", due_ms: T0 + 100, deleted_ms: T0 });
      await insertAll(store, [due, polled, pending, ending]);
      const ids = async (nowMs: number, lifecycleState?: string) =>
        (await store.listResources({ ...scope(c), sortBy: "TIMECREATED", sortOrder: "ASC", limit: 100, nowMs, ...(lifecycleState ? { lifecycleState } : {}) })).rows.map((r) => r.id);
      expect(await ids(T0 + 99, "CREATING")).toEqual([due.id, pending.id]);
      expect(await ids(T0 + 100, "AVAILABLE")).toEqual([due.id, polled.id]);
      expect(await ids(T0 + 100, "TERMINATED")).toEqual([ending.id]);
      expect(await ids(T0 + TERMINATED_VISIBLE_MS - 1)).toContain(ending.id);
      expect(await ids(T0 + TERMINATED_VISIBLE_MS)).not.toContain(ending.id);
    });

    it("never repeats or skips a row that exists throughout, while rows are created and deleted between pages", async () => {
      const c = "c-churn";
      const stable = Array.from({ length: 30 }, (_, i) => row({ compartment_id: c, created_ms: T0 + i * 10, display_name: `s${i % 4}` }));
      await insertAll(store, stable);
      for (const [sortBy, sortOrder] of [["TIMECREATED", "DESC"], ["TIMECREATED", "ASC"], ["DISPLAYNAME", "ASC"], ["DISPLAYNAME", "DESC"]] as const) {
        const seen: string[] = [];
        const churn: ResourceRow[] = [];
        let after: ListQuery["after"];
        let n = 0;
        do {
          const page = await store.listResources({ ...scope(c), sortBy, sortOrder, limit: 4, nowMs: T0, ...(after ? { after } : {}) });
          seen.push(...page.rows.map((r) => r.id));
          after = page.next;
          // Between pages: new rows before, among and after the stable ones; delete an earlier churn row.
          const fresh = [row({ compartment_id: c, created_ms: T0 - 5, display_name: "a" }), row({ compartment_id: c, created_ms: T0 + n * 7, display_name: `s${n % 4}` }), row({ compartment_id: c, created_ms: T0 + 999, display_name: "z" })];
          await insertAll(store, fresh);
          churn.push(...fresh);
          const gone = churn.shift() as ResourceRow;
          await store.transaction((tx) => tx.updateResource({ ...gone, compartment_id: "c-elsewhere", etag: `${gone.etag}-moved` }, gone.etag));
          n++;
        } while (after !== undefined);
        expect(new Set(seen).size).toBe(seen.length);
        for (const s of stable) expect(seen).toContain(s.id);
      }
    });
  });

  it("stores every resource type, compartments included, and lists each type on its own", async () => {
    const compartment = row({ id: "ocid1.compartment.oc1..aaaaaaaaconformance", type: "compartment", region: "global", compartment_id: "t1", parent_id: "t1", state: "ACTIVE" });
    const beside = row({ region: "global", compartment_id: "t1" });
    await insertAll(store, [compartment, beside]);
    expect((await store.getResource(compartment.id))?.type).toBe("compartment");
    const page = await store.listResources({ tenancyId: "t1", region: "global", type: "compartment", compartmentId: "t1", sortBy: "TIMECREATED", sortOrder: "ASC", limit: 10, nowMs: T0 });
    expect(page.rows.map((r) => r.id)).toEqual([compartment.id]);
  });

  it("resets resources and retry tokens but keeps settings", async () => {
    const r = row();
    await insertAll(store, [r]);
    await store.transaction(async (tx) => {
      await tx.saveRetryToken("t1", "tok-reset", response(T0));
      await tx.setMeta("kept", "yes");
    });
    await store.reset();
    expect(await store.getResource(r.id)).toBeUndefined();
    expect(await store.transaction((tx) => tx.findRetryToken("t1", "tok-reset", T0))).toBeUndefined();
    expect(await store.transaction((tx) => tx.getMeta("kept"))).toBe("yes");
  });

  it("keeps every acknowledged write across close and reopen", async () => {
    const rows = Array.from({ length: 25 }, () => row({ compartment_id: "c-durable" }));
    await Promise.all(rows.map((r) => store.transaction((tx) => tx.insertResource(r))));
    await store.close();
    store = await harness.open();
    for (const r of rows) expect((await store.getResource(r.id))?.id).toBe(r.id);
  });
});

function scope(compartmentId = "c1") {
  return { tenancyId: "t1", region: "us-ashburn-1", type: "volumebackup" as const, compartmentId };
}
