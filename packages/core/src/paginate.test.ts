import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createCoreClient } from "./create-core-client.js";
import { OciServiceError } from "./oci-service-error.js";
import { paginate, paginatePages } from "./paginate.js";
import type { VolumeGroupBackup } from "./types/index.js";
import { generateTestKey, startTestServer, type TestServer } from "../test/oci-test-server.js";

const key = generateTestKey();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(key);
});
afterAll(() => server.close());

const compartmentId = "ocid1.compartment.oc1..c";
const item = (id: string) => ({
  id,
  compartmentId,
  displayName: id,
  lifecycleState: "AVAILABLE",
  timeCreated: "2026-01-01T00:00:00Z",
  type: "FULL",
});

// page token → [items, next token]
const THREE_PAGES: Record<string, [string[], string | undefined]> = {
  "": [["a", "b"], "tok 2+/="],
  "tok 2+/=": [["c", "d"], "tok3"],
  tok3: [["e"], undefined],
};

function serve(pages: Record<string, [string[], string | undefined]>) {
  server.requests.length = 0;
  server.setHandler((request) => {
    const page = new URL(request.target, "http://x").searchParams.get("page") ?? "";
    const entry = pages[page];
    if (!entry) return { status: 400, body: { code: "InvalidParameter", message: `unknown page ${page}` } };
    const [ids, next] = entry;
    return { status: 200, body: ids.map(item), headers: next ? { "opc-next-page": next } : {} };
  });
}

const client = () => createCoreClient({ endpoint: server.url, auth: key, sleep: async () => {} });
const listPage = (c: ReturnType<typeof client>) => (next: { page?: string }) =>
  c.GET("/volumeGroupBackups", { params: { query: { compartmentId, limit: 2, ...next } } });

describe("paginate", () => {
  it("follows opc-next-page over three pages, passing the token back verbatim", async () => {
    serve(THREE_PAGES);
    const ids: string[] = [];
    const iterator = paginate(listPage(client()));
    expectTypeOf(iterator).toEqualTypeOf<AsyncGenerator<VolumeGroupBackup, void, undefined>>();
    for await (const backup of iterator) ids.push(backup.id);
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(server.requests.map((r) => new URL(r.target, "http://x").searchParams.get("page"))).toEqual([
      null,
      "tok 2+/=",
      "tok3",
    ]);
  });

  it.each([
    ["the given token", "tok 2+/=", ["c", "d", "e"], ["tok 2+/=", "tok3"]],
    ["the first page for an empty token", "", ["a", "b", "c", "d", "e"], [null, "tok 2+/=", "tok3"]],
  ])("starts from %s with options.page", async (_name, page, expectedIds, expectedPages) => {
    serve(THREE_PAGES);
    const ids: string[] = [];
    for await (const backup of paginate(listPage(client()), { page })) ids.push(backup.id);
    expect(ids).toEqual(expectedIds);
    expect(server.requests.map((r) => new URL(r.target, "http://x").searchParams.get("page"))).toEqual(expectedPages);
  });

  it.each([
    ["after the first item", 1, 1],
    ["after the second item", 2, 1],
    ["on the first item of page two", 3, 2],
  ])("makes no further request when the consumer breaks %s", async (_name, take, expectedRequests) => {
    serve(THREE_PAGES);
    let seen = 0;
    for await (const _ of paginate(listPage(client()))) {
      if (++seen === take) break;
    }
    expect(server.requests).toHaveLength(expectedRequests);
  });

  it("yields pages with their headers", async () => {
    serve(THREE_PAGES);
    const pages = [];
    for await (const page of paginatePages(listPage(client()))) pages.push(page);
    expect(pages.map((p) => [p.items.map((i) => i.id), p.nextPage])).toEqual([
      [["a", "b"], "tok 2+/="],
      [["c", "d"], "tok3"],
      [["e"], undefined],
    ]);
    expect(pages.every((p) => typeof p.opcRequestId === "string")).toBe(true);
  });

  it("throws OciServiceError when a page fails", async () => {
    serve({ "": [["a"], "missing"] });
    const ids: string[] = [];
    const run = async () => {
      for await (const backup of paginate(listPage(client()))) ids.push(backup.id);
    };
    await expect(run()).rejects.toMatchObject({
      name: "OciServiceError",
      status: 400,
      code: "InvalidParameter",
      operation: "ListVolumeGroupBackups",
    });
    await expect(run()).rejects.toBeInstanceOf(OciServiceError);
    expect(ids).toEqual(["a", "a"]);
  });
});
