import { generateKeyPairSync } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolumeGroup, startHarness, type Harness } from "./harness.js";

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

describe("option validation (before any request)", () => {
  it.each([
    { name: "an unknown option", argv: [...GET, "--volume-group-backup-id", "x", "--nope"], code: 2, stderr: `${usage("bv volume-group-backup get")}Error: No such option: --nope\n` },
    { name: "a bad enum", argv: [...CREATE, "--volume-group-id", "x", "--type", "X"], code: 2, stderr: `${usage("bv volume-group-backup create")}Error: Invalid value for '--type': 'X' is not one of 'FULL', 'INCREMENTAL'.\n` },
    { name: "a bad integer", argv: ["bv", "volume-group-backup", "list", "--compartment-id", "c", "--limit", "ten"], code: 2, stderr: `${usage("bv volume-group-backup list")}Error: Invalid value for '--limit': 'ten' is not a valid integer.\n` },
    { name: "a bad wait state", argv: [...CREATE, "--volume-group-id", "x", "--wait-for-state", "DONE"], code: 2, stderr: /Error: Invalid value for '--wait-for-state': 'DONE' is not one of 'CREATING', 'COMMITTED', 'AVAILABLE'/ },
    { name: "bad JSON", argv: [...CREATE, "--volume-group-id", "x", "--freeform-tags", "{oops"], code: 1, stderr: "UsageError: Parameter 'freeform_tags' must be in JSON format.\n" },
    { name: "a missing required option", argv: [...CREATE, "--type", "FULL"], code: 1, stderr: `${usage("bv volume-group-backup create")}Error: Missing option(s) --volume-group-id.\n` },
    { name: "two missing options", argv: ["bv", "volume-group", "create", "--source-details", "{}"], code: 1, stderr: /Error: Missing option\(s\) --availability-domain, --compartment-id\.\n$/ },
    { name: "a blank path id", argv: [...GET, "--volume-group-backup-id", "  "], code: 1, stderr: "UsageError: Parameter --volume-group-backup-id cannot be whitespace or empty string\n" },
    { name: "--all with --limit", argv: ["bv", "volume-group-backup", "list", "--compartment-id", "c", "--all", "--limit", "2"], code: 1, stderr: "UsageError: If you provide the --all option you cannot provide the --limit option\n" },
    { name: "--no-retry with --max-retries", argv: [...GET, "--volume-group-backup-id", "x", "--no-retry", "--max-retries", "3"], code: 1, stderr: "UsageError: The option --max-retries cannot be used with --no-retry.\n" },
    { name: "a non-object --from-json", argv: [...CREATE, "--from-json", "[1, 2]"], code: 1, stderr: "UsageError: We expect a JSON object to be provided to --from-json\n" },
    { name: "an unknown command", argv: ["bv", "snapshot"], code: 2, stderr: `Usage: ocikit bv [OPTIONS] COMMAND [ARGS]...\nTry 'ocikit bv -h' for help.\n\nError: No such command 'snapshot'.\n` },
    { name: "an unsupported auth", argv: [...GET, "--volume-group-backup-id", "x", "--auth", "instance_principal"], code: 1, stderr: /^ERROR: --auth instance_principal is not supported by ocikit/ },
    { name: "a missing --from-json file", argv: [...CREATE, "--from-json", "file://nonexistent.json"], code: 1, stderr: "UsageError: Cannot read 'nonexistent.json' given to --from-json (no such file). Check the path (relative paths start in the current folder).\n" },
    { name: "a missing JSON option file", argv: [...CREATE, "--volume-group-id", "x", "--freeform-tags", "file://nonexistent.json"], code: 1, stderr: /^UsageError: Cannot read 'nonexistent\.json' given to --freeform-tags \(no such file\)/ },
    // Were the query checked only when printing, this create would be sent (and fail with a ServiceError).
    { name: "a broken --query before sending anything", argv: [...CREATE, "--volume-group-id", "x", "--query", "data.["], code: 1, stderr: /^UsageError: The --query expression could not be evaluated: .*Check the JMESPath syntax\.\n$/ },
    { name: "an unknown region", argv: [...GET, "--volume-group-backup-id", "x", "--region", "xx-nowhere-9"], env: { OCI_CLI_ENDPOINT: undefined }, code: 1, stderr: /^ERROR: Unknown region 'xx-nowhere-9'\. Check the spelling .*--endpoint https:\/\/iaas\.<region>\.<realm domain>\/20160918\.\n$/ },
    { name: "--cert-bundle (with what to do instead)", argv: [...GET, "--volume-group-backup-id", "x", "--cert-bundle", "/etc/ca.pem"], code: 1, stderr: "UsageError: ocikit does not support --cert-bundle: ocikit trusts Node's certificate store; run it with NODE_EXTRA_CA_CERTS=<bundle file> instead of --cert-bundle.\n" },
    { name: "--realm-specific-endpoint", argv: ["--realm-specific-endpoint", ...GET, "--volume-group-backup-id", "x"], code: 1, stderr: /^UsageError: ocikit does not support --realm-specific-endpoint: pass the realm-specific URL itself with --endpoint/ },
    { name: "-i (interactive mode)", argv: ["-i", ...GET, "--volume-group-backup-id", "x"], code: 1, stderr: /^UsageError: ocikit does not support --cli-auto-prompt: ocikit has no interactive mode/ },
    { name: "an rc file that is a folder", argv: [...GET, "--volume-group-backup-id", "x"], env: { OCI_CLI_RC_FILE: "/" }, code: 1, stderr: "ERROR: Cannot read the rc file / (it is a folder). Point --cli-rc-file or OCI_CLI_RC_FILE at a readable file, or remove it to run without defaults.\n" },
    { name: "an unusable --endpoint", argv: [...GET, "--volume-group-backup-id", "x", "--endpoint", "ftp://x/20160918"], code: 1, stderr: /^UsageError: --endpoint 'ftp:\/\/x\/20160918' is not a usable service URL\. .*--endpoint http:\/\/127\.0\.0\.1:8080\/20160918/ },
  ])("rejects $name", async ({ argv, code, stderr, ...row }) => {
    const result = await h.cli(argv, "env" in row ? { extraEnv: row.env } : {});
    expect(result.code).toBe(code);
    expect(result.stdout).toBe("");
    if (typeof stderr === "string") expect(result.stderr).toBe(stderr);
    else expect(result.stderr).toMatch(stderr);
  });
});

describe("help, version and JSON input", () => {
  it.each([
    { argv: ["--version"], stdout: /^\d+\.\d+\.\d+\n$/ },
    { argv: ["-v"], stdout: /^\d+\.\d+\.\d+\n$/ },
    { argv: [], stdout: /^Usage: ocikit \[OPTIONS\] COMMAND[\s\S]*bv[\s\S]*raw-request[\s\S]*Examples:\n {2}\$ ocikit /m },
    { argv: ["bv", "-?"], stdout: /^Usage: ocikit bv \[OPTIONS\] COMMAND[\s\S]*volume-group-backup/ },
    { argv: ["bv", "volume-group-backup", "--help"], stdout: /change-compartment[\s\S]*copy[\s\S]*create[\s\S]*delete[\s\S]*get[\s\S]*list[\s\S]*update/ },
    { argv: [...CREATE, "-h"], stdout: /--volume-group-id <OCID>\s+\[required\][\s\S]*--type \[FULL\|INCREMENTAL\][\s\S]*--wait-for-state[\s\S]*Examples:\n {2}\$ ocikit bv volume-group-backup create/ },
  ])("prints $argv with exit 0", async ({ argv, stdout }) => {
    const result = await h.cli(argv);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(stdout);
  });

  it("generates the full command JSON skeleton", async () => {
    const result = await h.cli([...CREATE, "--generate-full-command-json-input"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      volumeGroupId: "string",
      compartmentId: "string",
      definedTags: { tagNamespace1: { tagKey1: "tagValue1", tagKey2: "tagValue2" }, tagNamespace2: { tagKey1: "tagValue1", tagKey2: "tagValue2" } },
      freeformTags: { tagKey1: "tagValue1", tagKey2: "tagValue2" },
      displayName: "string",
      type: "FULL|INCREMENTAL",
      waitForState: ["CREATING|COMMITTED|AVAILABLE|TERMINATING|TERMINATED|FAULTY|REQUEST_RECEIVED"],
      maxWaitSeconds: 0,
      waitIntervalSeconds: 0,
    });
    const list = JSON.parse((await h.cli(["bv", "volume-group-backup", "list", "--generate-full-command-json-input"])).stdout);
    expect(list).toMatchObject({ allPages: true, limit: 0, pageSize: 0, sortBy: "TIMECREATED|DISPLAYNAME" });
  });

  it("generates one parameter's example", async () => {
    const result = await h.cli(["bv", "volume-group", "create", "--generate-param-json-input", "source-details"]);
    expect(JSON.parse(result.stdout)).toEqual({ type: "volumeGroupBackupId", volumeGroupBackupId: "string" });
  });

  it("takes option values from --from-json, with explicit options winning", async () => {
    const file = join(h.home, "..", "create.json");
    await writeFile(file, JSON.stringify({ volumeGroupId, type: "full", displayName: "from json", freeformTags: { src: "json" } }));
    const fromFile = await h.json([...CREATE, "--from-json", `file://${file}`, "--display-name", "explicit"]);
    expect(fromFile["data"]).toMatchObject({ "volume-group-id": volumeGroupId, type: "FULL", "display-name": "explicit", "freeform-tags": { src: "json" } });
    const inline = await h.json([...CREATE, "--from-json", JSON.stringify({ volumeGroupId, type: "INCREMENTAL" })]);
    expect(inline["data"]["type"]).toBe("INCREMENTAL");
  });

  it("accepts enum values in any case and JSON from file://", async () => {
    const tags = join(h.home, "..", "tags.json");
    await writeFile(tags, '{"from": "file"}');
    const created = await h.json([...CREATE, "--volume-group-id", volumeGroupId, "--type", "incremental", "--freeform-tags", `file://${tags}`]);
    expect(created["data"]).toMatchObject({ type: "INCREMENTAL", "freeform-tags": { from: "file" } });
  });
});

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
