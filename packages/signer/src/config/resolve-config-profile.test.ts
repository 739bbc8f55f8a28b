import { verify } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { buildSigningString } from "../build-signing-string.js";
import { fingerprint } from "../fingerprint.js";
import { parseAuthorization } from "../parse-authorization.js";
import { signRequest } from "../sign-request.js";
import { generateTestKey } from "../test-keys.js";
import { ConfigError } from "./config-error.js";
import { tempDir } from "./config-test-support.js";
import { fromConfigFile } from "./from-config-file.js";
import { credentialOverridesFromEnv, resolveConfigProfile } from "./resolve-config-profile.js";

const dir = tempDir();
afterAll(() => dir.remove());
const key = generateTestKey();
const other = generateTestKey();
const PASS = "s3cret-pass";
const keyFile = dir.write("oci_api_key.pem", key.privatePem);
const otherKeyFile = dir.write("other.pem", other.privatePem);
const encryptedKeyFile = dir.write(
  "encrypted.pem",
  key.privateKey.export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase: PASS }) as string,
);
const tokenFile = dir.write("token", "eyJhbGciOi.eyJzdWIiOi.c2ln\n");
const FP = fingerprint(key.privateKey);

const config = dir.write(
  "config",
  [
    "[DEFAULT]",
    "user=ocid1.user.oc1..default",
    `fingerprint=${FP}`,
    `key_file=${keyFile}`,
    "tenancy=ocid1.tenancy.oc1..t",
    "region=us-ashburn-1",
    "",
    "[PHX]",
    "region=us-phoenix-1",
    "",
    "[OTHER]",
    "user=ocid1.user.oc1..other",
    `key_file=${otherKeyFile}`,
    "fingerprint=",
    "",
    "[ENCRYPTED]",
    `key_file=${encryptedKeyFile}`,
    `pass_phrase=${PASS}`,
    "",
    "[LOCKED]",
    `key_file=${encryptedKeyFile}`,
    "",
    "[SESSION]",
    `security_token_file=${tokenFile}`,
    "",
    "[HOME]",
    "key_file=~/oci_api_key.pem",
    "",
    "[MISSINGFILE]",
    `key_file=${dir.path}/nope.pem`,
  ].join("\n"),
);
const bare = dir.write(
  "bare",
  ["[ONLY]", "user=ocid1.user.oc1..u", `key_file=${keyFile}`, "[NOKEY]", "tenancy=t", "user=u"].join("\n"),
);
const env = {};

describe("resolveConfigProfile / fromConfigFile", () => {
  it("reads the DEFAULT profile into a signing identity with its region", async () => {
    const resolved = await resolveConfigProfile({ path: config, env });
    expect(resolved.profile).toBe("DEFAULT");
    expect(resolved.path).toBe(config);
    expect(resolved.region).toBe("us-ashburn-1");
    expect(resolved.identity).toMatchObject({
      keyId: `ocid1.tenancy.oc1..t/ocid1.user.oc1..default/${FP}`,
      tenancy: "ocid1.tenancy.oc1..t",
      user: "ocid1.user.oc1..default",
      fingerprint: FP,
      region: "us-ashburn-1",
    });
    expect(resolved.identity.privateKey.equals(key.privateKey)).toBe(true);
  });

  const inheritance: Array<{ profile: string; keyId: string; region: string }> = [
    { profile: "PHX", keyId: `ocid1.tenancy.oc1..t/ocid1.user.oc1..default/${FP}`, region: "us-phoenix-1" },
    // An empty fingerprint= is computed from the profile's own key.
    {
      profile: "OTHER",
      keyId: `ocid1.tenancy.oc1..t/ocid1.user.oc1..other/${fingerprint(other.privateKey)}`,
      region: "us-ashburn-1",
    },
    { profile: "ENCRYPTED", keyId: `ocid1.tenancy.oc1..t/ocid1.user.oc1..default/${FP}`, region: "us-ashburn-1" },
    { profile: "SESSION", keyId: "ST$eyJhbGciOi.eyJzdWIiOi.c2ln", region: "us-ashburn-1" },
    { profile: "HOME", keyId: `ocid1.tenancy.oc1..t/ocid1.user.oc1..default/${FP}`, region: "us-ashburn-1" },
  ];
  for (const row of inheritance) {
    it(`profile [${row.profile}] inherits the rest from [DEFAULT] per key`, async () => {
      const identity = await fromConfigFile({ path: config, profile: row.profile, env, homedir: () => dir.path })();
      expect(identity.keyId).toBe(row.keyId);
      expect(identity.region).toBe(row.region);
    });
  }

  it("takes the file and profile from OCI_CLI_CONFIG_FILE / OCI_CLI_PROFILE, with ~ expanded", async () => {
    const resolved = await resolveConfigProfile({
      env: { OCI_CLI_CONFIG_FILE: "~/config", OCI_CLI_PROFILE: "PHX" },
      homedir: () => dir.path,
    });
    expect(resolved.path).toBe(config);
    expect(resolved.region).toBe("us-phoenix-1");
    const fallback = await resolveConfigProfile({ env: { OCI_CONFIG_FILE: config } });
    expect(fallback.profile).toBe("DEFAULT");
  });

  it("defaults to ~/.oci/config", async () => {
    const error = (await resolveConfigProfile({ env, homedir: () => `${dir.path}/home` }).catch(
      (e: unknown) => e,
    )) as ConfigError;
    expect(error.code).toBe("CONFIG_NOT_FOUND");
    expect(error.path).toBe(`${dir.path}/home/.oci/config`);
  });

  it.each([
    ["a missing file", { path: `${dir.path}/absent` }, "`path` / OCI_CLI_CONFIG_FILE"],
    ["an unknown profile", { path: config, profile: "NOPE" }, "`profile` / OCI_CLI_PROFILE"],
  ])("names the library's options, not CLI flags, for %s", async (_name, options, named) => {
    const error = (await resolveConfigProfile({ ...options, env }).catch((e: unknown) => e)) as ConfigError;
    expect(error.message).toContain(named);
    expect(error.message).not.toMatch(/--config-file|--profile/);
  });

  it.each([
    ["a missing file", { path: `${dir.path}/absent` }, "point --config-file / OCI_CLI_CONFIG_FILE at an existing file"],
    ["an unknown profile", { path: config, profile: "NOPE" }, "Pick one of those with --profile / OCI_CLI_PROFILE"],
  ])("uses the caller's wording for its options for %s", async (_name, options, wording) => {
    const optionNames = { path: "--config-file", profile: "--profile" };
    const error = (await resolveConfigProfile({ ...options, env, optionNames }).catch(
      (e: unknown) => e,
    )) as ConfigError;
    expect(error.message).toContain(wording);
  });

  it("applies CLI-style overrides over the profile", async () => {
    const overrides = credentialOverridesFromEnv({
      OCI_CLI_USER: "ocid1.user.oc1..env",
      OCI_CLI_REGION: "eu-frankfurt-1",
      OCI_CLI_KEY_CONTENT: other.privatePem,
      OCI_CLI_FINGERPRINT: "",
    });
    const resolved = await resolveConfigProfile({ path: config, env, overrides });
    expect(resolved.region).toBe("eu-frankfurt-1");
    expect(resolved.identity.user).toBe("ocid1.user.oc1..env");
    expect(resolved.identity.privateKey.equals(other.privateKey)).toBe(true);
    expect(resolved.values.user).toBe("ocid1.user.oc1..default");
  });

  it("works without a config file when overrides are complete", async () => {
    const resolved = await resolveConfigProfile({
      path: `${dir.path}/absent`,
      env,
      overrides: { tenancy: "t", user: "u", keyFile, region: "us-phoenix-1" },
    });
    expect(resolved.identity.keyId).toBe(`t/u/${FP}`);
  });

  const failures: Array<{
    name: string;
    path: string;
    profile?: string;
    code: string;
    key?: string;
    tryNextLink: boolean;
    message: RegExp;
  }> = [
    {
      name: "a missing config file",
      path: `${dir.path}/absent`,
      code: "CONFIG_NOT_FOUND",
      tryNextLink: true,
      message: /absent' \(no such file\).*oci setup config/,
    },
    {
      name: "an unknown profile",
      path: config,
      profile: "NOPE",
      code: "PROFILE_NOT_FOUND",
      tryNextLink: false,
      message: /\[NOPE\].*profiles: DEFAULT, PHX/,
    },
    {
      name: "no tenancy anywhere",
      path: bare,
      profile: "ONLY",
      code: "MISSING_KEY",
      key: "tenancy",
      tryNextLink: false,
      message: /\[ONLY\] in '.*bare' has no 'tenancy'.*tenancy=/,
    },
    {
      name: "no key_file anywhere",
      path: bare,
      profile: "NOKEY",
      code: "MISSING_KEY",
      key: "key_file",
      tryNextLink: false,
      message: /has no 'key_file'.*ocikit setup keys/,
    },
    {
      name: "a key file that does not exist",
      path: config,
      profile: "MISSINGFILE",
      code: "KEY_FILE_NOT_FOUND",
      key: "key_file",
      tryNextLink: false,
      message: /nope\.pem' named by key_file in profile \[MISSINGFILE\]/,
    },
    {
      name: "an encrypted key without pass_phrase",
      path: config,
      profile: "LOCKED",
      code: "INVALID_KEY_FILE",
      key: "key_file",
      tryNextLink: false,
      message: /PASSPHRASE_REQUIRED/,
    },
  ];
  for (const f of failures) {
    it(`reports ${f.code} for ${f.name}`, async () => {
      const error = (await fromConfigFile({ path: f.path, ...(f.profile ? { profile: f.profile } : {}), env })().catch(
        (e: unknown) => e,
      )) as ConfigError;
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.code).toBe(f.code);
      expect(error.tryNextLink).toBe(f.tryNextLink);
      expect(error.path).toBe(f.path);
      if (f.key) expect(error.key).toBe(f.key);
      expect(error.message).toMatch(f.message);
      expect(error.message).not.toContain(PASS);
    });
  }

  it("yields an identity that signRequest accepts as a SigningKey", async () => {
    const identity = await fromConfigFile({ path: config, env })();
    const signed = await signRequest(
      new Request("https://iaas.us-ashburn-1.oraclecloud.com/20160918/volumes"),
      identity,
    );
    const auth = parseAuthorization(signed.headers.get("authorization") ?? "");
    expect(auth.keyId).toBe(identity.keyId);
    const signingString = buildSigningString({
      method: "GET",
      target: "/20160918/volumes",
      headers: auth.headers,
      value: (n) => signed.headers.get(n),
    });
    expect(verify("sha256", Buffer.from(signingString), key.publicKey, Buffer.from(auth.signature, "base64"))).toBe(
      true,
    );
  });
});
