// Test-only helper (not exported by the package): real RSA keys, generated once per test file.
import { generateKeyPairSync, type KeyObject } from "node:crypto";

export interface TestKeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
  privatePem: string;
  publicPem: string;
}

export function generateTestKey(modulusLength = 2048): TestKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength });
  return {
    privateKey,
    publicKey,
    privatePem: privateKey.export({ type: "pkcs1", format: "pem" }) as string,
    publicPem: publicKey.export({ type: "spki", format: "pem" }) as string,
  };
}
