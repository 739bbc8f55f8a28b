import { describe, expect, it } from "vitest";
import { redactAuthorization, redactHeaders, redactKeyId, shorten } from "./redact.js";

const SIG = "A".repeat(300) + "xyz=";

describe("redaction of what the request log shows", () => {
  it.each([
    [`Signature version="1",keyId="t/u/f",algorithm="rsa-sha256",headers="date host",signature="${SIG}"`, `signature="AAAAAA…(304 chars)"`],
    [`Signature signature="${SIG}",keyId="t/u/f"`, `signature="AAAAAA…(304 chars)"`],
    [`Signature keyId="ST$eyJhbGciOiJSUzI1NiJ9.secret.part",signature="${SIG}"`, `keyId="ST$eyJhbG…(32 chars)"`],
  ])("the Authorization header keeps its shape but never its whole signature or session token (%#)", (header, expected) => {
    const out = redactAuthorization(header);
    expect(out).toContain(expected);
    expect(out).not.toContain(SIG);
    expect(out).not.toContain("secret.part");
  });

  it.each([
    ["cookie", "ocikit_console=v1.123.abc", "…(25 chars)"],
    ["x-ocikit-csrf", "abcdefghijkl", "…(12 chars)"],
    ["opc-obo-token", "token-value", "…(11 chars)"],
    ["date", "Wed, 02 Dec 2026 19:00:00 GMT", "Wed, 02 Dec 2026 19:00:00 GMT"],
    ["x-content-sha256", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="],
  ])("header %s is shown as %s", (name, value, shown) => {
    expect(redactHeaders({ [name]: value })).toEqual({ [name]: shown });
  });

  it("is idempotent: an already redacted value (ours or the server's <redacted>) stays as it is", () => {
    const once = redactHeaders({ authorization: `Signature keyId="ST$abcdefghijklmnop",signature="${SIG}"`, cookie: "a=b" });
    expect(redactHeaders(once)).toEqual(once);
    const server = 'Signature keyId="t/u/f",signature="<redacted>"';
    expect(redactAuthorization(server)).toBe(server);
  });

  it("API-key keyIds stay whole (they name tenancy, user and fingerprint, no secret)", () => {
    expect(redactKeyId("ocid1.tenancy.oc1..a/ocid1.user.oc1..b/20:3b")).toBe("ocid1.tenancy.oc1..a/ocid1.user.oc1..b/20:3b");
    expect(shorten("abc")).toBe("…(3 chars)");
  });
});
