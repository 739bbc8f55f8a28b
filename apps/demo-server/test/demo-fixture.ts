// Shared set-up for the demo server's integration tests: a real server on 127.0.0.1:0 over a real
// SQLite file in a fresh temp dir, and clients signed with the identity the server generated.
import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCoreClient, type CoreClient } from "@ocikit/core";
import { fingerprint, loadPrivateKey, signRequest, type SigningKey } from "@ocikit/signer";
import { parseConfig } from "@ocikit/signer/config";
import { startDemoServer, type DemoServer, type DemoServerOptions } from "../src/index.js";

export interface Fixture {
  server: DemoServer;
  dataDir: string;
  key: SigningKey & { privateKey: KeyObject };
  client: CoreClient;
  /** Signs and sends a raw request (path relative to the server root, e.g. `/20160918/volumes`). */
  send(method: string, path: string, init?: SendInit): Promise<Response>;
  /** Signed JSON call: status, parsed body (data on 2xx, error otherwise) and headers. */
  api(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiReply>;
  /** Sends a request with the admin token. */
  admin(method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

export interface ApiReply {
  status: number;
  // Tests read fields of whatever came back; the spec-level checks use schemaErrors().
  data: any;
  error: { code: string; message: string } | undefined;
  headers: Headers;
}

export interface SendInit {
  body?: unknown;
  headers?: Record<string, string>;
  key?: SigningKey;
  now?: () => Date;
}

/** The signing identity of profile DEFAULT of an OCI config file. */
export function identityFromConfig(path: string): SigningKey & { privateKey: KeyObject } {
  const profile = parseConfig(readFileSync(path, "utf8")).DEFAULT as Record<string, string>;
  const privateKey = loadPrivateKey(readFileSync(profile.key_file as string, "utf8"));
  return { keyId: `${profile.tenancy}/${profile.user}/${profile.fingerprint}`, privateKey };
}

/** Writes a second tenancy's OCI config file (fresh RSA key) for --trust-config. */
export function writeOtherTenancyConfig(dir: string, name = "other"): { path: string; key: SigningKey; tenancyId: string } {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const keyFile = join(dir, `${name}.pem`);
  writeFileSync(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }));
  const tenancyId = `ocid1.tenancy.oc1..aaaaaaaa${name}tenancy`;
  const userId = `ocid1.user.oc1..aaaaaaaa${name}user`;
  const fp = fingerprint(privateKey);
  const path = join(dir, `${name}-config`);
  writeFileSync(path, `[DEFAULT]\ntenancy=${tenancyId}\nuser=${userId}\nfingerprint=${fp}\nregion=us-ashburn-1\nkey_file=${keyFile}\n`);
  return { path, key: { keyId: `${tenancyId}/${userId}/${fp}`, privateKey }, tenancyId };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "ocikit-demo-test-"));
}

export async function signedRequest(baseUrl: string, method: string, path: string, key: SigningKey, init: SendInit = {}): Promise<Request> {
  const headers: Record<string, string> = { ...init.headers };
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
    headers["content-type"] ??= "application/json";
  }
  const request = new Request(`${baseUrl}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  return signRequest(request, key, init.now ? { now: init.now } : {});
}

/** Starts a server (immediate lifecycle unless given) and its clients. */
export async function startFixture(options: Partial<DemoServerOptions> = {}, clientNow?: () => Date): Promise<Fixture> {
  const dataDir = options.dataDir ?? tempDir();
  const server = await startDemoServer({ lifecycle: { mode: "immediate" }, log: () => {}, ...options, dataDir });
  const key = identityFromConfig(server.configPath);
  const client = createCoreClient({ endpoint: server.url, auth: key, retry: false, ...(clientNow ? { now: clientNow } : {}) });
  const now = clientNow ?? options.now;
  return {
    server,
    dataDir,
    key,
    client,
    async send(method, path, init = {}) {
      const withNow = now !== undefined && init.now === undefined ? { ...init, now } : init;
      return fetch(await signedRequest(server.url, method, path, init.key ?? key, withNow));
    },
    async api(method, path, body, headers) {
      const init: SendInit = { headers: headers ?? {} };
      if (body !== undefined) init.body = body;
      if (now !== undefined) init.now = now;
      const res = await fetch(await signedRequest(server.url, method, `/20160918${path}`, key, init));
      const text = await res.text();
      const parsed: unknown = text === "" ? undefined : JSON.parse(text);
      const ok = res.status < 300;
      return { status: res.status, data: ok ? parsed : undefined, error: ok ? undefined : (parsed as ApiReply["error"]), headers: res.headers };
    },
    admin(method, path, body) {
      const headers: Record<string, string> = { authorization: `Bearer ${server.adminToken}` };
      if (body !== undefined) headers["content-type"] = "application/json";
      return fetch(`${server.url}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    },
    async close() {
      await server.close();
      if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates `count` volumes and a volume group of them; returns their ids (immediate lifecycle). */
export async function makeGroup(f: Fixture, count = 2, compartmentId = f.server.compartmentId): Promise<{ volumeIds: string[]; groupId: string }> {
  const volumeIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const { data, error } = await f.api("POST", "/volumes", { compartmentId, displayName: `vol-${i}`, sizeInGBs: 50 * (i + 1) });
    if (data === undefined) throw new Error(`CreateVolume failed: ${JSON.stringify(error)}`);
    volumeIds.push(data.id);
  }
  const { data, error } = await f.api("POST", "/volumeGroups", {
    compartmentId,
    availabilityDomain: "Uocm:US-ASHBURN-AD-1",
    displayName: "group",
    sourceDetails: { type: "volumeIds", volumeIds },
  });
  if (data === undefined) throw new Error(`CreateVolumeGroup failed: ${JSON.stringify(error)}`);
  return { volumeIds, groupId: data.id };
}
