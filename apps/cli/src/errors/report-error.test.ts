import { generateKeyPairSync } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolumeGroup, startHarness, type Harness } from "../../test/harness.js";

// Credential files as `oci setup` writes them: readable by their owner only (else a permissions warning).
const PRIVATE = { mode: 0o600 };

let h: Harness;
let volumeGroupId: string;

beforeAll(async () => {
  h = await startHarness({ polls: 1 });
  ({ volumeGroupId } = await createVolumeGroup(h));
});
afterAll(async () => h.close());

const CREATE = ["bv", "volume-group-backup", "create"];
const GET = ["bv", "volume-group-backup", "get"];

function usage(path: string): string {
  return `Usage: ocikit ${path} [OPTIONS]\nTry 'ocikit ${path} -h' for help.\n\n`;
}

describe("service, connection and config errors", () => {
  it("prints a ServiceError block for a 404 and exits 1", async () => {
    const result = await h.cli([...GET, "--volume-group-backup-id", "ocid1.volumegroupbackup.oc1.iad.missing", "--request-id", "MYREQUEST"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith("ServiceError:\n{\n    \"client_version\": ")).toBe(true);
    const report = JSON.parse(result.stderr.slice("ServiceError:\n".length));
    expect(Object.keys(report)).toEqual(["client_version", "code", "logging_tips", "message", "opc-request-id", "operation_name", "request_endpoint", "status", "target_service", "timestamp", "troubleshooting_tips"]);
    expect(report).toMatchObject({
      code: "NotAuthorizedOrNotFound",
      status: 404,
      operation_name: "get_volume_group_backup",
      target_service: "blockstorage",
      request_endpoint: `GET ${h.endpoint}/volumeGroupBackups/ocid1.volumegroupbackup.oc1.iad.missing`,
    });
    expect(report.timestamp).toMatch(/\+00:00$/);
  });

  it("reports a 401 for a key the server does not trust", async () => {
    const config = await untrustedConfig(h);
    const result = await h.cli([...GET, "--volume-group-backup-id", "x"], { env: { ...h.env, OCI_CLI_CONFIG_FILE: config } });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stderr.slice("ServiceError:\n".length))).toMatchObject({ status: 401, code: "NotAuthenticated" });
    expect(result.stderr).not.toMatch(/WARNING: this computer.s clock/);
  });

  it("warns about clock skew after a 401 caused by a wrong clock", async () => {
    const skewed = () => new Date(Date.now() - 20 * 60 * 1000);
    const result = await h.cli([...GET, "--volume-group-backup-id", "x"], { now: skewed });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/"status": 401/);
    expect(result.stderr).toMatch(/WARNING: this computer's clock is 20 minutes behind the server's/);
  });

  it("logs requests with --debug without signatures or key material", async () => {
    const result = await h.cli(["bv", "volume-group-backup", "list", "--compartment-id", h.server.compartmentId, "--debug"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`DEBUG: request \\(attempt 1\\) GET ${h.endpoint}/volumeGroupBackups\\?compartmentId=`));
    expect(result.stderr).toMatch(/authorization: Signature \[REDACTED\]/);
    expect(result.stderr).toMatch(/DEBUG: response 200/);
    expect(result.stderr).not.toMatch(/keyId|signature="|PRIVATE KEY/);
  });

  it("prints a ClientException when nothing answers", async () => {
    const result = await h.cli([...GET, "--volume-group-backup-id", "x", "--endpoint", "http://127.0.0.1:9/20160918", "--no-retry"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ClientException:\n/);
    expect(JSON.parse(result.stderr.slice("ClientException:\n".length))).toMatchObject({ target_service: "CLI", request_endpoint: "GET http://127.0.0.1:9/20160918/volumeGroupBackups/x" });
  });

  it("gives up on a server that never answers after the timeouts", async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const result = await h.cli([...GET, "--volume-group-backup-id", "x", "--endpoint", `http://127.0.0.1:${port}/20160918`, "--connection-timeout", "0", "--read-timeout", "1", "--no-retry"]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^ClientException:\n/);
      expect(JSON.parse(result.stderr.slice("ClientException:\n".length)).message).toMatch(/got no response from http:\/\/127\.0\.0\.1:\d+ after 1 attempt\(s\).*timeout/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it.each([
    { name: "a missing config file", env: { OCI_CLI_CONFIG_FILE: "/nonexistent/config" }, stderr: /^ERROR: .*\/nonexistent\/config[\s\S]*ocikit setup keys[\s\S]*--config-file/, once: "ocikit setup keys" },
    { name: "a missing profile", env: { OCI_CLI_PROFILE: "NOPE" }, stderr: /^ERROR: Profile \[NOPE\] is not in the OCI config file/ },
  ])("explains $name", async ({ env, stderr, ...row }) => {
    const result = await h.cli([...GET, "--volume-group-backup-id", "x"], { extraEnv: env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(stderr);
    // Each piece of advice is given once, not repeated by two layers.
    if ("once" in row) expect(result.stderr.split(row.once).length - 1).toBe(1);
  });

  it("asks for a region when neither region nor endpoint is known", async () => {
    const config = join(h.home, "..", "no-region-config");
    const original = (await import("node:fs/promises")).readFile(h.server.configPath, "utf8");
    await writeFile(config, (await original).replace(/^region=.*$/m, ""), PRIVATE);
    const result = await h.cli([...GET, "--volume-group-backup-id", "x"], { env: { OCI_CLI_CONFIG_FILE: config } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ERROR: No region to send the request to\. Pass --region/);
  });
});

async function untrustedConfig(harness: Harness): Promise<string> {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const dir = join(harness.home, "..");
  const keyFile = join(dir, "untrusted.pem");
  await writeFile(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }), PRIVATE);
  const config = join(dir, "untrusted-config");
  await writeFile(config, `[DEFAULT]\ntenancy=${harness.server.tenancyId}\nuser=${harness.server.userId}\nkey_file=${keyFile}\nregion=us-ashburn-1\n`, PRIVATE);
  return config;
}
