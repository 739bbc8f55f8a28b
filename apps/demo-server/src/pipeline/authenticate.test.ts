// Stage authenticate: every way a signature can be wrong is 401 NotAuthenticated, with what was wrong.
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, signedRequest, startFixture, type Fixture } from "../../test/demo-fixture.js";

let f: Fixture;
let groupId: string;
beforeAll(async () => {
  f = await startFixture();
  ({ groupId } = await makeGroup(f));
});
afterAll(() => f.close());

/** Sends `signed` again with some parts changed after signing. */
function resend(signed: Request, change: { url?: string; body?: string; headers?: Record<string, string> }): Promise<Response> {
  const headers = new Headers(signed.headers);
  for (const [k, v] of Object.entries(change.headers ?? {})) headers.set(k, v);
  return signed.text().then((body) =>
    fetch(change.url ?? signed.url, {
      method: signed.method,
      headers,
      ...(signed.method === "GET" ? {} : { body: change.body ?? body }),
    }),
  );
}

async function expectError(res: Response, status: number, code: string, mentions?: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get("opc-request-id")).toBeTruthy();
  const body = (await res.json()) as { code: string; message: string };
  expect(body.code).toBe(code);
  expect(typeof body.message).toBe("string");
  if (mentions !== undefined) expect(body.message).toContain(mentions);
}

describe("authentication (401 NotAuthenticated)", () => {
  const list = () => `/20160918/volumeGroupBackups?compartmentId=${f.server.compartmentId}`;
  const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;

  const cases: Array<[string, () => Promise<Response>, string]> = [
    ["no Authorization header", () => fetch(`${f.server.url}${list()}`), "was not provided or was incorrect"],
    [
      "signature made with another key under the demo keyId",
      async () => fetch(await signedRequest(f.server.url, "GET", list(), { keyId: f.key.keyId, privateKey: otherKey })),
      "Failed to verify the HTTP(S) Signature",
    ],
    [
      "unknown keyId",
      async () => fetch(await signedRequest(f.server.url, "GET", list(), { keyId: `${f.key.keyId}x`, privateKey: f.key.privateKey })),
      "was not provided or was incorrect",
    ],
    [
      "date 6 minutes in the past",
      async () => fetch(await signedRequest(f.server.url, "GET", list(), f.key, { now: () => new Date(Date.now() - 6 * 60_000) })),
      "is not within allowed clock skew",
    ],
    [
      "query changed after signing",
      async () => resend(await signedRequest(f.server.url, "GET", list(), f.key), { url: `${f.server.url}${list()}&limit=5` }),
      "Failed to verify the HTTP(S) Signature",
    ],
    [
      "path changed after signing",
      async () =>
        resend(await signedRequest(f.server.url, "GET", `/20160918/volumeGroups/${groupId}`, f.key), {
          url: `${f.server.url}/20160918/volumeGroups/${groupId}x`,
        }),
      "Failed to verify the HTTP(S) Signature",
    ],
    [
      "body changed after signing",
      async () =>
        resend(await signedRequest(f.server.url, "POST", "/20160918/volumeGroupBackups", f.key, { body: { volumeGroupId: groupId } }), {
          // Change the last character (to one it is not already).
          body: JSON.stringify({ volumeGroupId: groupId.slice(0, -1) + (groupId.endsWith("x") ? "y" : "x") }),
        }),
      "x-content-sha256",
    ],
    [
      "algorithm other than rsa-sha256",
      async () => {
        const signed = await signedRequest(f.server.url, "GET", list(), f.key);
        const auth = (signed.headers.get("authorization") as string).replace('algorithm="rsa-sha256"', 'algorithm="hmac-sha256"');
        return resend(signed, { headers: { authorization: auth } });
      },
      "rsa-sha256",
    ],
  ];
  it.each(cases)("%s", async (_name, send, mentions) => {
    await expectError(await send(), 401, "NotAuthenticated", mentions);
  });
});
