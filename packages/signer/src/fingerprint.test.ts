import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fingerprint } from "./fingerprint.js";
import { KeyError } from "./key-error.js";
import { SAMPLE_KEY_FINGERPRINT, SAMPLE_PRIVATE_KEY, SAMPLE_PUBLIC_KEY } from "./official-vectors.fixture.js";
import { generateTestKey } from "./test-keys.js";

const dir = mkdtempSync(join(tmpdir(), "ocikit-fingerprint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What Oracle's docs tell users to run: openssl rsa -pubout -outform DER | openssl md5 -c */
function opensslFingerprint(privatePem: string): string {
  const file = join(dir, `key-${Math.random().toString(36).slice(2)}.pem`);
  writeFileSync(file, privatePem, { mode: 0o600 });
  const der = execFileSync("openssl", ["rsa", "-pubout", "-outform", "DER", "-in", file], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  const out = execFileSync("openssl", ["md5", "-c"], { input: der }).toString().trim();
  return (out.split("= ").pop() ?? out).trim();
}

describe("fingerprint", () => {
  it("matches the documented fingerprint of Oracle's sample key (private and public forms)", () => {
    expect(fingerprint(SAMPLE_PRIVATE_KEY)).toBe(SAMPLE_KEY_FINGERPRINT);
    expect(fingerprint(SAMPLE_PUBLIC_KEY)).toBe(SAMPLE_KEY_FINGERPRINT);
  });

  it("matches openssl for freshly generated keys", () => {
    for (let i = 0; i < 3; i++) {
      const key = generateTestKey();
      const expected = opensslFingerprint(key.privatePem);
      expect(expected).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
      expect(fingerprint(key.privateKey)).toBe(expected);
      expect(fingerprint(key.publicKey)).toBe(expected);
      expect(fingerprint(key.privatePem)).toBe(expected);
    }
  });

  it("names an unreadable key without echoing it", () => {
    let error: unknown;
    try {
      fingerprint("-----BEGIN PRIVATE KEY-----\nsecretbits\n-----END PRIVATE KEY-----");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KeyError);
    expect((error as KeyError).code).toBe("INVALID_KEY");
    expect((error as Error).message).not.toContain("secretbits");
  });
});
