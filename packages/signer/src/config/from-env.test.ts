import { afterAll, describe, expect, it } from "vitest";
import { fingerprint } from "../fingerprint.js";
import { generateTestKey } from "../test-keys.js";
import { ConfigError } from "./config-error.js";
import { tempDir } from "./config-test-support.js";
import { fromEnv } from "./from-env.js";

const dir = tempDir();
afterAll(() => dir.remove());
const key = generateTestKey();
const keyFile = dir.write("key.pem", key.privatePem);
const tokenFile = dir.write("token", "  tok.en.value \n");
const FP = fingerprint(key.privateKey);

describe("fromEnv", () => {
  const ok: Array<{ name: string; env: Record<string, string>; keyId: string; region?: string }> = [
    {
      name: "a key file with every variable",
      env: {
        OCI_CLI_TENANCY: "t",
        OCI_CLI_USER: "u",
        OCI_CLI_FINGERPRINT: "ff:ee",
        OCI_CLI_KEY_FILE: keyFile,
        OCI_CLI_REGION: "us-phoenix-1",
      },
      keyId: "t/u/ff:ee",
      region: "us-phoenix-1",
    },
    {
      name: "key content, fingerprint computed",
      env: { OCI_CLI_TENANCY: "t", OCI_CLI_USER: "u", OCI_CLI_KEY_CONTENT: key.privatePem },
      keyId: `t/u/${FP}`,
    },
    {
      name: "a key file under ~",
      env: { OCI_CLI_TENANCY: "t", OCI_CLI_USER: "u", OCI_CLI_KEY_FILE: "~/key.pem" },
      keyId: `t/u/${FP}`,
    },
    {
      name: "a session token file (trimmed)",
      env: { OCI_CLI_SECURITY_TOKEN_FILE: tokenFile, OCI_CLI_KEY_FILE: keyFile },
      keyId: "ST$tok.en.value",
    },
  ];
  for (const row of ok) {
    it(`reads ${row.name}`, async () => {
      const identity = await fromEnv({ env: row.env, homedir: () => dir.path })();
      expect(identity.keyId).toBe(row.keyId);
      expect(identity.region).toBe(row.region);
      expect(identity.privateKey.equals(key.privateKey)).toBe(true);
    });
  }

  const bad: Array<{ name: string; env: Record<string, string>; code: string; tryNextLink: boolean; message: RegExp }> =
    [
      {
        name: "nothing set",
        env: { HOME: "/x" },
        code: "NO_CREDENTIALS",
        tryNextLink: true,
        message: /No OCI credentials/,
      },
      {
        name: "no user",
        env: { OCI_CLI_TENANCY: "t", OCI_CLI_KEY_FILE: keyFile },
        code: "MISSING_KEY",
        tryNextLink: false,
        message: /OCI_CLI_USER/,
      },
      {
        name: "no key",
        env: { OCI_CLI_TENANCY: "t", OCI_CLI_USER: "u" },
        code: "MISSING_KEY",
        tryNextLink: false,
        message: /OCI_CLI_KEY_FILE/,
      },
      {
        name: "an unreadable key file",
        env: { OCI_CLI_TENANCY: "t", OCI_CLI_USER: "u", OCI_CLI_KEY_FILE: `${dir.path}/nope` },
        code: "KEY_FILE_NOT_FOUND",
        tryNextLink: false,
        message: /nope/,
      },
      {
        name: "garbage key content",
        env: { OCI_CLI_TENANCY: "t", OCI_CLI_USER: "u", OCI_CLI_KEY_CONTENT: "hunter2" },
        code: "INVALID_KEY_FILE",
        tryNextLink: false,
        message: /INVALID_KEY/,
      },
    ];
  for (const row of bad) {
    it(`reports ${row.code} for ${row.name}`, async () => {
      const error = (await fromEnv({ env: row.env })().catch((e: unknown) => e)) as ConfigError;
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.code).toBe(row.code);
      expect(error.tryNextLink).toBe(row.tryNextLink);
      expect(error.message).toMatch(row.message);
      expect(error.message).not.toContain("hunter2");
    });
  }
});
