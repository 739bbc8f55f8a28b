// Interop with Oracle's own TypeScript SDK signer (oci-common, CommonJS): what it signs must verify here,
// both as a Request and through a real node:http server using verifyRequestParts.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateTestKey } from "./test-keys.js";
import { verifyRequest } from "./verify-request.js";
import { verifyRequestParts } from "./verify-request-parts.js";

interface OciHttpRequest {
  method: string;
  uri: string;
  headers: Headers;
  body?: string;
}
interface OciCommon {
  DefaultRequestSigner: new (provider: unknown) => { signHttpRequest(request: OciHttpRequest): Promise<void> };
  SimpleAuthenticationDetailsProvider: new (
    tenancy: string,
    user: string,
    fingerprint: string,
    privateKey: string,
    passphrase: string | null,
  ) => { getKeyId(): Promise<string> };
}

const oci = createRequire(import.meta.url)("oci-common") as OciCommon;
const key = generateTestKey();
const TENANCY = "ocid1.tenancy.oc1..aaaaaaaatenancyexample";
const USER = "ocid1.user.oc1..aaaaaaaauserexample";
const FINGERPRINT = "28:67:04:23:ba:0b:6e:97:e1:4c:93:a0:e6:31:95:26";
const API_KEY_ID = `${TENANCY}/${USER}/${FINGERPRINT}`;
const SESSION_KEY_ID = "ST$eyJraWQiOiJzZXNzaW9uIn0.eyJzdWIiOiJ1c2VyIn0.c2ln";
const lookup = (keyId: string) => (keyId === API_KEY_ID || keyId === SESSION_KEY_ID ? key.publicKey : undefined);

function signerFor(keyId: string) {
  const provider = new oci.SimpleAuthenticationDetailsProvider(TENANCY, USER, FINGERPRINT, key.privatePem, null);
  if (keyId !== API_KEY_ID) provider.getKeyId = async () => keyId;
  return new oci.DefaultRequestSigner(provider);
}

let server: Server;
let baseUrl: string;

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const result = await verifyRequestParts(
        {
          method: req.method ?? "GET",
          target: req.url ?? "/",
          headers: (name) => {
            const v = req.headers[name];
            return Array.isArray(v) ? v.join(", ") : v;
          },
          body,
        },
        lookup,
      );
      res.writeHead(result.ok ? 200 : 401, { "content-type": "application/json" }).end(JSON.stringify(result));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const cases: Array<{
  name: string;
  method: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
  keyId?: string;
}> = [
  {
    name: "GET by id",
    method: "GET",
    path: "/20160918/volumeGroupBackups/ocid1.volumegroupbackup.oc1.iad.aaaaexample",
  },
  {
    name: "GET list with an encoded query and a literal +",
    method: "GET",
    path: "/20160918/volumeGroupBackups?compartmentId=ocid1.compartment.oc1..c&limit=10&displayName=my%20backup+1&sortBy=TIMECREATED",
  },
  {
    name: "POST create with a JSON body",
    method: "POST",
    path: "/20160918/volumeGroupBackups",
    body: '{"volumeGroupId":"ocid1.volumegroup.oc1.iad.aaaaaaaaexample","displayName":"nightly","type":"INCREMENTAL","freeformTags":{"env":"démo ☃"}}',
    headers: { "Content-Type": "application/json", "opc-retry-token": "77d4b790-ea3d-11f1-aed9-fd5b50e0f3c9" },
  },
  {
    name: "PUT update with if-match",
    method: "PUT",
    path: "/20160918/volumeGroupBackups/ocid1.volumegroupbackup.oc1.iad.x",
    body: '{"displayName":"renamed"}',
    headers: { "Content-Type": "application/json", "if-match": '"etag-1"' },
  },
  {
    name: "PUT with an empty body",
    method: "PUT",
    path: "/20160918/volumeGroupBackups/x",
    headers: { "Content-Type": "application/json" },
  },
  {
    name: "DELETE",
    method: "DELETE",
    path: "/20160918/volumeGroupBackups/nope%2Fx",
    headers: { "if-match": '"etag-1"' },
  },
  { name: "PATCH", method: "PATCH", path: "/20160918/things/x", body: '{"a":1}' },
  { name: "a session token (ST$) keyId", method: "GET", path: "/20160918/volumes", keyId: SESSION_KEY_ID },
];

async function signWithOci(c: (typeof cases)[number]): Promise<OciHttpRequest> {
  const request: OciHttpRequest = {
    method: c.method,
    uri: `${baseUrl}${c.path}`,
    headers: new Headers(c.headers ?? {}),
    ...(c.body === undefined ? {} : { body: c.body }),
  };
  await signerFor(c.keyId ?? API_KEY_ID).signHttpRequest(request);
  return request;
}

describe("requests signed by oci-common", () => {
  for (const c of cases) {
    it(`verifyRequest accepts ${c.name}`, async () => {
      const signed = await signWithOci(c);
      const authorization = signed.headers.get("authorization") ?? "";
      expect(authorization).toContain('headers="x-date (request-target) host');
      const request = new Request(signed.uri, {
        method: c.method,
        headers: signed.headers,
        ...(c.body === undefined ? {} : { body: c.body }),
      });
      expect(await verifyRequest(request, lookup)).toEqual({ ok: true, keyId: c.keyId ?? API_KEY_ID });
    });

    it(`a node:http server with verifyRequestParts accepts ${c.name} over the wire`, async () => {
      const signed = await signWithOci(c);
      const response = await fetch(signed.uri, {
        method: c.method,
        headers: signed.headers,
        ...(c.body === undefined ? {} : { body: c.body }),
      });
      expect(await response.json()).toEqual({ ok: true, keyId: c.keyId ?? API_KEY_ID });
      expect(response.status).toBe(200);
    });
  }

  it("rejects an oci-common request whose body was changed in transit", async () => {
    const c = cases.find((x) => x.method === "POST");
    if (c?.body === undefined) throw new Error("fixture needs a POST case");
    const signed = await signWithOci(c);
    const response = await fetch(signed.uri, {
      method: "POST",
      headers: signed.headers,
      body: c.body.replace("nightly", "hourly!"),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, code: "BODY_HASH_MISMATCH" });
  });
});
