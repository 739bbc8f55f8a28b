// A 401 says what to do about the credential that was used: an API key (upload it, check the keyId)
// or a session token (unknown or expired: refresh it). Real server, real keys; the server knows
// neither credential, as OCI would not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateKeyPairSync } from "node:crypto";
import { createCoreClient } from "./create-core-client.js";
import { OciServiceError } from "./oci-service-error.js";
import { generateTestKey, startTestServer, type TestServer } from "../test/oci-test-server.js";

const serverKey = generateTestKey();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(serverKey);
});
afterAll(() => server.close());

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const TOKEN = "eyJhbGciOiJSUzI1NiJ9.c2Vzc2lvbi10b2tlbi1ib2R5.c2lnbmF0dXJl";

describe("the 401 hint", () => {
  it.each([
    {
      name: "an API key the service does not know",
      keyId: "ocid1.tenancy.oc1..t/ocid1.user.oc1..u/11:22:33",
      says: [/API key uploaded for the user/],
      never: [/session/i],
    },
    {
      name: "a session token the service does not know",
      keyId: `ST$${TOKEN}`,
      says: [/session token/, /unknown or expired/, /oci session refresh/, /oci session authenticate/],
      never: [/uploaded/, new RegExp(TOKEN.slice(0, 12))],
    },
  ])("for $name", async ({ keyId, says, never }) => {
    const client = createCoreClient({ endpoint: server.url, auth: { keyId, privateKey }, sleep: async () => {} });
    const { error, response } = await client.GET("/volumeGroupBackups/{volumeGroupBackupId}", {
      params: { path: { volumeGroupBackupId: "ocid1.volumegroupbackup.oc1..x" } },
    });
    expect(response.status).toBe(401);
    const thrown = OciServiceError.fromResponse(response, error);
    expect(thrown.code).toBe("NotAuthenticated");
    for (const pattern of says) expect(thrown.message).toMatch(pattern);
    for (const pattern of never) expect(thrown.message).not.toMatch(pattern);
    expect(JSON.stringify(thrown)).not.toContain(TOKEN);
  });
});
