import { describe, expect, it } from "vitest";
import { AuthorizationFormatError, parseAuthorization, parseAuthorizationCached } from "./parse-authorization.js";

const SIG = "c2lnbmF0dXJl+/==";

describe("parseAuthorization", () => {
  const accepted: Array<{
    name: string;
    header: string;
    keyId?: string;
    headers?: string[];
    algorithm?: string | undefined;
    version?: string | undefined;
  }> = [
    {
      name: "TypeScript SDK order",
      header: `Signature version="1",keyId="t/u/f",algorithm="rsa-sha256",headers="x-date (request-target) host",signature="${SIG}"`,
      headers: ["x-date", "(request-target)", "host"],
    },
    {
      name: "Go SDK order",
      header: `Signature version="1",headers="date (request-target) host",keyId="t/u/f",algorithm="rsa-sha256",signature="${SIG}"`,
    },
    {
      name: "Python order, version last",
      header: `Signature algorithm="rsa-sha256",headers="date (request-target) host",keyId="t/u/f",signature="${SIG}",version="1"`,
    },
    {
      name: "mixed-case header names are lowercased",
      header: `Signature version="1",keyId="t/u/f",algorithm="rsa-sha256",headers="x-date (request-target) host Content-Type Content-Length x-content-sha256",signature="${SIG}"`,
      headers: ["x-date", "(request-target)", "host", "content-type", "content-length", "x-content-sha256"],
    },
    {
      name: "spaces around separators, lowercase scheme and parameter names",
      header: `signature  keyid = "t/u/f" , algorithm="rsa-sha256",   headers="date  host" ,signature="${SIG}"`,
      headers: ["date", "host"],
      version: undefined,
    },
    {
      name: "ST$ keyId and unknown parameters",
      header: `Signature version="1",keyId="ST$abc.def",algorithm="rsa-sha256",headers="date",created="1",signature="${SIG}"`,
      keyId: "ST$abc.def",
    },
    {
      name: "no headers parameter defaults to date (draft-cavage)",
      header: `Signature keyId="t/u/f",algorithm="rsa-sha256",signature="${SIG}"`,
      headers: ["date"],
    },
  ];
  for (const c of accepted) {
    it(`parses ${c.name}`, () => {
      const parsed = parseAuthorization(c.header);
      expect(parsed.keyId).toBe(c.keyId ?? "t/u/f");
      expect(parsed.signature).toBe(SIG);
      expect(parsed.algorithm).toBe("rsa-sha256");
      if (c.headers) expect(parsed.headers).toEqual(c.headers);
      if ("version" in c) expect(parsed.version).toBe(c.version);
    });
  }

  const garbage: Array<[string, RegExp]> = [
    ["", /Signature scheme/],
    ["Bearer abc", /Signature scheme/],
    ["Signature", /no parameters/],
    [`Signature keyId="k"`, /signature parameter/],
    [`Signature signature="${SIG}"`, /keyId/],
    [`Signature keyId="",signature="${SIG}"`, /keyId/],
    [`Signature keyId=k,signature="${SIG}"`, /double-quoted/],
    [`Signature keyId="k,signature="${SIG}`, /closing quote|separated/],
    [`Signature keyId="k"signature="${SIG}"`, /separated/],
    [`Signature keyId="a",keyId="b",signature="${SIG}"`, /twice/],
    [`Signature keyId="k",headers="  ",signature="${SIG}"`, /headers parameter is empty/],
    [`Signature keyId "k"`, /'=value'/],
    [`Signature ="k"`, /unexpected character/],
  ];
  for (const [header, message] of garbage) {
    it(`rejects ${JSON.stringify(header)}`, () => {
      let error: unknown;
      try {
        parseAuthorization(header);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AuthorizationFormatError);
      expect((error as AuthorizationFormatError).code).toBe("MALFORMED_AUTHORIZATION");
      expect((error as Error).message).toMatch(message);
    });
  }
});

describe("parseAuthorizationCached", () => {
  const prefix = 'Signature version="1",headers="date (request-target) host",keyId="t/u/f",algorithm="rsa-sha256",';
  // Each header is parsed twice with the cache (miss, then hit) and a third time with a different
  // signature on the same prefix; every answer, or error, must equal the full parser's.
  it.each([
    `${prefix}signature="abc="`,
    'Signature keyId="t/u/f",signature="abc",version="1"',
    'Signature keyId="xsignature=",signature="abc"',
    'Signature keyId="k",signature="one",signature="two"',
    'Signature keyId="k",headers="Date Host",signature=""',
    'Signature keyId="k" signature="abc"',
    'Signature keyId="k",algorithm="hmac-sha256",signature="abc"',
    'Basic signature="abc"',
    'Signature keyId="k",signature="abc",xsignature="abc"',
    'Signature keyId="k",xsignature="abc"',
  ])("answers as parseAuthorization for %s", (header) => {
    const other = header.replace(/signature="[^"]*"$/, 'signature="zzz"');
    const third = header.replace(/signature="[^"]*"$/, 'signature="abc"');
    for (const h of [header, header, other, other, third]) {
      let expected: unknown;
      let actual: unknown;
      try {
        expected = parseAuthorization(h);
      } catch (error) {
        expected = (error as Error).message;
      }
      try {
        actual = parseAuthorizationCached(h);
      } catch (error) {
        actual = (error as Error).message;
      }
      expect(actual).toEqual(expected);
    }
  });
});
