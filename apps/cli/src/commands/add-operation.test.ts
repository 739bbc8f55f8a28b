import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fingerprint, verifyRequestParts } from "@ocikit/signer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../../../spec/index.js";
import { renderCommandTable } from "../../scripts/generate-command-table.mjs";
import { buildGroup } from "./build-command-tree.js";
import { volumeBackupOverlay } from "./overlays/volume-backup.js";
import type { CommandTable, GroupCommand } from "../types.js";
import { run } from "../run.js";
import { bufferIo } from "../../test/buffer-io.js";

/**
 * The promise of the generated layer: an operation added to the spec plus one overlay entry is a working
 * command. The spec gains `UpdateVolumeBackup` (taken out of the spec first), the generator writes a table
 * for that spec, and the new command runs against a real HTTP server that checks the signature.
 */
const UPDATE_VOLUME_BACKUP = {
  operationId: "UpdateVolumeBackup",
  parameters: [
    { name: "volumeBackupId", in: "path", required: true, schema: { type: "string" } },
    { $ref: "#/components/parameters/IfMatchHeader" },
    { $ref: "#/components/parameters/OpcRequestIdHeader" },
  ],
  requestBody: {
    required: true,
    content: {
      "application/json": {
        schema: {
          type: "object",
          properties: {
            displayName: { type: "string", description: "New name of the backup." },
            freeformTags: { $ref: "#/components/schemas/FreeformTags" },
          },
        },
      },
    },
  },
  responses: { "200": { description: "The updated backup.", content: { "application/json": { schema: { $ref: "#/components/schemas/VolumeBackup" } } } } },
};

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  verified: unknown;
}

let dir: string;
let server: Server;
let endpoint: string;
let config: string;
let tree: GroupCommand;
const received: Received[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ocikit-add-operation-"));
  const spec = loadSpec((path) => readFileSync(path, "utf8"));
  // The spec as it was before UpdateVolumeBackup, which this test then adds the way a contributor would.
  delete spec.paths["/volumeBackups/{volumeBackupId}"].put;
  spec.paths["/volumeBackups/{volumeBackupId}"].put = UPDATE_VOLUME_BACKUP;
  const tableFile = join(dir, "operations.ts");
  await writeFile(tableFile, renderCommandTable(spec, { typesImport: "../types.js" }));
  const generated = (await import(pathToFileURL(tableFile).href)) as { OPERATIONS: CommandTable["operations"]; MODELS: CommandTable["models"] };
  const table: CommandTable = { operations: generated.OPERATIONS, models: generated.MODELS };
  // The one overlay entry: the OCI CLI's command word, help and a wait.
  const overlay = {
    ...volumeBackupOverlay,
    commands: {
      ...volumeBackupOverlay.commands,
      UpdateVolumeBackup: {
        name: "update",
        summary: "Rename or retag a volume backup.",
        description: "Updates a volume backup.",
        examples: ["ocikit bv backup update --volume-backup-id $B --display-name weekly"],
        options: { "volume-backup-id": "The OCID of the volume backup." },
        wait: { via: "GetVolumeBackup", id: { option: "volume-backup-id" } },
      },
    },
  };
  const bv: GroupCommand = { kind: "group", name: "bv", summary: "Block Volume service.", description: "", examples: [], children: [buildGroup(table, overlay)] };
  tree = { kind: "group", name: "ocikit", summary: "", description: "", examples: [], children: [bv] };

  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } });
  await writeFile(join(dir, "key.pem"), privateKey, { mode: 0o600 });
  const print = fingerprint(publicKey);
  const keyId = `ocid1.tenancy.oc1..t/ocid1.user.oc1..u/${print}`;
  config = join(dir, "config");
  await writeFile(config, `[DEFAULT]\nuser=ocid1.user.oc1..u\ntenancy=ocid1.tenancy.oc1..t\nfingerprint=${print}\nkey_file=${join(dir, "key.pem")}\nregion=us-ashburn-1\n`, { mode: 0o600 });

  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks);
      const verified = await verifyRequestParts(
        { method: req.method ?? "", target: req.url ?? "", headers: (name) => req.headers[name] as string | undefined, body },
        (id) => (id === keyId ? createPublicKey(publicKey) : undefined),
      );
      received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: body.toString("utf8"), verified });
      const sent = body.length > 0 ? (JSON.parse(body.toString("utf8")) as Record<string, unknown>) : {};
      res.writeHead(200, { "content-type": "application/json", etag: "E2" });
      res.end(JSON.stringify({ id: "ocid1.volumebackup.oc1..b", displayName: sent["displayName"] ?? "renamed", lifecycleState: "AVAILABLE", timeCreated: "2026-01-02T03:04:05.000Z" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/20160918`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[]) {
  const { io, out } = bufferIo({ env: { OCI_CLI_CONFIG_FILE: config, OCI_CLI_ENDPOINT: endpoint }, home: dir, cwd: dir, fetch: globalThis.fetch });
  const code = await run(argv, io, tree);
  return { code, ...out };
}

describe("an operation added to the spec, plus one overlay entry", () => {
  it("is a command with the spec's fields as options", async () => {
    const help = await cli(["bv", "backup", "update", "--help"]);
    expect(help.code).toBe(0);
    for (const option of ["--volume-backup-id <OCID>", "--if-match <ETAG>", "--display-name <TEXT>", "--freeform-tags <JSON>", "--wait-for-state [CREATING|AVAILABLE|TERMINATING|TERMINATED|FAULTY|REQUEST_RECEIVED]"]) {
      expect(help.stdout).toContain(option);
    }
    const missing = await cli(["bv", "backup", "update"]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining("Error: Missing option(s) --volume-backup-id.") });
  });

  it("sends a signed request built from the spec and prints the model with all its fields", async () => {
    received.length = 0;
    const result = await cli(["bv", "backup", "update", "--volume-backup-id", "ocid1.volumebackup.oc1..b", "--display-name", "renamed", "--freeform-tags", '{"team": "db"}', "--if-match", "E1"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: "PUT", url: "/20160918/volumeBackups/ocid1.volumebackup.oc1..b", verified: { ok: true } });
    expect(received[0]?.headers["if-match"]).toBe("E1");
    expect(JSON.parse(received[0]?.body ?? "")).toEqual({ displayName: "renamed", freeformTags: { team: "db" } });
    const printed = JSON.parse(result.stdout) as { data: Record<string, unknown>; etag: string };
    expect(printed.etag).toBe("E2");
    expect(printed.data).toMatchObject({ id: "ocid1.volumebackup.oc1..b", "display-name": "renamed", "lifecycle-state": "AVAILABLE", "time-created": "2026-01-02T03:04:05+00:00", "volume-group-backup-id": null });
  });

  it("waits through the overlay's Get operation", async () => {
    received.length = 0;
    const result = await cli(["bv", "backup", "update", "--volume-backup-id", "ocid1.volumebackup.oc1..b", "--display-name", "x", "--wait-for-state", "AVAILABLE"]);
    expect(result.code).toBe(0);
    expect(received.map((r) => `${r.method} ${r.url}`)).toEqual(["PUT /20160918/volumeBackups/ocid1.volumebackup.oc1..b", "GET /20160918/volumeBackups/ocid1.volumebackup.oc1..b"]);
  });
});
