import { createHash, sign, type KeyObject } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildSigningString } from "./build-signing-string.js";
import { generateTestKey } from "./test-keys.js";
import { verifyRequestParts, type RequestParts, type VerifyOptions } from "./verify-request-parts.js";
import { verifyBody } from "./verify-body.js";
import type { VerifyFailureCode } from "./verify-result.js";

const trusted = generateTestKey();
const stranger = generateTestKey();
const KEY_ID = "ocid1.tenancy.oc1..t/ocid1.user.oc1..u/aa:bb";
const DATE = "Fri, 27 Nov 2026 08:35:14 GMT";
const now = () => new Date("2026-11-27T08:36:00Z");
const GET_LIST = ["date", "(request-target)", "host"];
const BODY_LIST = ["date", "(request-target)", "host", "content-length", "content-type", "x-content-sha256"];

interface Craft {
  method?: string;
  target?: string;
  headers?: Record<string, string>;
  body?: string;
  list?: string[];
  keyId?: string;
  privateKey?: KeyObject;
  /** Replaces the Authorization header; `{sig}` is substituted with the real signature. */
  authorization?: string;
}

/** A request signed over exactly `list`, as any client could produce it. */
function craft(c: Craft = {}): RequestParts {
  const method = c.method ?? "GET";
  const target = c.target ?? "/20160918/volumes?compartmentId=ocid1.compartment.oc1..c&limit=5";
  const body = c.body === undefined ? undefined : new TextEncoder().encode(c.body);
  const headers: Record<string, string> = { date: DATE, host: "127.0.0.1:18080" };
  if (body !== undefined) {
    headers["content-type"] = "application/json";
    headers["content-length"] = String(body.byteLength);
    headers["x-content-sha256"] = createHash("sha256").update(body).digest("base64");
  }
  Object.assign(headers, c.headers);
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const list = c.list ?? (body === undefined ? GET_LIST : BODY_LIST);
  const signingString = buildSigningString({
    method,
    target,
    headers: list.map((h) => h.toLowerCase()),
    value: (n) => lower.get(n),
  });
  const signature = sign("sha256", Buffer.from(signingString), c.privateKey ?? trusted.privateKey).toString("base64");
  const authorization =
    c.authorization?.replace("{sig}", signature) ??
    `Signature version="1",keyId="${c.keyId ?? KEY_ID}",algorithm="rsa-sha256",headers="${list.join(" ")}",signature="${signature}"`;
  lower.set("authorization", authorization);
  return { method, target, headers: (n) => lower.get(n.toLowerCase()), ...(body === undefined ? {} : { body }) };
}

function withHeader(parts: RequestParts, name: string, value: string | undefined): RequestParts {
  return { ...parts, headers: (n) => (n.toLowerCase() === name ? value : parts.headers(n)) };
}

const lookup = (keyId: string) => (keyId === KEY_ID || keyId.startsWith("ST$") ? trusted.publicKey : undefined);
const JSON_BODY = '{"volumeGroupId":"ocid1.volumegroup.oc1..x","displayName":"nightly","type":"INCREMENTAL"}';

describe("verifyRequestParts — rejections", () => {
  const rows: Array<{
    name: string;
    parts: () => RequestParts;
    options?: VerifyOptions;
    code: VerifyFailureCode;
    message: RegExp;
  }> = [
    {
      name: "no Authorization header",
      parts: () => withHeader(craft(), "authorization", undefined),
      code: "MISSING_AUTHORIZATION",
      message: /no Authorization header/,
    },
    {
      name: "a Bearer token instead of a signature",
      parts: () => withHeader(craft(), "authorization", "Bearer abc"),
      code: "MALFORMED_AUTHORIZATION",
      message: /Signature scheme/,
    },
    {
      name: "a signature header without a signature parameter",
      parts: () =>
        craft({ authorization: `Signature version="1",keyId="${KEY_ID}",algorithm="rsa-sha256",headers="date"` }),
      code: "MALFORMED_AUTHORIZATION",
      message: /signature parameter is missing/,
    },
    {
      name: "an unquoted parameter value",
      parts: () => craft({ authorization: `Signature version=1,keyId="${KEY_ID}",signature="{sig}"` }),
      code: "MALFORMED_AUTHORIZATION",
      message: /not double-quoted/,
    },
    {
      name: "an unsupported algorithm",
      parts: () =>
        craft({
          authorization: `Signature version="1",keyId="${KEY_ID}",algorithm="hmac-sha256",headers="date (request-target) host",signature="{sig}"`,
        }),
      code: "UNSUPPORTED_ALGORITHM",
      message: /hmac-sha256.*rsa-sha256/,
    },
    {
      name: "an unsupported signature version",
      parts: () =>
        craft({
          authorization: `Signature version="2",keyId="${KEY_ID}",algorithm="rsa-sha256",headers="date (request-target) host",signature="{sig}"`,
        }),
      code: "UNSUPPORTED_ALGORITHM",
      message: /version '2'/,
    },
    {
      name: "GET without host in the signed list",
      parts: () => craft({ list: ["date", "(request-target)"] }),
      code: "MISSING_SIGNED_HEADER",
      message: /'host'/,
    },
    {
      name: "GET without (request-target) in the signed list",
      parts: () => craft({ list: ["date", "host"] }),
      code: "MISSING_SIGNED_HEADER",
      message: /'\(request-target\)'/,
    },
    {
      name: "GET without any date in the signed list",
      parts: () => craft({ list: ["(request-target)", "host"] }),
      code: "MISSING_SIGNED_HEADER",
      message: /'date'/,
    },
    {
      name: "an unsigned x-date next to a signed date (x-date takes precedence)",
      parts: () => craft({ headers: { "x-date": DATE } }),
      code: "MISSING_SIGNED_HEADER",
      message: /x-date.*precedence/,
    },
    {
      name: "POST without x-content-sha256 in the signed list",
      parts: () => craft({ method: "POST", body: JSON_BODY, list: BODY_LIST.slice(0, 5) }),
      code: "MISSING_SIGNED_HEADER",
      message: /'x-content-sha256'/,
    },
    {
      name: "PUT without content-type and content-length in the signed list",
      parts: () => craft({ method: "PUT", body: JSON_BODY, list: [...GET_LIST, "x-content-sha256"] }),
      code: "MISSING_SIGNED_HEADER",
      message: /'content-length', 'content-type'/,
    },
    {
      name: "a signed header that the request does not carry",
      parts: () =>
        withHeader(
          craft({ list: [...GET_LIST, "opc-request-id"], headers: { "opc-request-id": "r1" } }),
          "opc-request-id",
          undefined,
        ),
      code: "HEADER_NOT_PRESENT",
      message: /'opc-request-id'/,
    },
    {
      name: "a body whose hash differs from x-content-sha256",
      parts: () => ({
        ...craft({ method: "POST", body: JSON_BODY }),
        body: new TextEncoder().encode(JSON_BODY.replace("nightly", "weekly!")),
      }),
      code: "BODY_HASH_MISMATCH",
      message: /x-content-sha256/,
    },
    {
      name: "a body longer than the signed content-length",
      parts: () => ({ ...craft({ method: "POST", body: JSON_BODY }), body: new TextEncoder().encode(`${JSON_BODY} `) }),
      code: "CONTENT_LENGTH_MISMATCH",
      message: /content-length '\d+'.*\d+ bytes/,
    },
    {
      name: "a date that is not a date",
      parts: () => craft({ headers: { date: "yesterday-ish" } }),
      code: "INVALID_DATE",
      message: /'yesterday-ish' is not a valid date/,
    },
    {
      name: "a date six minutes in the past",
      parts: () => craft({ headers: { date: "Fri, 27 Nov 2026 08:30:00 GMT" } }),
      code: "CLOCK_SKEW",
      message:
        /^Date 'Fri, 27 Nov 2026 08:30:00 GMT' is not within allowed clock skew\. Current 'Fri, 27 Nov 2026 08:36:00 GMT', valid datetime range: \['Fri, 27 Nov 2026 08:31:00 GMT', 'Fri, 27 Nov 2026 08:41:00 GMT'\]/,
    },
    {
      name: "a date beyond a tighter custom window",
      parts: () => craft(),
      options: { now, maxSkewSeconds: 30 },
      code: "CLOCK_SKEW",
      message: /valid datetime range/,
    },
    {
      name: "a keyId nobody registered",
      parts: () => craft({ keyId: "ocid1.tenancy.oc1..t/ocid1.user.oc1..other/cc:dd" }),
      code: "UNKNOWN_KEY",
      message: /ocid1\.user\.oc1\.\.other/,
    },
    {
      name: "a signature made with another key",
      parts: () => craft({ privateKey: stranger.privateKey }),
      code: "BAD_SIGNATURE",
      message: /^Failed to verify the HTTP\(S\) Signature/,
    },
    {
      name: "a path changed after signing",
      parts: () => ({ ...craft(), target: "/20160918/volumes/other?compartmentId=ocid1.compartment.oc1..c&limit=5" }),
      code: "BAD_SIGNATURE",
      message: /Failed to verify the HTTP\(S\) Signature/,
    },
    {
      name: "a query changed after signing",
      parts: () => ({ ...craft(), target: "/20160918/volumes?compartmentId=ocid1.compartment.oc1..c&limit=50" }),
      code: "BAD_SIGNATURE",
      message: /Failed to verify/,
    },
    {
      name: "a method changed after signing",
      parts: () => ({ ...craft(), method: "DELETE" }),
      code: "BAD_SIGNATURE",
      message: /Failed to verify/,
    },
    {
      name: "a host header changed after signing",
      parts: () => withHeader(craft(), "host", "evil.example:18080"),
      code: "BAD_SIGNATURE",
      message: /Failed to verify/,
    },
    {
      name: "a signed host that is not this server",
      parts: () => craft(),
      options: { now, host: "iaas.us-ashburn-1.oraclecloud.com" },
      code: "HOST_MISMATCH",
      message: /'127\.0\.0\.1:18080'.*'iaas\.us-ashburn-1\.oraclecloud\.com'/,
    },
    {
      name: "a signature that is not base64 of the right size",
      parts: () =>
        craft({
          authorization: `Signature version="1",keyId="${KEY_ID}",algorithm="rsa-sha256",headers="date (request-target) host",signature="abc"`,
        }),
      code: "BAD_SIGNATURE",
      message: /Failed to verify.*not valid base64/,
    },
    {
      name: "a signature with a space in its base64 (decoded strictly, not leniently)",
      parts: () =>
        craft({
          authorization: `Signature version="1",keyId="${KEY_ID}",algorithm="rsa-sha256",headers="${GET_LIST.join(" ")}",signature=" {sig}"`,
        }),
      code: "BAD_SIGNATURE",
      message: /not valid base64/,
    },
    {
      name: "a signature with extra padding",
      parts: () =>
        craft({
          authorization: `Signature version="1",keyId="${KEY_ID}",algorithm="rsa-sha256",headers="${GET_LIST.join(" ")}",signature="{sig}=="`,
        }),
      code: "BAD_SIGNATURE",
      message: /not valid base64/,
    },
    {
      name: "a signature that is not base64 of the right size (unchanged row)",
      parts: () =>
        craft({
          authorization: `Signature version="1",keyId="${KEY_ID}",algorithm="rsa-sha256",headers="date (request-target) host",signature="abc"`,
        }),
      code: "BAD_SIGNATURE",
      message: /Failed to verify/,
    },
  ];

  for (const row of rows) {
    it(`${row.code}: ${row.name}`, async () => {
      const result = await verifyRequestParts(row.parts(), lookup, row.options ?? { now });
      expect(result).toMatchObject({ ok: false, code: row.code });
      if (!result.ok) expect(result.message).toMatch(row.message);
    });
  }

  it("never echoes a session token in UNKNOWN_KEY messages", async () => {
    const result = await verifyRequestParts(craft({ keyId: "ST$secret-token-value" }), () => undefined, { now });
    expect(result).toMatchObject({ ok: false, code: "UNKNOWN_KEY" });
    if (!result.ok) expect(result.message).not.toContain("secret-token-value");
  });

  it.each([
    ["an API key", KEY_ID, /Upload the public key/, /session/i],
    [
      "a session token",
      "ST$secret-token-value",
      /session token .* is unknown or expired.*oci session refresh/,
      /Upload/,
    ],
  ])("says what to do about an unknown %s", async (_name, keyId, says, never) => {
    const result = await verifyRequestParts(craft({ keyId }), () => undefined, { now });
    expect(result).toMatchObject({ ok: false, code: "UNKNOWN_KEY" });
    if (!result.ok) {
      expect(result.message).toMatch(says);
      expect(result.message).not.toMatch(never);
    }
  });
});

describe("verifyRequestParts — forms the official SDKs send", () => {
  const sdkAuth = (list: string, order: "ts" | "go" | "python" | "spaced", keyId = KEY_ID) => {
    const p = {
      version: 'version="1"',
      keyId: `keyId="${keyId}"`,
      algorithm: 'algorithm="rsa-sha256"',
      headers: `headers="${list}"`,
      signature: 'signature="{sig}"',
    };
    const ordered =
      order === "ts"
        ? [p.version, p.keyId, p.algorithm, p.headers, p.signature].join(",")
        : order === "go"
          ? [p.version, p.headers, p.keyId, p.algorithm, p.signature].join(",")
          : order === "python"
            ? [p.algorithm, p.headers, p.keyId, p.signature, p.version].join(",")
            : [p.keyId, p.algorithm, p.headers, p.signature].join(", ");
    return `Signature ${ordered}`;
  };
  const rows: Array<{ name: string; parts: () => RequestParts; keyId?: string }> = [
    { name: "Go: date, go parameter order", parts: () => craft({ authorization: sdkAuth(GET_LIST.join(" "), "go") }) },
    {
      name: "Python/Ruby: algorithm first, version last",
      parts: () => craft({ authorization: sdkAuth(GET_LIST.join(" "), "python") }),
    },
    {
      name: "no version, spaces after commas",
      parts: () => craft({ authorization: sdkAuth(GET_LIST.join(" "), "spaced") }),
    },
    {
      name: "TypeScript: signed x-date plus an unsigned Date, mixed-case header names",
      parts: () => {
        const list = "x-date (request-target) host Content-Type Content-Length x-content-sha256";
        return craft({
          method: "POST",
          body: JSON_BODY,
          headers: { "x-date": DATE, Date: DATE },
          list: list.split(" "),
          authorization: sdkAuth(list, "ts"),
        });
      },
    },
    {
      name: "a session-token keyId (ST$)",
      parts: () => craft({ keyId: "ST$eyJhbGciOi.eyJzdWIiOi.sig" }),
      keyId: "ST$eyJhbGciOi.eyJzdWIiOi.sig",
    },
    {
      name: "extra unsigned headers and a Content-Type on GET",
      parts: () =>
        craft({ headers: { "content-type": "application/json", "opc-request-id": "X", "user-agent": "curl" } }),
    },
    {
      name: "extra signed headers (opc-obo-token)",
      parts: () => craft({ headers: { "opc-obo-token": "tok" }, list: [...GET_LIST, "opc-obo-token"] }),
    },
    {
      name: "PUT with an empty body (length 0, empty hash)",
      parts: () => craft({ method: "PUT", body: "" }),
    },
    { name: "DELETE signed like GET", parts: () => craft({ method: "DELETE" }) },
  ];
  for (const row of rows) {
    it(`accepts ${row.name}`, async () => {
      expect(await verifyRequestParts(row.parts(), lookup, { now })).toEqual({ ok: true, keyId: row.keyId ?? KEY_ID });
    });
  }

  it("accepts an async lookup and a private KeyObject", async () => {
    const result = await verifyRequestParts(craft(), async () => trusted.privateKey, { now });
    expect(result.ok).toBe(true);
  });

  it("treats a missing body on POST as empty", async () => {
    const parts = craft({ method: "POST", body: "" });
    const { body: _ignored, ...withoutBody } = parts;
    expect(await verifyRequestParts(withoutBody, lookup, { now })).toEqual({ ok: true, keyId: KEY_ID });
  });
});

describe("verifyRequestParts — deferBody (signature from the headers, body checked later)", () => {
  const body = '{"displayName":"x"}';
  const bytes = new TextEncoder().encode(body);

  it("verifies without the body and hands back what the signature says of it", async () => {
    const parts = craft({ method: "POST", body });
    const { body: _omitted, ...headersOnly } = parts;
    const result = await verifyRequestParts(headersOnly, lookup, { now, deferBody: true });
    expect(result).toEqual({
      ok: true,
      keyId: KEY_ID,
      signedBody: {
        contentLength: String(bytes.byteLength),
        sha256: createHash("sha256").update(bytes).digest("base64"),
      },
    });
    if (!result.ok || result.signedBody === undefined) throw new Error("unreachable");
    expect(verifyBody(result.signedBody, bytes)).toBeUndefined();
    expect(verifyBody(result.signedBody, new TextEncoder().encode('{"displayName":"y"}'))?.code).toBe(
      "BODY_HASH_MISMATCH",
    );
    expect(verifyBody(result.signedBody, new TextEncoder().encode(`${body} `))?.code).toBe("CONTENT_LENGTH_MISMATCH");
  });

  it("still refuses a bad signature before any body exists", async () => {
    const parts = craft({ method: "POST", body, privateKey: stranger.privateKey });
    const { body: _omitted, ...headersOnly } = parts;
    const result = await verifyRequestParts(headersOnly, lookup, { now, deferBody: true });
    expect(result.ok ? "ok" : result.code).toBe("BAD_SIGNATURE");
  });

  it("without deferBody, a missing body still fails the length check", async () => {
    const parts = craft({ method: "POST", body });
    const { body: _omitted, ...headersOnly } = parts;
    const result = await verifyRequestParts(headersOnly, lookup, { now });
    expect(result.ok ? "ok" : result.code).toBe("CONTENT_LENGTH_MISMATCH");
  });
});
