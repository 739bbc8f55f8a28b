import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signRequest } from "./sign-request.js";
import { generateTestKey } from "./test-keys.js";
import { verifyRequest } from "./verify-request.js";

const key = generateTestKey();
const other = generateTestKey();
const KEY_ID = "ocid1.tenancy.oc1..t/ocid1.user.oc1..u/aa:bb";
const now = () => new Date("2026-11-27T08:35:14Z");
const lookup = (id: string) => (id === KEY_ID ? key.publicKey : undefined);
const signingKey = { keyId: KEY_ID, privateKey: key.privateKey };

const BODY_METHODS = ["POST", "PUT", "PATCH"] as const;
const PLAIN_METHODS = ["GET", "DELETE"] as const;
type Tamper = "method" | "path" | "query" | "body" | "host-url" | "host-header" | "date";

/** Copies a signed request with one part changed, as an attacker (or a buggy proxy) could. */
async function tamper(signed: Request, kind: Tamper): Promise<Request> {
  const url = new URL(signed.url);
  const headers = new Headers(signed.headers);
  let method = signed.method;
  let body: string | null = signed.body === null ? null : await signed.clone().text();
  switch (kind) {
    case "method": {
      const group: readonly string[] = (BODY_METHODS as readonly string[]).includes(method)
        ? BODY_METHODS
        : PLAIN_METHODS;
      method = group[(group.indexOf(method) + 1) % group.length] as string;
      break;
    }
    case "path":
      url.pathname += "x";
      break;
    case "query":
      url.search = url.search === "" ? "?tampered=1" : `${url.search}&tampered=1`;
      break;
    case "body":
      body = `${body ?? ""}!`;
      break;
    case "host-url":
      url.host = "evil.example";
      break;
    case "host-header":
      headers.set("host", "evil.example");
      break;
    case "date": {
      const name = headers.has("x-date") ? "x-date" : "date";
      headers.set(name, new Date(Date.parse(headers.get(name) ?? "") + 1000).toUTCString());
      break;
    }
  }
  return new Request(url, { method, headers, body });
}

const segment = fc.string({ unit: "binary", minLength: 1, maxLength: 12 }).map(encodeURIComponent);
const queryPair = fc.tuple(fc.string({ unit: "binary", maxLength: 8 }), fc.string({ unit: "binary", maxLength: 8 }));
const requestArb = fc.record({
  method: fc.constantFrom(...PLAIN_METHODS, ...BODY_METHODS),
  segments: fc.array(segment, { minLength: 1, maxLength: 4 }),
  query: fc.array(queryPair, { maxLength: 4 }),
  body: fc.oneof(fc.constant(""), fc.string({ unit: "binary", maxLength: 300 }), fc.json()),
  port: fc.constantFrom("", ":18080", ":443"),
  xDate: fc.boolean(),
});

type RandomRequest = typeof requestArb extends fc.Arbitrary<infer T> ? T : never;

function build(r: RandomRequest): Request {
  const query = r.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
  const url = `https://iaas.us-ashburn-1.oraclecloud.com${r.port}/20160918/${r.segments.join("/")}${query ? `?${query}` : ""}`;
  const hasBody = (BODY_METHODS as readonly string[]).includes(r.method);
  return new Request(url, {
    method: r.method,
    headers: r.xDate ? { "x-date": now().toUTCString() } : {},
    ...(hasBody && r.body !== "" ? { body: r.body } : {}),
  });
}

describe("verifyRequest", () => {
  it("accepts a few hundred random requests signed by signRequest", async () => {
    await fc.assert(
      fc.asyncProperty(requestArb, async (r) => {
        const signed = await signRequest(build(r), signingKey, { now });
        const result = await verifyRequest(signed, lookup, { now });
        expect(result).toEqual({ ok: true, keyId: KEY_ID });
      }),
      { numRuns: 300 },
    );
  });

  it("rejects every tampered method, path, query, body, host and date", async () => {
    const kinds = fc.constantFrom<Tamper>("method", "path", "query", "body", "host-url", "host-header", "date");
    await fc.assert(
      fc.asyncProperty(requestArb, kinds, async (r, kind) => {
        const hasBody = (BODY_METHODS as readonly string[]).includes(r.method);
        fc.pre(kind !== "body" || hasBody);
        const signed = await signRequest(build(r), signingKey, { now });
        const result = await verifyRequest(await tamper(signed, kind), lookup, { now });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  const tamperRows: Array<{ kind: Tamper; code: string }> = [
    { kind: "method", code: "BAD_SIGNATURE" },
    { kind: "path", code: "BAD_SIGNATURE" },
    { kind: "query", code: "BAD_SIGNATURE" },
    { kind: "body", code: "CONTENT_LENGTH_MISMATCH" },
    { kind: "host-url", code: "HOST_MISMATCH" },
    { kind: "host-header", code: "HOST_MISMATCH" },
    { kind: "date", code: "BAD_SIGNATURE" },
  ];
  for (const row of tamperRows) {
    it(`reports ${row.code} for a tampered ${row.kind}`, async () => {
      const signed = await signRequest(
        new Request("http://127.0.0.1:18080/20160918/volumeGroupBackups?limit=5", { method: "POST", body: '{"a":1}' }),
        signingKey,
        { now },
      );
      expect(await verifyRequest(await tamper(signed, row.kind), lookup, { now })).toMatchObject({
        ok: false,
        code: row.code,
      });
    });
  }

  it("rejects a request signed by another key", async () => {
    const signed = await signRequest(
      new Request("https://example.com/a"),
      { keyId: KEY_ID, privateKey: other.privateKey },
      { now },
    );
    expect(await verifyRequest(signed, lookup, { now })).toMatchObject({ ok: false, code: "BAD_SIGNATURE" });
  });

  it("leaves the body readable for the caller", async () => {
    const signed = await signRequest(
      new Request("https://example.com/a", { method: "POST", body: '{"x":"y"}' }),
      signingKey,
      { now },
    );
    expect((await verifyRequest(signed, lookup, { now })).ok).toBe(true);
    expect(await signed.text()).toBe('{"x":"y"}');
  });

  it("reads the request's own body with consumeBody", async () => {
    const signed = await signRequest(
      new Request("https://example.com/a", { method: "POST", body: '{"x":"y"}' }),
      signingKey,
      { now },
    );
    expect(await verifyRequest(signed, lookup, { now, consumeBody: true })).toEqual({ ok: true, keyId: KEY_ID });
    expect(signed.bodyUsed).toBe(true);
  });

  it("uses requestTarget when the framework normalised the URL", async () => {
    const signed = await signRequest(new Request("https://example.com/a/b?x=%7E"), signingKey, { now });
    const normalised = new Request("https://example.com/a/b?x=~", { headers: signed.headers });
    expect((await verifyRequest(normalised, lookup, { now })).ok).toBe(false);
    expect(await verifyRequest(normalised, lookup, { now, requestTarget: "/a/b?x=%7E" })).toEqual({
      ok: true,
      keyId: KEY_ID,
    });
  });

  it("falls back to the URL host when the Request has no host header", async () => {
    const signed = await signRequest(new Request("http://127.0.0.1:9/a"), signingKey, { now });
    const headers = new Headers(signed.headers);
    headers.delete("host");
    // The signed list still names host, so the URL's host must be what was signed.
    expect(await verifyRequest(new Request(signed.url, { headers }), lookup, { now })).toEqual({
      ok: true,
      keyId: KEY_ID,
    });
  });
});
