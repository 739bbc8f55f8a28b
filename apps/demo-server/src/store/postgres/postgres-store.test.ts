// The PostgreSQL store as replicas see it: several stores (each its own pool, as separate processes
// would have) on one database. The single-store contract is store-conformance.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/postgres/test-database.js";
import { EtagConflictError, RetryTokenTakenError, type ResourceRow, type Store } from "../store.js";
import { openPostgresStore } from "./postgres-store.js";

const T0 = Date.parse("2026-12-01T00:00:00.000Z");
let n = 0;
function row(fields: Partial<ResourceRow> = {}): ResourceRow {
  n++;
  const id = `ocid1.volume.oc1.iad.replica${n}${Math.random().toString(36).slice(2, 8)}`;
  return {
    id, type: "volume", tenancy_id: "t1", region: "us-ashburn-1", compartment_id: "c1", display_name: `v${n}`,
    state: "AVAILABLE", next_state: null, due_ms: null, polls_needed: null, polls: 0, parent_id: null,
    created_ms: T0 + n, updated_ms: T0 + n, deleted_ms: null, etag: `e${n}`, doc: JSON.stringify({ id }), ...fields,
  };
}

describe("PostgreSQL store shared by three replicas", () => {
  const db = useTestDatabase();
  let replicas: Store[];
  beforeAll(async () => {
    // Started at the same moment: the migrations run once (advisory lock) and all three come up.
    replicas = await Promise.all([1, 2, 3].map(() => openPostgresStore({ url: db.url })));
  });
  afterAll(async () => {
    await Promise.all(replicas.map((s) => s.close()));
  });
  const replica = (i: number) => replicas[i % replicas.length] as Store;

  it("reads on one replica what another committed a moment before (no stale cache)", async () => {
    const r = row();
    await replica(0).transaction((tx) => tx.insertResource(r));
    expect((await replica(1).getResource(r.id))?.etag).toBe(r.etag);
    await replica(1).transaction((tx) => tx.updateResource({ ...r, display_name: "renamed", etag: "e-new" }, r.etag));
    expect(await replica(2).getResource(r.id)).toMatchObject({ display_name: "renamed", etag: "e-new" });
    expect(await replica(0).getResource(r.id)).toMatchObject({ display_name: "renamed", etag: "e-new" });
    await replica(2).recordPoll(r.id);
    expect((await replica(0).getResource(r.id))?.polls).toBe(1);
  });

  it("lets exactly one of 30 first uses of a token, spread over the replicas, create a resource", async () => {
    const attempts: number[] = Array(30).fill(0);
    const outcomes = await Promise.allSettled(
      attempts.map((_, i) =>
        replica(i).transaction(async (tx) => {
          attempts[i] = (attempts[i] as number) + 1;
          const earlier = await tx.findRetryToken("t1", "tok-spread", T0);
          if (earlier !== undefined) return earlier.body;
          const r = row({ display_name: "token-spread" });
          await tx.insertResource(r);
          await tx.saveRetryToken("t1", "tok-spread", { requestHash: "h", status: 200, body: r.id, etag: r.etag, createdMs: T0 });
          return r.id;
        }),
      ),
    );
    for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toBeInstanceOf(RetryTokenTakenError);
    const answers = new Set(outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : [])));
    expect(answers.size).toBe(1);
    const listed = await replica(1).listResources({
      tenancyId: "t1", region: "us-ashburn-1", type: "volume", compartmentId: "c1", displayName: "token-spread",
      sortBy: "TIMECREATED", sortOrder: "ASC", limit: 100, nowMs: T0,
    });
    expect(listed.rows.map((r) => r.id)).toEqual([...answers]);
    // The losers found the winner on a rerun after a serialization failure (or failed on the key).
    expect(attempts.some((a) => a > 1) || outcomes.some((o) => o.status === "rejected")).toBe(true);
  });

  it("lets exactly one of ten updates with the same expected etag win across the replicas", async () => {
    const r = row();
    await replica(0).transaction((tx) => tx.insertResource(r));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        replica(i).transaction(async (tx) => {
          const current = (await tx.getResource(r.id)) as ResourceRow;
          // The model's if-match check, against what this transaction read.
          if (current.etag !== r.etag) throw new EtagConflictError(r.id);
          await tx.updateResource({ ...current, display_name: `w${i}`, etag: `e-w${i}` }, r.etag);
          return i;
        }),
      ),
    );
    const winners = outcomes.filter((o) => o.status === "fulfilled");
    expect(winners).toHaveLength(1);
    for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toBeInstanceOf(EtagConflictError);
    const i = (winners[0] as PromiseFulfilledResult<number>).value;
    expect(await replica(2).getResource(r.id)).toMatchObject({ display_name: `w${i}`, etag: `e-w${i}` });
  });

  it("reruns a transaction that lost a serialization conflict, so its read-check-write stays correct", async () => {
    // Write skew: each transaction reads both rows and writes the other one. Serially, the second sees
    // the first's write; run together at SERIALIZABLE one fails with 40001 and is run again.
    const a = row({ display_name: "skew-a" });
    const b = row({ display_name: "skew-b" });
    await replica(0).transaction(async (tx) => {
      await tx.insertResource(a);
      await tx.insertResource(b);
    });
    let runs = 0;
    let bothRead: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      let waiting = 2;
      bothRead = () => {
        waiting--;
        if (waiting === 0) resolve();
      };
    });
    const flip = (store: Store, mine: ResourceRow, other: ResourceRow) =>
      store.transaction(async (tx) => {
        runs++;
        const m = (await tx.getResource(mine.id)) as ResourceRow;
        const o = (await tx.getResource(other.id)) as ResourceRow;
        if (runs <= 2) bothRead();
        await gate;
        // "Rename mine only while the other one still has its original name."
        if (o.display_name !== other.display_name) return "skipped";
        await tx.updateResource({ ...m, display_name: `${m.display_name}-renamed`, etag: `${m.etag}x` }, m.etag);
        return "renamed";
      });
    const results = await Promise.all([flip(replica(0), a, b), flip(replica(1), b, a)]);
    expect(results.sort()).toEqual(["renamed", "skipped"]);
    // At least one rerun (which one SSI aborts, and how often, depends on timing).
    expect(runs).toBeGreaterThanOrEqual(3);
  });
});
