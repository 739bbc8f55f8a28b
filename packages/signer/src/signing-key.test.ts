// A PEM string given as privateKey is parsed once per distinct text (so signing with a string costs what
// signing with a KeyObject costs), the cache is bounded, and a bad PEM is neither cached nor echoed.
import { describe, expect, it } from "vitest";
import { KeyError } from "./key-error.js";
import { resolvePrivateKey } from "./signing-key.js";
import { generateTestKey } from "./test-keys.js";

const { privateKey, privatePem } = generateTestKey();
// The same key as different strings: PEM parsing ignores trailing newlines.
const variant = (i: number) => `${privatePem}${"\n".repeat(i + 1)}`;

describe("resolvePrivateKey", () => {
  it("returns a KeyObject as it is", () => {
    expect(resolvePrivateKey(privateKey)).toBe(privateKey);
  });

  it("parses a PEM string once, keyed by its value (not the string object)", () => {
    const first = resolvePrivateKey(variant(100));
    const sameText = [...variant(100)].join(""); // another string object with the same characters
    expect(resolvePrivateKey(sameText)).toBe(first);
    expect(first.equals(privateKey)).toBe(true);
  });

  it("keeps at most 32 parsed keys, so keys minted in a loop cannot grow it forever", () => {
    const first = resolvePrivateKey(variant(0));
    for (let i = 1; i <= 40; i++) resolvePrivateKey(variant(i));
    expect(resolvePrivateKey(variant(0))).not.toBe(first);
    const again = resolvePrivateKey(variant(0));
    expect(resolvePrivateKey(variant(0))).toBe(again);
  });

  it("does not cache a PEM that fails, nor put it in the error", () => {
    const bad = "-----BEGIN RSA PRIVATE KEY-----\nc2VjcmV0LWtleS1tYXRlcmlhbA==\n-----END RSA PRIVATE KEY-----\n";
    for (let attempt = 0; attempt < 2; attempt++) {
      let error: unknown;
      try {
        resolvePrivateKey(bad);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(KeyError);
      expect((error as Error).message).not.toContain("c2VjcmV0");
      expect(JSON.stringify(error)).not.toContain("c2VjcmV0");
    }
  });
});
