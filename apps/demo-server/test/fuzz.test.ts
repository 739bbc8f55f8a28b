// Fuzzing (fast-check, fixed seed): thousands of random SIGNED requests — random methods, paths built
// from the spec's route templates with real, mutated and random ids, random query parameters, random
// JSON and non-JSON bodies, random headers. The server must never answer 5xx, every error must be an
// OCI `{code, message}` JSON body, and the server must still work afterwards.
// Rerun a failure with OCIKIT_FUZZ_SEED=<seed printed by fast-check>.
import { loadSpec } from "@ocikit/spec";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, signedRequest, startFixture, type Fixture } from "./demo-fixture.js";

const SEED = Number(process.env.OCIKIT_FUZZ_SEED ?? 20261127);
const RUNS = Number(process.env.OCIKIT_FUZZ_RUNS ?? 2500);
// Generous: under a full parallel `pnpm test` on 2 shared cores the server answered only ~14 requests/s.
const TIME_LIMIT_MS = 100_000;

const operations = Object.entries((loadSpec() as { paths: Record<string, Record<string, unknown>> }).paths).flatMap(([template, item]) =>
  Object.keys(item)
    .filter((m) => ["get", "post", "put", "delete"].includes(m))
    // Deletes are rarer than the rest: they end the resources the other operations work on.
    .flatMap((m) => Array.from({ length: m === "delete" ? 1 : 3 }, () => ({ method: m.toUpperCase(), template }))),
);

let f: Fixture;
const realIds: string[] = [];
let compartmentId: string;

beforeAll(async () => {
  f = await startFixture();
  compartmentId = f.server.compartmentId;
  // Several of each, so random deletes do not leave the handlers nothing to work on.
  for (let i = 0; i < 3; i++) {
    const { volumeIds, groupId } = await makeGroup(f, 2);
    const backup = await f.api("POST", "/volumeGroupBackups", { volumeGroupId: groupId });
    realIds.push(...volumeIds, groupId, backup.data.id, ...(backup.data.volumeBackupIds as string[]));
  }
});
afterAll(() => f.close());

/** Requests built from the real ids and compartment of the running server. */
function requestArbitrary(realIds: readonly string[], compartmentId: string) {
  const printable = fc.string({ maxLength: 40 });
  const anyId = (): fc.Arbitrary<string> =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...realIds) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...realIds), fc.nat(80), printable).map(([id, cut, extra]) => id.slice(0, cut) + extra) },
      { weight: 1, arbitrary: fc.constantFrom(...realIds).map((id) => id.replace(/^ocid1\.[a-z]+/, "ocid1.volume")) },
      { weight: 1, arbitrary: printable },
      { weight: 1, arbitrary: fc.constantFrom("..", ".", "%2F", "%00", "%FF", "a%2Fb", "x".repeat(300), "%E0%A4%A") },
    );

  /** Mostly a real id of `type` (so handlers run), sometimes any id. */
  const typedId = (type: string): fc.Arbitrary<string> => {
    const real = realIds.filter((id) => id.startsWith(`ocid1.${type}.`));
    return real.length === 0 ? anyId() : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: anyId() });
  };
  const fill = (template: string, ids: string[]) => {
    let i = 0;
    return template.replace(/\{[^}]+\}/g, () => encodeURI(ids[i++] as string));
  };
  // An id for the template's path parameter: mostly of the type it names (volumeGroupBackupId → volumegroupbackup).
  const pathIds = (template: string) => {
    const param = /\{([a-zA-Z]+)Id\}/.exec(template)?.[1];
    return param === undefined ? fc.constant([] as string[]) : fc.tuple(typedId(param.toLowerCase())).map((t) => [...t]);
  };
  const ids = fc.array(anyId(), { minLength: 3, maxLength: 3 });
  // Mostly real operations (method and template of the spec), some anything-goes.
  const targetArb = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...operations), fc.constantFrom("/20160918", "/20160918", "/20160918", "/us-phoenix-1/20160918"))
        .chain(([op, prefix]) =>
          pathIds(op.template).map((idList) => ({ method: op.method, template: op.template, path: prefix + fill(op.template, idList) })),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"),
          fc.constantFrom("/20160918", "/us-phoenix-1/20160918", "/xx-nowhere-1/20160918", "", "/_ocikit"),
          fc.constantFrom(...operations.map((o) => o.template), "/health", "/volumes/", "/instances"),
          ids,
        )
        .map(([method, prefix, template, idList]) => ({ method, template, path: prefix + fill(template, idList) })),
    },
  );
  const queryValue = fc.oneof(
    fc.constantFrom("1", "0", "-3", "1000", "1001", "abc", "", "TIMECREATED", "DISPLAYNAME", "ASC", "desc", "AVAILABLE", "%FF", "a+b"),
    fc.integer().map(String),
    printable,
  );
  const queryArb = fc
    .tuple(
      fc.oneof({ weight: 3, arbitrary: fc.constant(compartmentId) }, { weight: 1, arbitrary: queryValue }),
      // Repeated names are a plain 400 (covered by the hostile-input table); keep them rare here.
      fc.uniqueArray(
        fc.tuple(
          fc.constantFrom("limit", "page", "displayName", "sortBy", "sortOrder", "lifecycleState", "volumeGroupId", "volumeId", "availabilityDomain", "x", "__proto__"),
          queryValue,
        ),
        { maxLength: 4, selector: (pair) => pair[0] },
      ),
    )
    .map(([compartment, pairs]) => `?${[["compartmentId", compartment], ...pairs].map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`).join("&")}`);

  // Bodies each operation takes, with real or mutated ids inside.
  const validish: Record<string, fc.Arbitrary<unknown>> = {
    "POST /volumes": fc.record(
      { compartmentId: fc.constant(compartmentId), displayName: printable, sizeInGBs: fc.integer({ min: 50, max: 32768 }), sourceDetails: fc.record({ type: fc.constantFrom("volume", "volumeBackup"), id: fc.oneof(typedId("volume"), typedId("volumebackup")) }) },
      { requiredKeys: ["compartmentId"] },
    ),
    "POST /volumeGroups": fc.record({
      compartmentId: fc.constant(compartmentId),
      availabilityDomain: fc.constant("Uocm:US-ASHBURN-AD-1"),
      sourceDetails: fc.oneof(
        fc.record({ type: fc.constant("volumeIds"), volumeIds: fc.uniqueArray(typedId("volume"), { minLength: 1, maxLength: 3 }) }),
        fc.record({ type: fc.constant("volumeGroupId"), volumeGroupId: typedId("volumegroup") }),
        fc.record({ type: fc.constant("volumeGroupBackupId"), volumeGroupBackupId: typedId("volumegroupbackup") }),
      ),
    }),
    "POST /volumeGroupBackups": fc.record(
      {
        volumeGroupId: typedId("volumegroup"),
        type: fc.constantFrom("FULL", "INCREMENTAL"),
        displayName: printable,
        compartmentId: fc.constant(compartmentId),
        retentionPeriod: fc.record({ retentionTimeUnit: fc.constantFrom("DAYS", "YEARS"), retentionTimeAmount: fc.oneof(fc.integer({ min: 0, max: 3650 }), fc.integer(), fc.maxSafeInteger()) }),
        isPreventDeletionEnabled: fc.boolean(),
      },
      { requiredKeys: ["volumeGroupId"] },
    ),
    "POST /volumeGroupBackups/{volumeGroupBackupId}/actions/copy": fc.record({ destinationRegion: fc.constantFrom("us-phoenix-1", "uk-london-1", "us-ashburn-1", "nowhere") }),
    "PUT /volumeGroups/{volumeGroupId}": fc.record({ displayName: printable, volumeIds: fc.uniqueArray(typedId("volume"), { minLength: 1, maxLength: 3 }) }, { requiredKeys: [] }),
    "PUT /volumes/{volumeId}": fc.record({ displayName: printable, sizeInGBs: fc.integer({ min: 50, max: 32768 }) }, { requiredKeys: [] }),
    "PUT /volumeGroupBackups/{volumeGroupBackupId}": fc.record(
      { displayName: printable, retentionPeriod: fc.record({ retentionTimeUnit: fc.constantFrom("DAYS", "YEARS"), retentionTimeAmount: fc.integer() }) },
      { requiredKeys: [] },
    ),
  };
  const changeCompartment = fc.record({ compartmentId: fc.oneof(fc.constant(compartmentId), printable) });

  // Bodies close to the real models (so validation passes often and handlers run), and plain junk.
  const modelish = fc.record(
    {
      compartmentId: fc.oneof(fc.constant("COMPARTMENT"), printable),
      displayName: fc.oneof(printable, fc.integer()),
      volumeGroupId: anyId(),
      availabilityDomain: fc.constantFrom("Uocm:US-ASHBURN-AD-1", ""),
      sizeInGBs: fc.oneof(fc.integer({ min: 50, max: 32768 }), fc.integer(), fc.double()),
      sizeInMBs: fc.integer(),
      vpusPerGB: fc.integer({ min: -5, max: 200 }),
      type: fc.constantFrom("FULL", "INCREMENTAL", "WEEKLY"),
      destinationRegion: fc.constantFrom("us-phoenix-1", "uk-london-1", "us-ashburn-1", "nowhere"),
      volumeIds: fc.array(anyId(), { maxLength: 3 }),
      sourceDetails: fc.oneof(
        fc.record({ type: fc.constant("volumeIds"), volumeIds: fc.array(anyId(), { maxLength: 3 }) }),
        fc.record({ type: fc.constant("volumeGroupId"), volumeGroupId: anyId() }),
        fc.record({ type: fc.constant("volumeGroupBackupId"), volumeGroupBackupId: anyId() }),
        fc.record({ type: fc.constant("volume"), id: anyId() }),
        fc.record({ type: fc.constant("volumeBackup"), id: anyId() }),
        fc.record({ type: printable }),
      ),
      volumeBackupId: anyId(),
      freeformTags: fc.dictionary(printable, fc.oneof(printable, fc.integer())),
      definedTags: fc.dictionary(printable, fc.dictionary(printable, fc.jsonValue({ maxDepth: 3 }))),
      retentionPeriod: fc.record({ retentionTimeUnit: fc.constantFrom("DAYS", "YEARS", "HOURS"), retentionTimeAmount: fc.oneof(fc.integer(), fc.maxSafeInteger()) }),
      isPreventDeletionEnabled: fc.boolean(),
      isIndefiniteRetentionEnabled: fc.boolean(),
      kmsKeyId: printable,
    },
    { requiredKeys: [] },
  );
  const bodyFor = (method: string, template: string): fc.Arbitrary<string | undefined> =>
    fc.oneof(
      { weight: 6, arbitrary: (validish[`${method} ${template}`] ?? (template.endsWith("changeCompartment") ? changeCompartment : modelish)).map((b) => JSON.stringify(b)) },
      { weight: 2, arbitrary: modelish.map((b) => JSON.stringify(b).replaceAll('"COMPARTMENT"', JSON.stringify(compartmentId))) },
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
      { weight: 1, arbitrary: fc.nat(60).map((n) => "[".repeat(n) + "]".repeat(n)) },
    );

  const headersArb = fc.record(
    {
      "opc-retry-token": fc.oneof(fc.constantFrom("t1", "t2", "t3"), fc.string({ maxLength: 70 })),
      "if-match": fc.oneof(fc.constant("*"), fc.constant("*"), printable),
      "opc-request-id": printable,
      "content-type": fc.constantFrom("application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "text/plain", "application/xml", ""),
      "x-ocikit-on-behalf-of": fc.constant("ocid1.tenancy.oc1..aaaaaaaaintruder"),
      "x-ocikit-copy-source-region": fc.constantFrom("us-ashburn-1", "us-phoenix-1"),
      "x-fuzz": printable,
    },
    { requiredKeys: [] },
  );

  return targetArb.chain((target) =>
    fc.record({
      method: fc.constant(target.method),
      path: fc.constant(target.path),
      query: target.method === "GET" ? queryArb : fc.constantFrom("", "?x=1"),
      body: bodyFor(target.method, target.template),
      headers: headersArb,
    }),
  );
}

type FuzzRequest = ReturnType<typeof requestArbitrary> extends fc.Arbitrary<infer T> ? T : never;

async function send(r: FuzzRequest): Promise<{ status: number; text: string }> {
  const noBody = r.method === "GET" || r.method === "HEAD";
  const headers = Object.fromEntries(Object.entries(r.headers).filter(([, v]) => v !== undefined)) as Record<string, string>;
  if (headers["content-type"] === "") delete headers["content-type"];
  const init = { headers, ...(!noBody && r.body !== undefined ? { body: r.body } : {}) };
  const request = await signedRequest(f.server.url, r.method, `${r.path}${r.query}`, f.key, init);
  const res = await fetch(request);
  return { status: res.status, text: await res.text() };
}

describe("fuzz", () => {
  it(`answers ${RUNS} random signed requests without a 5xx, errors always {code, message} (seed ${SEED})`, async () => {
    let sent = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(requestArbitrary(realIds, compartmentId), async (r) => {
        const { status, text } = await send(r);
        sent++;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500) throw new Error(`status ${status}: ${text.slice(0, 300)}`);
        if (status >= 400 && r.method !== "HEAD") {
          const body = JSON.parse(text) as Record<string, unknown>;
          if (typeof body.code !== "string" || typeof body.message !== "string" || Object.keys(body).length !== 2) {
            throw new Error(`error body is not {code, message}: ${text.slice(0, 300)}`);
          }
        } else if (text !== "" && r.method !== "HEAD") {
          JSON.parse(text);
        }
      }),
      { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false },
    );
    // The time limit is a safety net on slow machines; most of the runs must still have happened.
    expect(sent).toBeGreaterThanOrEqual(Math.min(RUNS, 1000));
    process.stderr.write(`fuzz statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort((x, y) => x[0] - y[0])))}\n`);
    // The requests get past the signature and validation often enough to reach the handlers.
    expect((statuses.get(200) ?? 0) + (statuses.get(204) ?? 0)).toBeGreaterThan(sent / 20);
    expect(statuses.get(401) ?? 0).toBeLessThan(sent / 10);
  }, 180_000);

  it("leaves the server alive and working: health, a create and a get", async () => {
    expect((await fetch(`${f.server.url}/health`)).status).toBe(200);
    const created = await f.api("POST", "/volumes", { compartmentId, displayName: "after-fuzz" });
    expect(created.status).toBe(200);
    const got = await f.api("GET", `/volumes/${created.data.id}`);
    expect(got.data.displayName).toBe("after-fuzz");
    const stats = (await (await f.admin("GET", "/_ocikit/stats")).json()) as { total: number; operations: Record<string, Record<string, number>> };
    const fiveXX = Object.entries(stats.operations).flatMap(([op, byStatus]) =>
      Object.entries(byStatus).filter(([s]) => Number(s) >= 500).map(([s, n]) => `${op} ${s}×${n}`),
    );
    expect(fiveXX).toEqual([]);
    expect(stats.total).toBeGreaterThan(1000);
  });
});
