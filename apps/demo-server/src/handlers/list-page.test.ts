// Keyset pagination through the whole server: while a client walks every page (`--all` semantics, via
// @ocikit/core's paginate), other clients create, delete and move backups — before, among and after the
// ones being listed, concurrently and between pages. Every backup that existed throughout must be listed
// exactly once, in order; nothing is duplicated.
import { paginate } from "@ocikit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, startFixture, type Fixture } from "../../test/demo-fixture.js";

interface Listed {
  id: string;
  displayName: string;
  timeCreated: string;
}

let f: Fixture;
let groupId: string;

async function createBackup(displayName: string, compartmentId: string): Promise<Listed> {
  const { data, error } = await f.client.POST("/volumeGroupBackups", { body: { volumeGroupId: groupId, displayName, compartmentId, type: "INCREMENTAL" } });
  if (data === undefined) throw new Error(`create failed: ${JSON.stringify(error)}`);
  return data;
}

beforeAll(async () => {
  f = await startFixture();
  ({ groupId } = await makeGroup(f, 1));
});

/** The backups that exist throughout, in creation order, in a compartment of their own. */
async function makeStable(compartmentId: string): Promise<Listed[]> {
  const stable: Listed[] = [];
  // Sequential creates on the real clock: many share a millisecond, and names repeat, so ties abound.
  for (let i = 0; i < 40; i++) stable.push(await createBackup(`s-${i % 5}`, compartmentId));
  return stable;
}
afterAll(() => f.close());

/** Changes the list: creates backups that sort first, among and last; deletes or moves an earlier one. */
function churner(compartmentId: string) {
  const made: string[] = [];
  let n = 0;
  return async () => {
    n++;
    for (const name of ["a-first", `s-${n % 5}`, "zz-last"]) made.push((await createBackup(name, compartmentId)).id);
    const victim = made.shift() as string;
    if (n % 2 === 0) {
      expect((await f.api("DELETE", `/volumeGroupBackups/${victim}`)).status).toBe(204);
    } else {
      const moved = await f.api("POST", `/volumeGroupBackups/${victim}/actions/changeCompartment`, { compartmentId: "ocid1.compartment.oc1..aaaaaaaaelsewhere" });
      expect(moved.status).toBe(200);
    }
  };
}

function expectedOrder(stable: Listed[], sortBy: "TIMECREATED" | "DISPLAYNAME", sortOrder: "ASC" | "DESC"): string[] {
  const key = (b: Listed) => (sortBy === "DISPLAYNAME" ? b.displayName : Date.parse(b.timeCreated));
  const indexed = stable.map((b, i) => ({ b, i }));
  indexed.sort((x, y) => {
    const kx = key(x.b);
    const ky = key(y.b);
    const c = kx < ky ? -1 : kx > ky ? 1 : x.i - y.i;
    return sortOrder === "ASC" ? c : -c;
  });
  return indexed.map((x) => x.b.id);
}

describe("keyset pagination under concurrent creates, deletes and moves", () => {
  it.each([
    ["TIMECREATED", "DESC"],
    ["TIMECREATED", "ASC"],
    ["DISPLAYNAME", "ASC"],
    ["DISPLAYNAME", "DESC"],
  ] as const)("--all by %s %s lists every lasting backup once, in order", async (sortBy, sortOrder) => {
    const compartmentId = `ocid1.compartment.oc1..aaaaaaaa${sortBy.toLowerCase()}${sortOrder.toLowerCase()}`;
    const stable = await makeStable(compartmentId);
    const step = churner(compartmentId);
    // A background writer, racing the pages (bounded: in ascending orders new backups land ahead of the
    // reader, and an endless writer would keep the walk going for ever, as it would against OCI)...
    const background = (async () => {
      const more = churner(compartmentId);
      for (let i = 0; i < 10; i++) await more();
    })();
    const seen: string[] = [];
    let pages = 0;
    for await (const backup of paginate(async (next) => {
      // ...and a deterministic change before every page after the first.
      if (pages++ > 0) await step();
      return f.client.GET("/volumeGroupBackups", { params: { query: { compartmentId, sortBy, sortOrder, limit: 4, ...next } } });
    })) {
      seen.push(backup.id);
    }
    await background;
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(seen.length - new Set(seen).size).toBe(0);
    const lasting = new Set(stable.map((b) => b.id));
    expect(seen.filter((id) => lasting.has(id))).toEqual(expectedOrder(stable, sortBy, sortOrder));
  });

  it("refuses a token of one sort for another sort (400 InvalidParameter naming 'page')", async () => {
    const first = await f.api("GET", `/volumeGroupBackups?compartmentId=ocid1.compartment.oc1..aaaaaaaatimecreateddesc&limit=2&sortBy=DISPLAYNAME`);
    const token = first.headers.get("opc-next-page") as string;
    expect(token).toBeTruthy();
    const reused = await f.api("GET", `/volumeGroupBackups?compartmentId=ocid1.compartment.oc1..aaaaaaaatimecreateddesc&limit=2&page=${encodeURIComponent(token)}`);
    expect([reused.status, reused.error?.code]).toEqual([400, "InvalidParameter"]);
    expect(reused.error?.message).toContain("page");
  });
});
