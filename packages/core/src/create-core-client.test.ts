import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createCoreClient } from "./create-core-client.js";
import { OciServiceError } from "./oci-service-error.js";
import { unwrap } from "./unwrap.js";
import {
  changeVolumeGroupBackupCompartment,
  createVolumeGroupBackup,
  getVolumeGroupBackup,
  listVolumeGroupBackups,
} from "./volume-group-backup-operations.js";
import type { VolumeGroupBackup } from "./types/index.js";
import { generateTestKey, startTestServer, type TestServer } from "../test/oci-test-server.js";

const key = generateTestKey();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(key);
});
afterAll(() => server.close());

const backup = (id: string, lifecycleState = "AVAILABLE") => ({
  id,
  compartmentId: "ocid1.compartment.oc1..c",
  displayName: id,
  lifecycleState,
  timeCreated: "2026-01-01T00:00:00Z",
  type: "FULL",
  volumeBackupIds: [],
});

const client = () => createCoreClient({ endpoint: server.url, auth: key, sleep: async () => {}, random: () => 0 });

function reset() {
  server.requests.length = 0;
}

describe("createCoreClient", () => {
  it("sends signed requests under /20160918 of the endpoint", async () => {
    reset();
    server.setHandler(() => ({ status: 200, body: backup("ocid1.vgb.oc1..a"), headers: { etag: "e1" } }));
    const result = await unwrap(
      client().GET("/volumeGroupBackups/{volumeGroupBackupId}", {
        params: { path: { volumeGroupBackupId: "ocid1.vgb.oc1..a" } },
      }),
    );
    expect(result.data.id).toBe("ocid1.vgb.oc1..a");
    expect(result.etag).toBe("e1");
    expect(server.requests[0]?.target).toBe("/20160918/volumeGroupBackups/ocid1.vgb.oc1..a");
    expect(server.requests[0]?.verified.ok).toBe(true);
    expect(server.requests[0]?.headers["user-agent"]).toMatch(/^ocikit-core\//);
  });

  it.each([
    ["plus, ampersand, spaces, unicode", "a+b & c é"],
    ["reserved characters", "x=1;y/z?#%"],
    ["emoji", "backup 🚀"],
  ])("encodes query values (%s) so they arrive intact", async (_name, displayName) => {
    reset();
    server.setHandler(() => ({ status: 200, body: [] }));
    await unwrap(
      client().GET("/volumeGroupBackups", {
        params: { query: { compartmentId: "ocid1.compartment.oc1..c", displayName } },
      }),
    );
    const target = server.requests[0]?.target ?? "";
    const query = new URLSearchParams(target.slice(target.indexOf("?") + 1));
    expect(query.get("displayName")).toBe(displayName);
    expect(query.get("compartmentId")).toBe("ocid1.compartment.oc1..c");
    expect(server.requests[0]?.verified.ok).toBe(true);
  });

  it("encodes path ids with encodeURIComponent", async () => {
    reset();
    server.setHandler(() => ({ status: 404, body: { code: "NotAuthorizedOrNotFound", message: "no such backup" } }));
    const { error } = await client().GET("/volumeGroupBackups/{volumeGroupBackupId}", {
      params: { path: { volumeGroupBackupId: "nope/x" } },
    });
    expect(server.requests[0]?.target).toBe("/20160918/volumeGroupBackups/nope%2Fx");
    expect(error).toEqual({ code: "NotAuthorizedOrNotFound", message: "no such backup" });
  });

  it("adds a retry token to creates, reused across attempts, and none to changeCompartment", async () => {
    reset();
    server.setHandler((request, index) =>
      request.target.endsWith("/volumeGroupBackups") && index === 0
        ? { status: 503, body: { code: "ServiceUnavailable", message: "busy" } }
        : { status: 200, body: backup("ocid1.vgb.oc1..new", "CREATING") },
    );
    const created = await createVolumeGroupBackup(client(), {
      volumeGroupId: "ocid1.volumegroup.oc1..g",
      type: "FULL",
    });
    expectTypeOf(created).toEqualTypeOf<VolumeGroupBackup>();
    expect(created.lifecycleState).toBe("CREATING");
    const [first, second] = server.requests;
    expect(first?.headers["opc-retry-token"]).toMatch(/^[0-9a-f]{32}$/);
    expect(second?.headers["opc-retry-token"]).toBe(first?.headers["opc-retry-token"]);
    expect(second?.headers["opc-request-id"]).toBe(first?.headers["opc-request-id"]);

    reset();
    await changeVolumeGroupBackupCompartment(client(), "ocid1.vgb.oc1..a", {
      compartmentId: "ocid1.compartment.oc1..d",
    });
    expect(server.requests[0]?.headers["opc-retry-token"]).toBeUndefined();
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({ compartmentId: "ocid1.compartment.oc1..d" });
  });

  it("throws OciServiceError with the request id, operation and no credentials", async () => {
    reset();
    server.setHandler(() => ({
      status: 404,
      body: { code: "NotAuthorizedOrNotFound", message: "Authorization failed or requested resource not found." },
      headers: { "opc-request-id": "SERVER-ID-1" },
    }));
    const error = await getVolumeGroupBackup(client(), "ocid1.vgb.oc1..gone").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OciServiceError);
    const e = error as OciServiceError;
    expect(e).toMatchObject({
      status: 404,
      code: "NotAuthorizedOrNotFound",
      opcRequestId: "SERVER-ID-1",
      operation: "GetVolumeGroupBackup",
      method: "GET",
      url: `${server.url}/20160918/volumeGroupBackups/ocid1.vgb.oc1..gone`,
      attempts: 1,
    });
    expect(e.message).toContain("SERVER-ID-1");
    expect(e.timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    const signature = /signature="([^"]+)"/.exec(server.requests[0]?.headers.authorization ?? "")?.[1] ?? "";
    expect(signature.length).toBeGreaterThan(100);
    for (const text of [JSON.stringify(e), e.message, String(e.stack), JSON.stringify(e.requestHeaders)]) {
      expect(text).not.toMatch(/signature=/i);
      expect(text).not.toContain(signature.slice(0, 40));
      expect(text).not.toContain("PRIVATE KEY");
    }
    expect(e.requestHeaders.authorization).toBe("Signature [REDACTED]");
  });

  it("lists every page through listVolumeGroupBackups", async () => {
    reset();
    const pages: Record<string, { items: string[]; next?: string }> = {
      "": { items: ["a", "b"], next: "p2" },
      p2: { items: ["c"], next: "p3" },
      p3: { items: ["d", "e"] },
    };
    server.setHandler((request) => {
      const page = new URL(request.target, "http://x").searchParams.get("page") ?? "";
      const entry = pages[page];
      if (!entry) return { status: 400, body: { code: "InvalidParameter", message: "bad page" } };
      return {
        status: 200,
        body: entry.items.map((id) => backup(id)),
        headers: entry.next ? { "opc-next-page": entry.next } : {},
      };
    });
    const ids: string[] = [];
    for await (const item of listVolumeGroupBackups(client(), { compartmentId: "ocid1.compartment.oc1..c", limit: 2 }))
      ids.push(item.id);
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(server.requests.map((r) => new URL(r.target, "http://x").searchParams.get("page"))).toEqual([
      null,
      "p2",
      "p3",
    ]);
  });

  it("gives middleware a real Request, and signs what middleware changed", async () => {
    reset();
    server.setHandler(() => ({ status: 200, body: backup("ocid1.vgb.oc1..m") }));
    const c = client();
    const seen: boolean[] = [];
    const middleware = {
      onRequest({ request }: { request: Request }) {
        seen.push(request instanceof Request);
        const headers = new Headers(request.headers);
        headers.set("x-from-middleware", "yes");
        return new Request(request, { headers });
      },
    };
    c.use(middleware);
    await unwrap(
      c.PUT("/volumeGroupBackups/{volumeGroupBackupId}", {
        params: { path: { volumeGroupBackupId: "m" } },
        body: { displayName: "renamed" },
      }),
    );
    c.eject(middleware);
    await unwrap(
      c.GET("/volumeGroupBackups/{volumeGroupBackupId}", {
        params: { path: { volumeGroupBackupId: "m" } },
        middleware: [middleware],
      }),
    );
    await unwrap(
      c.GET("/volumeGroupBackups/{volumeGroupBackupId}", { params: { path: { volumeGroupBackupId: "m" } } }),
    );
    expect(seen).toEqual([true, true]);
    expect(server.requests.map((r) => [r.method, r.headers["x-from-middleware"], r.verified.ok])).toEqual([
      ["PUT", "yes", true],
      ["GET", "yes", true],
      ["GET", undefined, true],
    ]);
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({ displayName: "renamed" });
  });

  it("signs a POST without a body", async () => {
    reset();
    server.setHandler(() => ({ status: 200 }));
    const c = client();
    const { response } = await c.request(
      "post",
      "/volumeGroupBackups/{volumeGroupBackupId}/actions/changeCompartment",
      {
        params: { path: { volumeGroupBackupId: "x" } },
      } as never,
    );
    expect(response.status).toBe(200);
    expect(server.requests[0]?.headers["content-length"]).toBe("0");
    expect(server.requests[0]?.verified.ok).toBe(true);
  });
});
