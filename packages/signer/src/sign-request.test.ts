import { createHash, createPublicKey, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildSigningString } from "./build-signing-string.js";
import {
  OFFICIAL_VECTORS,
  POST_SIGNING_STRING_SHA256_HEX,
  SAMPLE_KEY_ID,
  SAMPLE_PRIVATE_KEY,
  SAMPLE_PUBLIC_KEY,
} from "./official-vectors.fixture.js";
import { parseAuthorization } from "./parse-authorization.js";
import { signRequest } from "./sign-request.js";
import { splitSerializedUrl } from "./split-serialized-url.js";
import { SigningError } from "./signing-error.js";
import { generateTestKey } from "./test-keys.js";

const fixedNow = () => new Date("2026-11-27T08:35:14Z");
const key = generateTestKey();

/** Rebuilds the signing string a verifier would see from a signed request. */
function signingStringOf(request: Request): string {
  const auth = parseAuthorization(request.headers.get("authorization") ?? "");
  const url = new URL(request.url);
  return buildSigningString({
    method: request.method,
    target: url.pathname + url.search,
    headers: auth.headers,
    value: (name) => request.headers.get(name),
  });
}

describe("signRequest — Oracle's official vectors", () => {
  for (const vector of OFFICIAL_VECTORS) {
    it(`reproduces ${vector.name} byte for byte`, async () => {
      const request = new Request(vector.url, {
        method: vector.method,
        headers: vector.headers,
        ...(vector.body === undefined ? {} : { body: vector.body }),
      });
      const signed = await signRequest(request, { keyId: SAMPLE_KEY_ID, privateKey: SAMPLE_PRIVATE_KEY });

      expect(signingStringOf(signed)).toBe(vector.expectedSigningString);
      expect(signed.headers.get("authorization")).toBe(vector.expectedAuthorization);
      for (const [name, value] of Object.entries(vector.expectedHeaders)) {
        expect(signed.headers.get(name)).toBe(value);
      }
      const signature = parseAuthorization(vector.expectedAuthorization).signature;
      const publicKey = createPublicKey(SAMPLE_PUBLIC_KEY);
      expect(
        verify("sha256", Buffer.from(vector.expectedSigningString), publicKey, Buffer.from(signature, "base64")),
      ).toBe(true);
      if (vector.body !== undefined) expect(await signed.text()).toBe(vector.body);
    });
  }

  it("matches the published SHA-256 of the POST signing string", () => {
    const post = OFFICIAL_VECTORS.find((v) => v.method === "POST");
    expect(
      createHash("sha256")
        .update(post?.expectedSigningString ?? "")
        .digest("hex"),
    ).toBe(POST_SIGNING_STRING_SHA256_HEX);
  });
});

describe("signRequest — headers", () => {
  const cases: Array<{
    name: string;
    method: string;
    url: string;
    headers?: Record<string, string>;
    body?: string | Uint8Array<ArrayBuffer>;
    expect: Record<string, string | null>;
    signed: string;
  }> = [
    {
      name: "GET gets a date from the clock and the host with its port",
      method: "GET",
      url: "http://127.0.0.1:18080/20160918/volumes?x=a%20b+c",
      expect: { date: "Fri, 27 Nov 2026 08:35:14 GMT", host: "127.0.0.1:18080", "content-length": null },
      signed: "date (request-target) host",
    },
    {
      name: "default ports are not part of host",
      method: "DELETE",
      url: "https://iaas.us-ashburn-1.oraclecloud.com:443/20160918/volumes/x",
      expect: { host: "iaas.us-ashburn-1.oraclecloud.com" },
      signed: "date (request-target) host",
    },
    {
      name: "an existing x-date is kept and signed instead of date",
      method: "GET",
      url: "https://example.com/a",
      headers: { "x-date": "Thu, 01 Jan 2026 00:00:00 GMT" },
      expect: { "x-date": "Thu, 01 Jan 2026 00:00:00 GMT", date: null },
      signed: "x-date (request-target) host",
    },
    {
      name: "x-date wins when both date and x-date are present",
      method: "GET",
      url: "https://example.com/a",
      headers: { "x-date": "Thu, 01 Jan 2026 00:00:00 GMT", date: "Fri, 02 Jan 2026 00:00:00 GMT" },
      expect: { "x-date": "Thu, 01 Jan 2026 00:00:00 GMT", date: "Fri, 02 Jan 2026 00:00:00 GMT" },
      signed: "x-date (request-target) host",
    },
    {
      name: "POST without body signs the empty-body hash and length 0",
      method: "POST",
      url: "https://example.com/a",
      expect: {
        "content-length": "0",
        "content-type": "application/json",
        "x-content-sha256": "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
      },
      signed: "date (request-target) host content-length content-type x-content-sha256",
    },
    {
      name: "content-length counts UTF-8 bytes, not characters",
      method: "PUT",
      url: "https://example.com/a",
      headers: { "content-type": "application/json" },
      body: '{"name":"été ☃"}',
      expect: {
        "content-length": String(Buffer.byteLength('{"name":"été ☃"}')),
        "x-content-sha256": createHash("sha256").update('{"name":"été ☃"}').digest("base64"),
      },
      signed: "date (request-target) host content-length content-type x-content-sha256",
    },
    {
      name: "PATCH signs the body headers and keeps a given content-type",
      method: "PATCH",
      url: "https://example.com/a",
      headers: { "content-type": "application/merge-patch+json" },
      body: new Uint8Array([1, 2, 3]),
      expect: { "content-length": "3", "content-type": "application/merge-patch+json" },
      signed: "date (request-target) host content-length content-type x-content-sha256",
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const request = new Request(c.url, {
        method: c.method,
        ...(c.headers === undefined ? {} : { headers: c.headers }),
        ...(c.body === undefined ? {} : { body: c.body }),
      });
      const signed = await signRequest(
        request,
        { keyId: "ocid1.tenancy/ocid1.user/aa:bb", privateKey: key.privateKey },
        {
          now: fixedNow,
        },
      );
      for (const [name, value] of Object.entries(c.expect)) expect(signed.headers.get(name)).toBe(value);
      const auth = parseAuthorization(signed.headers.get("authorization") ?? "");
      expect(auth.headers.join(" ")).toBe(c.signed);
      expect(auth.keyId).toBe("ocid1.tenancy/ocid1.user/aa:bb");
      expect(
        verify("sha256", Buffer.from(signingStringOf(signed)), key.publicKey, Buffer.from(auth.signature, "base64")),
      ).toBe(true);
    });
  }

  it("signs the request target exactly as the URL serialises it (no re-encoding)", async () => {
    const url = "https://example.com/20160918/volumeGroupBackups/nope%2Fx?displayName=my%20backup+1&b=%E2%9C%93";
    const signed = await signRequest(new Request(url), { keyId: "k", privateKey: key.privateKey });
    expect(signingStringOf(signed)).toContain(
      "(request-target): get /20160918/volumeGroupBackups/nope%2Fx?displayName=my%20backup+1&b=%E2%9C%93",
    );
  });

  it("returns a new Request and keeps the original's other headers", async () => {
    const original = new Request("https://example.com/a", { headers: { "opc-request-id": "abc" } });
    const signed = await signRequest(original, { keyId: "k", privateKey: key.privateKey });
    expect(signed).not.toBe(original);
    expect(signed.headers.get("opc-request-id")).toBe("abc");
    expect(original.headers.get("authorization")).toBeNull();
  });

  it("accepts a PEM string key and reuses its parsed form", async () => {
    const request = () => new Request("https://example.com/a", { headers: { date: "Fri, 27 Nov 2026 08:35:14 GMT" } });
    const a = await signRequest(request(), { keyId: "k", privateKey: key.privatePem });
    const b = await signRequest(request(), { keyId: "k", privateKey: key.privateKey });
    expect(a.headers.get("authorization")).toBe(b.headers.get("authorization"));
  });
});

describe("signRequest — bodies that cannot be signed", () => {
  it("names a failing stream body", async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error("disk gone"));
      },
    });
    const request = new Request("https://example.com/a", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    const error = await signRequest(request, { keyId: "k", privateKey: key.privateKey }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SigningError);
    expect((error as SigningError).code).toBe("UNSIGNABLE_BODY");
  });

  it("refuses a body that was already read", async () => {
    const request = new Request("https://example.com/a", { method: "POST", body: "{}" });
    await request.text();
    const error = await signRequest(request, { keyId: "k", privateKey: key.privateKey }).catch((e: unknown) => e);
    expect((error as SigningError).code).toBe("BODY_ALREADY_USED");
  });

  it("refuses a keyId that would break the Authorization header", async () => {
    for (const keyId of ["", 'a"b', "a\nb"]) {
      const error = await signRequest(new Request("https://example.com/a"), {
        keyId,
        privateKey: key.privateKey,
      }).catch((e: unknown) => e);
      expect((error as SigningError).code).toBe("INVALID_KEY_ID");
    }
  });

  it("carries the caller's abort signal over to the signed request", async () => {
    const controller = new AbortController();
    const signed = await signRequest(new Request("https://example.com/a", { signal: controller.signal }), {
      keyId: "k",
      privateKey: key.privateKey,
    });
    expect(signed.signal.aborted).toBe(false);
    controller.abort();
    expect(signed.signal.aborted).toBe(true);
  });

  it("signs a readable stream body after reading it once", async () => {
    const bytes = new TextEncoder().encode('{"streamed":true}');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 5));
        controller.enqueue(bytes.subarray(5));
        controller.close();
      },
    });
    const request = new Request("https://example.com/a", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    const signed = await signRequest(request, { keyId: "k", privateKey: key.privateKey });
    expect(signed.headers.get("x-content-sha256")).toBe(createHash("sha256").update(bytes).digest("base64"));
    expect(await signed.text()).toBe('{"streamed":true}');
  });
});

describe("splitSerializedUrl", () => {
  // Whatever the URL, the fast split must agree with what URL reports for a Request's serialised url.
  it.each([
    "https://iaas.us-ashburn-1.oraclecloud.com/20160918/volumeGroupBackups",
    "http://127.0.0.1:18080/20160918/volumes?x=a%20b+c",
    "https://EXAMPLE.com:443/a/b?",
    "https://example.com/a?b=1#frag",
    "https://example.com/a#frag?x",
    "http://[::1]:8080/p?q=%E2%9C%93",
    "https://example.com",
    "https://example.com/a b/ü?c d=é",
    "http://user@example.com/x",
    "blob:https://example.com/uuid",
  ])("agrees with URL for %s", (input) => {
    const serialised = new URL(input).href;
    const parsed = new URL(serialised);
    expect(splitSerializedUrl(serialised)).toEqual({ host: parsed.host, target: parsed.pathname + parsed.search });
  });
});
