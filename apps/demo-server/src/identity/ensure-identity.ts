import { generateKeyPairSync, randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
import { fingerprint } from "@ocikit/signer";
import { parseConfig } from "@ocikit/signer/config";
import { mintOcid } from "../ocid.js";
import type { GeneratedIdentity } from "./principal.js";
import { nodeWriteOnceFs, writeOnce, type WriteOnceFs } from "./write-once-file.js";

/**
 * Everything the server generates once per data dir and reuses on every restart. (The service identity
 * is not here: its key never leaves the process, see service-identity.ts.)
 */
export interface ServerIdentity {
  demo: GeneratedIdentity & { compartmentId: string };
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
export type IdentityFs = WriteOnceFs;

/**
 * An existing config file is kept when its DEFAULT profile names the same user, tenancy and key
 * fingerprint: a restart with another --region, or a file the user added profiles to, is not a conflict.
 */
function sameConfig(existing: string, wanted: string): boolean {
  let have: Record<string, string> | undefined;
  try {
    have = parseConfig(existing).DEFAULT;
  } catch {
    return false;
  }
  const want = parseConfig(wanted).DEFAULT as Record<string, string>;
  return have !== undefined && ["user", "tenancy", "fingerprint"].every((k) => have[k] === want[k]);
}

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
 * Loads the demo tenancy/user/compartment/API key, the admin token and the page secret from the state
 * file, creating them on first start, and writes `<data>/oci_api_key.pem`, `<data>/config` and
 * `<data>/admin-token` (all 0600) so the CLI and SDKs can use them at once. Those files are written only
 * when absent: one that holds something else (another identity's key, say, after state.db was replaced)
 * is never overwritten — {@link FileConflictError}. `dataDir` must exist. Run it in one
 * store transaction, so concurrent first starts agree on one identity.
 */
export async function ensureIdentity(
  meta: MetaStore,
  dataDir: string,
  region: string,
  fs: IdentityFs = nodeWriteOnceFs,
): Promise<ServerIdentity> {
  const demo = await generate(meta, "demo");
  const compartmentId = await metaValue(meta, "demo.compartment", () => mintOcid("compartment", undefined));
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
  const conflict = (file: string) =>
    `${file} exists and does not belong to the identity in the state file (was state.db replaced or deleted?). ` +
    "The server never overwrites it: restore the state.db it belongs to, or move the old oci_api_key.pem, config " +
    "and admin-token away to use the new identity.";
  writeOnce(keyPath, demo.privateKeyPem, 0o600, conflict(keyPath), fs);
  const config =
    "# Written by ocikit-demo-server for its demo tenancy. Use it with the demo server's endpoint.\n" +
    `# Demo compartment: ${compartmentId}\n` +
    "[DEFAULT]\n" +
    `user=${demo.userId}\n` +
    `fingerprint=${demo.fingerprint}\n` +
    `tenancy=${demo.tenancyId}\n` +
    `region=${region}\n` +
    `key_file=${keyPath}\n`;
  writeOnce(configPath, config, 0o600, conflict(configPath), fs, sameConfig);
  writeOnce(adminTokenPath, `${adminToken}\n`, 0o600, conflict(adminTokenPath), fs);

  return {
    demo: { ...demo, compartmentId },
    adminToken,
    pageSecret,
    configPath,
    keyPath,
    adminTokenPath,
  };
}
