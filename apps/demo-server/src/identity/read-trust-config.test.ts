import { generateKeyPairSync } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprint } from "@ocikit/signer";
import { tempDir } from "../../test/demo-fixture.js";
import { KeyRegistry } from "./key-registry.js";
import { TrustConfigError, trustConfigFile } from "./read-trust-config.js";

describe("trustConfigFile", () => {
  it("trusts every complete profile, inheriting keys from DEFAULT, with fingerprints computed from key_file", () => {
    const dir = tempDir();
    const a = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    const b = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    writeFileSync(join(dir, "a.pem"), a.export({ type: "pkcs8", format: "pem" }));
    writeFileSync(join(dir, "b.pem"), b.export({ type: "pkcs1", format: "pem" }));
    const file = join(dir, "config");
    writeFileSync(
      file,
      "[DEFAULT]\ntenancy=ocid1.tenancy.oc1..t1\nuser=ocid1.user.oc1..u1\nkey_file=a.pem\nfingerprint=wrong\n" +
        "[SECOND]\nuser=ocid1.user.oc1..u2\nkey_file=b.pem\n[REGION_ONLY]\nregion=us-phoenix-1\n",
    );
    const registry = new KeyRegistry();
    expect(trustConfigFile(registry, file)).toBe(3);
    expect(registry.principal(`ocid1.tenancy.oc1..t1/ocid1.user.oc1..u1/${fingerprint(a)}`)?.tenancyId).toBe("ocid1.tenancy.oc1..t1");
    expect(registry.principal(`ocid1.tenancy.oc1..t1/ocid1.user.oc1..u2/${fingerprint(b)}`)).toBeDefined();
    expect(registry.principal("ocid1.tenancy.oc1..t1/ocid1.user.oc1..u1/wrong")).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["a missing file", (dir: string) => join(dir, "absent"), "TRUST_CONFIG_UNREADABLE"],
    ["a missing key file", (dir: string) => write(dir, "[DEFAULT]\ntenancy=t\nuser=u\nkey_file=nope.pem\n"), "TRUST_CONFIG_UNREADABLE"],
    ["a key file that is no key", (dir: string) => write(dir, "[DEFAULT]\ntenancy=t\nuser=u\nkey_file=config\n"), "TRUST_CONFIG_INVALID"],
    ["a malformed file", (dir: string) => write(dir, "tenancy=t\n"), "TRUST_CONFIG_INVALID"],
  ])("reports %s", (_name, make, code) => {
    const dir = tempDir();
    const file = make(dir);
    expect(() => trustConfigFile(new KeyRegistry(), file)).toThrow(TrustConfigError);
    expect(() => trustConfigFile(new KeyRegistry(), file)).toThrow(expect.objectContaining({ code }));
    rmSync(dir, { recursive: true, force: true });
  });
});

function write(dir: string, text: string): string {
  const file = join(dir, "config");
  writeFileSync(file, text);
  return file;
}
