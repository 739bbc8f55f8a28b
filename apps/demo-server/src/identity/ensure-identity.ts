import { generateKeyPairSync, randomBytes } from "node:crypto";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fingerprint } from "@ocikit/signer";
import { mintOcid } from "../ocid.js";
import type { GeneratedIdentity } from "./principal.js";

/** Everything the server generates once per data dir and reuses on every restart. */
export interface ServerIdentity {
  demo: GeneratedIdentity & { compartmentId: string };
  service: GeneratedIdentity;
  adminToken: string;
  /** HMAC key for page tokens. */
  pageSecret: Buffer;
  /** Paths of the files written for users. */
  configPath: string;
  keyPath: string;
  adminTokenPath: string;
}

/** Settings of the state (`StoreTransaction.getMeta/setMeta`). */
export interface MetaStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

/** Filesystem calls used, injectable for tests. */
export interface IdentityFs {
  writeFile(path: string, data: string, mode: number): void;
  readFile(path: string): string | undefined;
}

const nodeFs: IdentityFs = {
  writeFile(path, data, mode) {
    writeFileSync(path, data, { mode });
    chmodSync(path, mode);
  },
  readFile(path) {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  },
};

async function generate(meta: MetaStore, prefix: string): Promise<GeneratedIdentity> {
  let tenancyId = await meta.get(`${prefix}.tenancy`);
  let userId = await meta.get(`${prefix}.user`);
  let privateKeyPem = await meta.get(`${prefix}.key`);
  if (tenancyId === undefined || userId === undefined || privateKeyPem === undefined) {
    tenancyId = mintOcid("tenancy", undefined);
    userId = mintOcid("user", undefined);
    // 2048 bits, as `oci setup keys` generates.
    privateKeyPem = generateKeyPairSync("rsa", { modulusLength: 2048 })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    await meta.set(`${prefix}.tenancy`, tenancyId);
    await meta.set(`${prefix}.user`, userId);
    await meta.set(`${prefix}.key`, privateKeyPem);
  }
  const fp = fingerprint(privateKeyPem);
  return { tenancyId, userId, fingerprint: fp, privateKeyPem, keyId: `${tenancyId}/${userId}/${fp}` };
}

async function metaValue(meta: MetaStore, key: string, make: () => string): Promise<string> {
  let value = await meta.get(key);
  if (value === undefined) {
    value = make();
    await meta.set(key, value);
  }
  return value;
}

/**
 * Loads the demo tenancy/user/compartment/API key, the service identity, the admin token and the page
 * secret from the state file, creating them on first start, and (re)writes `<data>/oci_api_key.pem`
 * (0600), `<data>/config` and `<data>/admin-token` (0600) so the CLI and SDKs can use them at once.
 * `dataDir` must exist. Run it in one store transaction, so concurrent first starts agree on one identity.
 */
export async function ensureIdentity(
  meta: MetaStore,
  dataDir: string,
  region: string,
  fs: IdentityFs = nodeFs,
): Promise<ServerIdentity> {
  const demo = await generate(meta, "demo");
  const compartmentId = await metaValue(meta, "demo.compartment", () => mintOcid("compartment", undefined));
  const service = await generate(meta, "service");
  const adminToken = await metaValue(meta, "admin.token", () => randomBytes(24).toString("base64url"));
  const pageSecret = Buffer.from(
    await metaValue(meta, "page.secret", () => randomBytes(32).toString("hex")),
    "hex",
  );

  // The caller has created the folder already: the state file behind `meta` lives in it.
  const dir = resolve(dataDir);
  const keyPath = join(dir, "oci_api_key.pem");
  const configPath = join(dir, "config");
  const adminTokenPath = join(dir, "admin-token");
  if (fs.readFile(keyPath) !== demo.privateKeyPem) fs.writeFile(keyPath, demo.privateKeyPem, 0o600);
  const config =
    "# Written by ocikit-demo-server for its demo tenancy. Use it with the demo server's endpoint.\n" +
    `# Demo compartment: ${compartmentId}\n` +
    "[DEFAULT]\n" +
    `user=${demo.userId}\n` +
    `fingerprint=${demo.fingerprint}\n` +
    `tenancy=${demo.tenancyId}\n` +
    `region=${region}\n` +
    `key_file=${keyPath}\n`;
  if (fs.readFile(configPath) !== config) fs.writeFile(configPath, config, 0o600);
  if (fs.readFile(adminTokenPath) !== `${adminToken}\n`) fs.writeFile(adminTokenPath, `${adminToken}\n`, 0o600);

  return {
    demo: { ...demo, compartmentId },
    service,
    adminToken,
    pageSecret,
    configPath,
    keyPath,
    adminTokenPath,
  };
}
