import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { KeyError, type KeyErrorCode } from "./key-error.js";
import { loadPrivateKey } from "./load-private-key.js";
import { generateTestKey } from "./test-keys.js";

const rsa = generateTestKey();
const PASS = "correct horse battery staple";
const pkcs8 = rsa.privateKey.export({ type: "pkcs8", format: "pem" }) as string;
const encryptedPkcs8 = rsa.privateKey.export({
  type: "pkcs8",
  format: "pem",
  cipher: "aes-256-cbc",
  passphrase: PASS,
}) as string;
const encryptedPkcs1 = rsa.privateKey.export({
  type: "pkcs1",
  format: "pem",
  cipher: "aes-128-cbc",
  passphrase: PASS,
}) as string;
const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({
  type: "pkcs8",
  format: "pem",
}) as string;
const openssh = [
  "-----BEGIN OPENSSH PRIVATE KEY-----",
  "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
  "-----END OPENSSH PRIVATE KEY-----",
].join("\n");
const publicDer = rsa.publicKey.export({ type: "spki", format: "der" });

describe("loadPrivateKey", () => {
  const accepted: Array<{ name: string; pem: string | Buffer; passphrase?: string }> = [
    { name: "PKCS#1 PEM", pem: rsa.privatePem },
    { name: "PKCS#8 PEM", pem: pkcs8 },
    { name: "PKCS#8 PEM as a Buffer", pem: Buffer.from(pkcs8) },
    { name: "encrypted PKCS#8 with its passphrase", pem: encryptedPkcs8, passphrase: PASS },
    { name: "encrypted PKCS#1 with its passphrase", pem: encryptedPkcs1, passphrase: PASS },
  ];
  for (const c of accepted) {
    it(`loads ${c.name}`, () => {
      const key = loadPrivateKey(c.pem, c.passphrase);
      expect(key.type).toBe("private");
      expect(key.asymmetricKeyType).toBe("rsa");
      expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
    });
  }

  const rejected: Array<{ name: string; pem: string; passphrase?: string; code: KeyErrorCode; message: RegExp }> = [
    {
      name: "encrypted PKCS#8 without passphrase",
      pem: encryptedPkcs8,
      code: "PASSPHRASE_REQUIRED",
      message: /passphrase/,
    },
    {
      name: "encrypted PKCS#1 without passphrase",
      pem: encryptedPkcs1,
      code: "PASSPHRASE_REQUIRED",
      message: /pass_phrase/,
    },
    {
      name: "encrypted PKCS#8 with a wrong passphrase",
      pem: encryptedPkcs8,
      passphrase: "nope",
      code: "BAD_PASSPHRASE",
      message: /wrong/,
    },
    {
      name: "encrypted PKCS#1 with a wrong passphrase",
      pem: encryptedPkcs1,
      passphrase: "nope",
      code: "BAD_PASSPHRASE",
      message: /wrong/,
    },
    { name: "an EC key", pem: ec, code: "NOT_RSA", message: /ec key.*RSA/ },
    { name: "an OpenSSH key", pem: openssh, code: "OPENSSH_FORMAT", message: /ssh-keygen -p -m PEM -f/ },
    { name: "garbage", pem: "not a key", code: "INVALID_KEY", message: /BEGIN RSA PRIVATE KEY/ },
    { name: "a public key", pem: rsa.publicPem, code: "INVALID_KEY", message: /PEM/ },
  ];
  for (const c of rejected) {
    it(`rejects ${c.name} with ${c.code}`, () => {
      let error: unknown;
      try {
        loadPrivateKey(c.pem, c.passphrase);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(KeyError);
      expect((error as KeyError).code).toBe(c.code);
      expect((error as KeyError).message).toMatch(c.message);
      // Messages must never carry key material or the passphrase.
      expect((error as KeyError).message).not.toContain(PASS);
      expect((error as KeyError).message).not.toContain(c.pem.split("\n")[1] ?? "\u0000");
    });
  }

  it("derives the same public key as the pair it came from", () => {
    const key = loadPrivateKey(encryptedPkcs8, PASS);
    expect(
      Buffer.compare(Buffer.from(publicDer), Buffer.from(rsa.publicKey.export({ type: "spki", format: "der" }))),
    ).toBe(0);
    expect(key.equals(rsa.privateKey)).toBe(true);
  });
});
