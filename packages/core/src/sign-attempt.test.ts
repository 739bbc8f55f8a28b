import { describe, expect, it } from "vitest";
import { generateKeyPairSync } from "node:crypto";
import { signRequest, verifyRequest } from "@ocikit/signer";
import { signAttempt } from "./sign-attempt.js";

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const key = { keyId: "ocid1.tenancy.oc1..t/ocid1.user.oc1..u/11:22:33", privateKey };
const now = () => new Date("2026-11-27T10:00:00Z");
// host is signed from the URL and left for fetch to send; see signAttempt.
const SIGNED = ["date", "x-date", "content-length", "content-type", "x-content-sha256", "authorization"];

const cases: { name: string; method: string; url: string; headers?: Record<string, string>; body?: string }[] = [
  {
    name: "GET with an encoded query",
    method: "GET",
    url: "https://iaas.us-ashburn-1.oraclecloud.com/20160918/volumeGroupBackups?compartmentId=c&displayName=a%2Bb%20%26%20c%20%C3%A9",
  },
  {
    name: "DELETE with an encoded path id",
    method: "DELETE",
    url: "http://127.0.0.1:8080/20160918/volumeGroupBackups/nope%2Fx",
    headers: { "if-match": "e1" },
  },
  {
    name: "POST with a JSON body",
    method: "POST",
    url: "http://127.0.0.1:8080/20160918/volumeGroupBackups",
    headers: { "content-type": "application/json" },
    body: '{"volumeGroupId":"ocid1.volumegroup.oc1..g","displayName":"é"}',
  },
  {
    name: "PUT with a body and no content-type",
    method: "PUT",
    url: "http://127.0.0.1:8080/us-phoenix-1/20160918/volumeGroupBackups/x",
    body: '{"displayName":"y"}',
  },
  {
    name: "POST without a body",
    method: "POST",
    url: "http://127.0.0.1:8080/20160918/volumeGroupBackups/x/actions/changeCompartment",
  },
  {
    name: "GET with a caller's x-date",
    method: "GET",
    url: "http://127.0.0.1:8080/20160918/volumes",
    headers: { "x-date": "Fri, 27 Nov 2026 09:59:59 GMT" },
  },
];

describe("signAttempt", () => {
  it.each(cases)("signs $name exactly like signRequest", async (c) => {
    const bytes = c.body === undefined ? null : new TextEncoder().encode(c.body);
    const expected = await signRequest(
      new Request(c.url, { method: c.method, headers: c.headers ?? {}, body: bytes }),
      key,
      { now },
    );
    const headers: Record<string, string> = { ...c.headers };
    signAttempt(c.method, new URL(c.url), headers, bytes, key, now);
    for (const name of SIGNED) expect(headers[name] ?? null, name).toBe(expected.headers.get(name));
    expect(expected.headers.get("host")).toBe(new URL(c.url).host);

    const sent = new Request(c.url, { method: c.method, headers, body: bytes });
    const verified = await verifyRequest(sent, async () => publicKey, { now });
    expect(verified).toEqual({ ok: true, keyId: key.keyId });
  });
});
