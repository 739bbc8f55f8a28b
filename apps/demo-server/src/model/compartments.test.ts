// Compartments (issue 13): the tenancy root and the demo compartment exist; more come from the admin
// API or --compartment; unknown ones are registered on first use, or refused with --strict-compartments.
// On a real server, on both stores.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, startFixture, tempDir, writeOtherTenancyConfig, type Fixture } from "../../test/demo-fixture.js";
import { useTestDatabase } from "../../test/postgres/test-database.js";

const UNKNOWN = "ocid1.compartment.oc1..aaaaaaaaneverseenbefore";
const AD = "Uocm:US-ASHBURN-AD-1";

async function compartments(f: Fixture, query = ""): Promise<Array<{ id: string; name: string; parentId: string | null; tenancyId: string; autoRegistered: boolean }>> {
  const res = await f.admin("GET", `/_ocikit/compartments${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { compartments: never[] }).compartments;
}

function suite(store: "SQLite" | "PostgreSQL") {
  // One fresh database per describe block (on PostgreSQL the identity lives in the database, too).
  const fresh = () => {
    const database = store === "PostgreSQL" ? useTestDatabase() : undefined;
    return (options: Record<string, unknown>) => startFixture(database !== undefined ? { ...options, database: database.url } : options);
  };

  describe(`compartments on ${store}`, () => {
    const on = fresh();
    let f: Fixture;
    let dir: string;
    let other: ReturnType<typeof writeOtherTenancyConfig>;
    beforeAll(async () => {
      dir = tempDir();
      other = writeOtherTenancyConfig(dir);
      f = await on({ compartments: ["dev", "prod"], trustConfig: [other.path] });
    });
    afterAll(async () => {
      await f?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it("lists the root, the demo compartment and the --compartment ones", async () => {
      const list = await compartments(f);
      expect(list.map((c) => [c.name, c.parentId])).toEqual([
        ["root", null],
        ["demo", f.server.tenancyId],
        ["dev", f.server.tenancyId],
        ["prod", f.server.tenancyId],
      ]);
      expect(list[1]?.id).toBe(f.server.compartmentId);
    });

    it("creates one through the admin API, under a parent, and refuses duplicates and unknown parents", async () => {
      const dev = (await compartments(f)).find((c) => c.name === "dev");
      const res = await f.admin("POST", "/_ocikit/compartments", { name: "dev-team-a", parentId: dev?.id });
      expect(res.status).toBe(200);
      const made = (await res.json()) as { id: string; parentId: string; tenancyId: string };
      expect(made).toMatchObject({ parentId: dev?.id, tenancyId: f.server.tenancyId });
      expect(made.id).toMatch(/^ocid1\.compartment\.oc1\.\.aaaaaaaa/);
      expect((await compartments(f)).map((c) => c.id)).toContain(made.id);
      const twice = await f.admin("POST", "/_ocikit/compartments", { name: "dev-team-a", parentId: dev?.id });
      expect(twice.status).toBe(409);
      const orphan = await f.admin("POST", "/_ocikit/compartments", { name: "x", parentId: UNKNOWN });
      expect([orphan.status, ((await orphan.json()) as { code: string }).code]).toEqual([404, "NotAuthorizedOrNotFound"]);
      for (const body of [{}, { name: "" }, { name: "a b" }, { name: "ok", parentId: 3 }, []]) {
        expect([JSON.stringify(body), (await f.admin("POST", "/_ocikit/compartments", body)).status]).toEqual([JSON.stringify(body), 400]);
      }
    });

    it("is usable at once: create in a new compartment, move a volume group into it", async () => {
      const made = (await (await f.admin("POST", "/_ocikit/compartments", { name: "staging" })).json()) as { id: string };
      const volume = await f.api("POST", "/volumes", { compartmentId: made.id, displayName: "in-staging" });
      expect(volume.status).toBe(200);
      const { groupId } = await makeGroup(f, 1);
      expect((await f.api("POST", `/volumeGroups/${groupId}/actions/changeCompartment`, { compartmentId: made.id })).status).toBe(200);
    });

    it("registers a compartment it has never seen in the caller's tenancy on first use (default)", async () => {
      const listed = await f.api("GET", `/volumes?compartmentId=${UNKNOWN}`);
      expect([listed.status, listed.data]).toEqual([200, []]);
      const seen = (await compartments(f)).find((c) => c.id === UNKNOWN);
      expect(seen).toMatchObject({ parentId: f.server.tenancyId, tenancyId: f.server.tenancyId, autoRegistered: true });
      // Tenancy B's first use registers B's compartment in B's tenancy, not the demo tenancy.
      const mine = "ocid1.compartment.oc1..aaaaaaaaofthesecondtenancy";
      const res = await f.send("POST", "/20160918/volumes", { key: other.key, body: { compartmentId: mine } });
      expect(res.status).toBe(200);
      expect((await compartments(f, `?tenancyId=${other.tenancyId}`)).map((c) => c.id)).toEqual([other.tenancyId, mine]);
      expect((await compartments(f)).map((c) => c.id)).not.toContain(mine);
    });
  });

  describe(`--strict-compartments on ${store}`, () => {
    const on = fresh();
    let f: Fixture;
    let dir: string;
    let other: ReturnType<typeof writeOtherTenancyConfig>;
    let volumeId: string;
    let prodId: string;
    beforeAll(async () => {
      dir = tempDir();
      other = writeOtherTenancyConfig(dir, "strict");
      f = await on({ compartments: ["prod"], strictCompartments: true, trustConfig: [other.path] });
      volumeId = (await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId })).data.id;
      prodId = (await compartments(f)).find((c) => c.name === "prod")?.id as string;
    });
    afterAll(async () => {
      await f?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it.each([
      ["create", "POST", "/volumes", { compartmentId: UNKNOWN }],
      ["create a group", "POST", "/volumeGroups", { compartmentId: UNKNOWN, availabilityDomain: AD, sourceDetails: { type: "volumeIds", volumeIds: ["x"] } }],
      ["list", "GET", `/volumes?compartmentId=${UNKNOWN}`, undefined],
      ["list backups", "GET", `/volumeGroupBackups?compartmentId=${UNKNOWN}`, undefined],
      ["move", "POST", "/volumes/{volume}/actions/changeCompartment", { compartmentId: UNKNOWN }],
    ])("an unknown compartment in a %s is 404 NotAuthorizedOrNotFound", async (_what, method, path, body) => {
      const res = await f.api(method, path.replace("{volume}", volumeId), body);
      expect([res.status, res.error?.code]).toEqual([404, "NotAuthorizedOrNotFound"]);
      expect(res.error?.message).toContain(UNKNOWN);
      expect((await compartments(f)).map((c) => c.id)).not.toContain(UNKNOWN);
    });

    it("leaves the volume where it was after a refused move, and moves it to a known compartment", async () => {
      expect((await f.api("GET", `/volumes/${volumeId}`)).data.compartmentId).toBe(f.server.compartmentId);
      expect((await f.api("POST", `/volumes/${volumeId}/actions/changeCompartment`, { compartmentId: prodId })).status).toBe(200);
      expect((await f.api("GET", `/volumes/${volumeId}`)).data.compartmentId).toBe(prodId);
    });

    it("accepts the tenancy root and refuses another tenancy's compartment", async () => {
      expect((await f.api("GET", `/volumes?compartmentId=${f.server.tenancyId}`)).status).toBe(200);
      const res = await f.send("GET", `/20160918/volumes?compartmentId=${prodId}`, { key: other.key });
      expect(res.status).toBe(404);
      const own = await f.send("GET", `/20160918/volumes?compartmentId=${other.tenancyId}`, { key: other.key });
      expect(own.status).toBe(200);
    });
  });
}

suite("SQLite");
suite("PostgreSQL");
