// Runs the README's example unchanged (only its import lines are replaced by injected bindings)
// against a real signature-verifying server, with a real OCI config file and key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fingerprint } from "@ocikit/signer";
import { fromConfigFile } from "@ocikit/signer/config";
import { createCoreClient, type CoreClientOptions } from "./create-core-client.js";
import { createVolumeGroupBackup } from "./volume-group-backup-operations.js";
import { waitForVolumeGroupBackup, type ResourceWaitOptions } from "./wait-for-resource.js";
import type { VolumeGroupBackup } from "./types/index.js";
import { generateTestKey, startTestServer, type TestServer } from "../test/oci-test-server.js";

const EXPECTED_IMPORTS = [
  'import { createCoreClient, createVolumeGroupBackup, waitForVolumeGroupBackup } from "@ocikit/core";',
  'import { fromConfigFile } from "@ocikit/signer/config";',
];

async function readmeExample(): Promise<string> {
  const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
  const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README.md has no ```ts block");
  return block;
}

const base = generateTestKey();
const tenancy = "ocid1.tenancy.oc1..readme";
const user = "ocid1.user.oc1..readme";
const key = { ...base, keyId: `${tenancy}/${user}/${fingerprint(base.publicKey)}` };
let server: TestServer;
let dir: string;

beforeAll(async () => {
  server = await startTestServer(key);
  dir = await mkdtemp(join(tmpdir(), "ocikit-readme-"));
  const pem = key.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  await writeFile(join(dir, "key.pem"), pem);
  await writeFile(
    join(dir, "config"),
    `[DEFAULT]\nuser=${user}\ntenancy=${tenancy}\nfingerprint=${fingerprint(key.publicKey)}\nkey_file=${join(dir, "key.pem")}\nregion=us-ashburn-1\n`,
  );
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe("README example", () => {
  it("creates a backup and waits until it is AVAILABLE", async () => {
    const block = await readmeExample();
    for (const line of EXPECTED_IMPORTS) expect(block).toContain(line);
    const body = block
      .split("\n")
      .filter((line) => !line.startsWith("import "))
      .join("\n");

    const states = ["REQUEST_RECEIVED", "CREATING", "CREATING", "AVAILABLE"];
    let gets = 0;
    const resource = (lifecycleState: string) => ({
      id: "ocid1.volumegroupbackup.oc1.iad.readme",
      compartmentId: "ocid1.compartment.oc1..c",
      displayName: "nightly",
      lifecycleState,
      timeCreated: "2026-11-27T10:00:00Z",
      type: "INCREMENTAL",
    });
    server.requests.length = 0;
    server.setHandler((request) =>
      request.method === "POST"
        ? { status: 200, body: resource(states[0] ?? "") }
        : { status: 200, body: resource(states[++gets] ?? "AVAILABLE") },
    );

    const logged: string[] = [];
    const bindings = {
      // The example's own options, pointed at the local server; `endpoint` wins over its region.
      createCoreClient: (options: CoreClientOptions) => createCoreClient({ ...options, endpoint: server.url }),
      createVolumeGroupBackup,
      waitForVolumeGroupBackup: (
        client: Parameters<typeof waitForVolumeGroupBackup>[0],
        id: string,
        options: ResourceWaitOptions<VolumeGroupBackup>,
      ) => waitForVolumeGroupBackup(client, id, { ...options, sleep: async () => {} }),
      fromConfigFile: () => fromConfigFile({ path: join(dir, "config"), env: {} }),
      console: { log: (line: string) => logged.push(line) },
    };
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
      ...args: string[]
    ) => (...values: unknown[]) => Promise<void>;
    await new AsyncFunction(...Object.keys(bindings), body)(...Object.values(bindings));

    expect(logged).toEqual(["ocid1.volumegroupbackup.oc1.iad.readme is AVAILABLE"]);
    expect(server.requests.map((r) => `${r.method} ${r.target}`)).toEqual([
      "POST /20160918/volumeGroupBackups",
      ...Array(3).fill("GET /20160918/volumeGroupBackups/ocid1.volumegroupbackup.oc1.iad.readme"),
    ]);
    expect(server.requests.every((r) => r.verified.ok)).toBe(true);
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({
      volumeGroupId: "ocid1.volumegroup.oc1.iad.exampleuniqueid",
      displayName: "nightly",
      type: "INCREMENTAL",
    });
    expect(server.requests[0]?.headers["opc-retry-token"]).toMatch(/^[0-9a-f]{32}$/);
  });
});
