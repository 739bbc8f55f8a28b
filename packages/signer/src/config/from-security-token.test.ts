import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { generateTestKey } from "../test-keys.js";
import { ConfigError } from "./config-error.js";
import { tempDir } from "./config-test-support.js";
import { fromSecurityToken } from "./from-security-token.js";

const dir = tempDir();
afterAll(() => dir.remove());
const key = generateTestKey();

describe("fromSecurityToken", () => {
  it("uses ST$<token> with the token trimmed", async () => {
    const identity = await fromSecurityToken({
      token: " abc.def.ghi\n",
      privateKey: key.privateKey,
      region: "us-phoenix-1",
    })();
    expect(identity.keyId).toBe("ST$abc.def.ghi");
    expect(identity.region).toBe("us-phoenix-1");
  });

  it("re-reads the token file on every call, so a refreshed session is used", async () => {
    const file = dir.write("token", "first\n");
    const provider = fromSecurityToken({ tokenFile: file, privateKey: key.privatePem });
    expect((await provider()).keyId).toBe("ST$first");
    writeFileSync(file, "second\n");
    expect((await provider()).keyId).toBe("ST$second");
  });

  it("loads an encrypted session key with its passphrase", async () => {
    const pem = key.privateKey.export({
      type: "pkcs8",
      format: "pem",
      cipher: "aes-256-cbc",
      passphrase: "pw",
    }) as string;
    const identity = await fromSecurityToken({ token: "t", privateKey: pem, passphrase: "pw" })();
    expect(identity.privateKey.equals(key.privateKey)).toBe(true);
  });

  const bad: Array<{ name: string; file?: string; token?: string; code: string }> = [
    { name: "neither token nor file", code: "TOKEN_NOT_FOUND" },
    { name: "a blank token and no file", token: "  ", code: "TOKEN_NOT_FOUND" },
    { name: "a missing token file", file: "absent", code: "TOKEN_NOT_FOUND" },
    { name: "an empty token file", file: "empty", code: "TOKEN_NOT_FOUND" },
  ];
  dir.write("empty", "\n");
  for (const row of bad) {
    it(`reports ${row.code} for ${row.name}`, async () => {
      const error = await fromSecurityToken({
        privateKey: key.privateKey,
        ...(row.token === undefined ? {} : { token: row.token }),
        ...(row.file === undefined ? {} : { tokenFile: `${dir.path}/${row.file}` }),
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).code).toBe(row.code);
      expect((error as Error).message).toMatch(/oci session/);
    });
  }
});
