import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoreClient } from "./create-core-client.js";
import { OciServiceError } from "./oci-service-error.js";
import {
  changeVolumeBackupCompartment,
  changeVolumeCompartment,
  copyVolumeBackup,
  createVolumeBackup,
  deleteVolumeBackup,
  updateVolumeBackup,
} from "./volume-backup-operations.js";
import { generateTestKey, startTestServer, type TestServer } from "../test/oci-test-server.js";

const key = generateTestKey();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(key);
});
afterAll(() => server.close());

const client = () => createCoreClient({ endpoint: server.url, auth: key, sleep: async () => {}, random: () => 0 });
const backup = {
  id: "ocid1.volumebackup.oc1..b",
  compartmentId: "c",
  displayName: "b",
  lifecycleState: "CREATING",
  timeCreated: "2026-01-01T00:00:00Z",
  type: "FULL",
};

// Each helper: the method, path, body and headers OCI's API reference gives the operation.
const cases: [
  name: string,
  call: () => Promise<unknown>,
  method: string,
  target: string,
  body: unknown,
  headers: Record<string, string | RegExp | undefined>,
][] = [
  [
    "createVolumeBackup",
    () => createVolumeBackup(client(), { volumeId: "v", type: "FULL" }),
    "POST",
    "/20160918/volumeBackups",
    { volumeId: "v", type: "FULL" },
    { "opc-retry-token": /^[0-9a-f]{32}$/ },
  ],
  [
    "updateVolumeBackup",
    () => updateVolumeBackup(client(), "b", { displayName: "n" }, { ifMatch: "e1" }),
    "PUT",
    "/20160918/volumeBackups/b",
    { displayName: "n" },
    { "if-match": "e1" },
  ],
  [
    "deleteVolumeBackup",
    () => deleteVolumeBackup(client(), "b", { ifMatch: "e2" }),
    "DELETE",
    "/20160918/volumeBackups/b",
    undefined,
    { "if-match": "e2" },
  ],
  [
    "copyVolumeBackup",
    () => copyVolumeBackup(client(), "b", { destinationRegion: "us-phoenix-1" }, { retryToken: "t1" }),
    "POST",
    "/20160918/volumeBackups/b/actions/copy",
    { destinationRegion: "us-phoenix-1" },
    { "opc-retry-token": "t1" },
  ],
  [
    "changeVolumeBackupCompartment",
    () => changeVolumeBackupCompartment(client(), "b", { compartmentId: "d" }),
    "POST",
    "/20160918/volumeBackups/b/actions/changeCompartment",
    { compartmentId: "d" },
    { "opc-retry-token": undefined },
  ],
  [
    "changeVolumeCompartment",
    () => changeVolumeCompartment(client(), "v", { compartmentId: "d" }),
    "POST",
    "/20160918/volumes/v/actions/changeCompartment",
    { compartmentId: "d" },
    { "opc-retry-token": undefined },
  ],
];

describe("volume backup and volume move helpers", () => {
  it.each(cases)("%s sends the operation's request, signed", async (_name, call, method, target, body, headers) => {
    server.requests.length = 0;
    server.setHandler((r) => (r.method === "DELETE" ? { status: 204 } : { status: 200, body: backup }));
    await call();
    const [request] = server.requests;
    expect(request?.verified.ok).toBe(true);
    expect([request?.method, request?.target]).toEqual([method, target]);
    expect(request?.body === "" ? undefined : JSON.parse(request?.body ?? "")).toEqual(body);
    for (const [name, want] of Object.entries(headers)) {
      if (want instanceof RegExp) expect(request?.headers[name]).toMatch(want);
      else expect(request?.headers[name]).toBe(want);
    }
  });

  it.each(cases)("%s throws OciServiceError on an error answer", async (_name, call) => {
    server.setHandler(() => ({ status: 404, body: { code: "NotAuthorizedOrNotFound", message: "no" } }));
    await expect(call()).rejects.toBeInstanceOf(OciServiceError);
  });
});
