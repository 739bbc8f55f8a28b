import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createCoreClient } from "./create-core-client.js";
import { OciServiceError } from "./oci-service-error.js";
import type { VolumeBackupPolicy, VolumeBackupPolicyAssignment } from "./types/index.js";
import {
  createVolumeBackupPolicy,
  createVolumeBackupPolicyAssignment,
  deleteVolumeBackupPolicy,
  deleteVolumeBackupPolicyAssignment,
  findVolumeBackupPolicyAssignment,
  getVolumeBackupPolicy,
  getVolumeBackupPolicyAssetAssignment,
  getVolumeBackupPolicyAssignment,
  listVolumeBackupPolicies,
  updateVolumeBackupPolicy,
} from "./volume-backup-policy-operations.js";
import { generateTestKey, startTestServer, type RecordedRequest, type TestServer } from "../test/oci-test-server.js";

const key = generateTestKey();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(key);
});
afterAll(() => server.close());

const client = () => createCoreClient({ endpoint: server.url, auth: key, sleep: async () => {} });
const compartmentId = "ocid1.compartment.oc1..c";
const policy = (id: string): VolumeBackupPolicy => ({
  id,
  displayName: id,
  timeCreated: "2026-01-01T00:00:00Z",
  schedules: [{ backupType: "INCREMENTAL", period: "ONE_DAY", retentionSeconds: 604800 }],
});
const assignment = (id: string): VolumeBackupPolicyAssignment => ({
  id,
  assetId: "ocid1.volumegroup.oc1..g",
  policyId: "ocid1.volumebackuppolicy.oc1..p",
  timeCreated: "2026-01-01T00:00:00Z",
});

const url = (r: RecordedRequest) => new URL(r.target, "http://x");
function answer(body: unknown, headers: Record<string, string> = {}, status = 200) {
  server.requests.length = 0;
  server.setHandler(() => ({ status, body, headers: { etag: "e1", ...headers } }));
}

describe("backup policy operations against a real HTTP server", () => {
  it.each([
    [
      "createVolumeBackupPolicy",
      () => createVolumeBackupPolicy(client(), { compartmentId, displayName: "nightly" }),
      "POST",
      "/20160918/volumeBackupPolicies",
      { compartmentId, displayName: "nightly" },
    ],
    [
      "getVolumeBackupPolicy",
      () => getVolumeBackupPolicy(client(), "ocid1.volumebackuppolicy.oc1..p"),
      "GET",
      "/20160918/volumeBackupPolicies/ocid1.volumebackuppolicy.oc1..p",
      undefined,
    ],
    [
      "updateVolumeBackupPolicy",
      () => updateVolumeBackupPolicy(client(), "p", { destinationRegion: "none" }, { ifMatch: "e0" }),
      "PUT",
      "/20160918/volumeBackupPolicies/p",
      { destinationRegion: "none" },
    ],
    [
      "createVolumeBackupPolicyAssignment",
      () => createVolumeBackupPolicyAssignment(client(), { assetId: "a", policyId: "p" }),
      "POST",
      "/20160918/volumeBackupPolicyAssignments",
      { assetId: "a", policyId: "p" },
    ],
    [
      "getVolumeBackupPolicyAssignment",
      () => getVolumeBackupPolicyAssignment(client(), "pa"),
      "GET",
      "/20160918/volumeBackupPolicyAssignments/pa",
      undefined,
    ],
  ] as const)("%s sends a signed %s %s and returns the body", async (_name, call, method, path, body) => {
    const returned = { id: "x", displayName: "nightly" };
    answer(returned);
    await expect(call()).resolves.toEqual(returned);
    const [request] = server.requests;
    expect(request!.verified.ok).toBe(true);
    expect(request!.method).toBe(method);
    expect(url(request!).pathname).toBe(path);
    expect(request!.body === "" ? undefined : JSON.parse(request!.body)).toEqual(body);
  });

  it("generates a retry token for create and update of a policy (the Go SDK does), not for an assignment", async () => {
    answer({});
    await createVolumeBackupPolicy(client(), { compartmentId });
    await updateVolumeBackupPolicy(client(), "p", { displayName: "n" });
    await createVolumeBackupPolicyAssignment(client(), { assetId: "a", policyId: "p" });
    const tokens = server.requests.map((r) => r.headers["opc-retry-token"]);
    expect(tokens[0]).toMatch(/^[0-9a-f-]{16,64}$/i);
    expect(tokens[1]).toMatch(/^[0-9a-f-]{16,64}$/i);
    expect(tokens[0]).not.toBe(tokens[1]);
    expect(tokens[2]).toBeUndefined();
  });

  it("passes a caller's retry token and if-match through", async () => {
    answer({});
    await createVolumeBackupPolicy(client(), { compartmentId }, { retryToken: "mine" });
    await updateVolumeBackupPolicy(client(), "p", {}, { ifMatch: "e7", retryToken: "again" });
    expect(server.requests.map((r) => [r.headers["opc-retry-token"], r.headers["if-match"]])).toEqual([
      ["mine", undefined],
      ["again", "e7"],
    ]);
  });

  it.each([
    [
      "deleteVolumeBackupPolicy",
      () => deleteVolumeBackupPolicy(client(), "p", { ifMatch: "e3" }),
      "/20160918/volumeBackupPolicies/p",
    ],
    [
      "deleteVolumeBackupPolicyAssignment",
      () => deleteVolumeBackupPolicyAssignment(client(), "pa", { ifMatch: "e3" }),
      "/20160918/volumeBackupPolicyAssignments/pa",
    ],
  ] as const)("%s sends DELETE with if-match and resolves on 204", async (_name, call, path) => {
    server.requests.length = 0;
    server.setHandler(() => ({ status: 204 }));
    await expect(call()).resolves.toBeUndefined();
    expect(server.requests.map((r) => [r.method, url(r).pathname, r.headers["if-match"]])).toEqual([
      ["DELETE", path, "e3"],
    ]);
  });

  it("turns a 409 into OciServiceError with the service's code", async () => {
    answer({ code: "Conflict", message: "The policy is assigned to 1 asset; unassign it first." }, {}, 409);
    const error = await deleteVolumeBackupPolicy(client(), "p").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OciServiceError);
    expect(error).toMatchObject({ status: 409, code: "Conflict" });
  });
});

describe("paginate over both lists", () => {
  function servePages(make: (id: string) => unknown) {
    server.requests.length = 0;
    server.setHandler((request) => {
      const page = url(request).searchParams.get("page");
      if (page === null) return { status: 200, body: [make("a"), make("b")], headers: { "opc-next-page": "p2" } };
      if (page === "p2") return { status: 200, body: [make("c")] };
      return { status: 400, body: { code: "InvalidParameter", message: "bad page" } };
    });
  }

  it("listVolumeBackupPolicies follows opc-next-page, with and without a compartment", async () => {
    servePages(policy);
    const iterator = listVolumeBackupPolicies(client(), { compartmentId, limit: 2 });
    expectTypeOf(iterator).toEqualTypeOf<AsyncGenerator<VolumeBackupPolicy, void, undefined>>();
    const ids: string[] = [];
    for await (const p of iterator) ids.push(p.id);
    expect(ids).toEqual(["a", "b", "c"]);
    expect(server.requests.map((r) => url(r).search)).toEqual([
      `?compartmentId=${encodeURIComponent(compartmentId)}&limit=2`,
      `?compartmentId=${encodeURIComponent(compartmentId)}&limit=2&page=p2`,
    ]);

    servePages(policy);
    const oracle: string[] = [];
    for await (const p of listVolumeBackupPolicies(client())) oracle.push(p.id);
    expect(oracle).toEqual(["a", "b", "c"]);
    expect(server.requests.map((r) => url(r).search)).toEqual(["", "?page=p2"]);
  });

  it("getVolumeBackupPolicyAssetAssignment follows opc-next-page with assetId", async () => {
    servePages(assignment);
    const ids: string[] = [];
    for await (const a of getVolumeBackupPolicyAssetAssignment(client(), { assetId: "ocid1.volume.oc1..v" }))
      ids.push(a.id);
    expect(ids).toEqual(["a", "b", "c"]);
    expect(server.requests.map((r) => url(r).searchParams.get("assetId"))).toEqual([
      "ocid1.volume.oc1..v",
      "ocid1.volume.oc1..v",
    ]);
  });

  it("findVolumeBackupPolicyAssignment returns the first item, or undefined for an empty list, in one request", async () => {
    servePages(assignment);
    await expect(findVolumeBackupPolicyAssignment(client(), "v")).resolves.toMatchObject({ id: "a" });
    expect(server.requests).toHaveLength(1);
    answer([]);
    await expect(findVolumeBackupPolicyAssignment(client(), "v")).resolves.toBeUndefined();
  });
});
