import { chmod, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolumeGroup, startHarness, type Harness } from "./harness.js";

// Issue 13, "CLI against the OCI CLI": each behaviour below differed from the OCI CLI before.

const WARNING =
  "WARNING: This operation supports pagination and not all resources were returned.  Re-run using the --all option to auto paginate and list all resources.\n";

let h: Harness;
let c: string;
let volumeGroupId: string;
let dir: string;

beforeAll(async () => {
  h = await startHarness({ polls: 1 });
  c = h.server.compartmentId;
  ({ volumeGroupId } = await createVolumeGroup(h));
  for (const name of ["p0", "p1", "p2"]) await h.json(["bv", "volume-group-backup", "create", "--volume-group-id", volumeGroupId, "--display-name", name]);
  dir = await mkdtemp(join(tmpdir(), "ocikit-parity-"));
});
afterAll(async () => h.close());

const LIST = ["bv", "volume-group-backup", "list", "--compartment-id"];

describe("the pagination warning", () => {
  it.each([
    { name: "--limit stops before the end", argv: ["--limit", "2"], items: 2, warned: true },
    { name: "--limit over pages stops before the end", argv: ["--limit", "2", "--page-size", "1"], items: 2, warned: true },
    { name: "--limit reaches the end", argv: ["--limit", "50"], items: 3, warned: false },
    { name: "--all", argv: ["--all", "--page-size", "1"], items: 3, warned: false },
    { name: "--query over a page with more", argv: ["--limit", "1", "--query", "data[].\"display-name\""], items: 1, warned: true },
  ])("is the OCI CLI's text, after the output, when $name", async ({ argv, items, warned }) => {
    const result = await h.cli([...LIST, c, ...argv]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(Array.isArray(doc) ? doc : doc.data).toHaveLength(items);
    expect(result.stderr).toBe(warned ? WARNING : "");
  });
});

describe("an empty list", () => {
  it.each([
    { name: "plain", argv: [] },
    { name: "with --query", argv: ["--query", "data[].id"] },
    { name: "with --all", argv: ["--all"] },
    { name: "as a table", argv: ["--output", "table"] },
  ])("prints nothing: $name", async ({ argv }) => {
    const result = await h.cli([...LIST, c, "--display-name", "no such backup", ...argv]);
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});

describe("--generate-*-json-input before the command (root options of the OCI CLI)", () => {
  it.each([
    { after: ["bv", "volume-group-backup", "create", "--generate-full-command-json-input"], before: ["--generate-full-command-json-input", "bv", "volume-group-backup", "create"] },
    { after: ["bv", "volume-group", "create", "--generate-param-json-input", "source-details"], before: ["--generate-param-json-input", "source-details", "bv", "volume-group", "create"] },
  ])("prints the same as after it: $before.0", async ({ after, before }) => {
    const expected = await h.cli(after);
    expect(expected.code).toBe(0);
    expect(await h.cli(before)).toEqual(expected);
  });

  it("refuses both at once, and for a command without JSON input", async () => {
    const both = await h.cli(["--generate-param-json-input", "source-details", "bv", "volume-group", "create", "--generate-full-command-json-input"]);
    expect(both).toMatchObject({ code: 1, stderr: "UsageError: Cannot specify both the --generate-full-command-json-input and --generate-param-json-input parameters\n" });
    const raw = await h.cli(["--generate-full-command-json-input", "raw-request", "--http-method", "GET", "--target-uri", `${h.endpoint}/volumes`]);
    expect(raw).toMatchObject({ code: 1, stdout: "", stderr: expect.stringMatching(/^UsageError: raw-request takes no JSON input/) });
  });
});

describe("--output table cells", () => {
  it("render None, True/False and Python lists as the OCI CLI's table", async () => {
    const backup = await availableBackup("table");
    const argv = ["bv", "volume-group-backup", "get", "--volume-group-backup-id", backup];
    const json = (await h.json(argv))["data"] as Record<string, unknown>;
    const result = await h.cli([...argv, "--output", "table"]);
    expect(result.code).toBe(0);
    const [header, row] = result.stdout.split("\n").filter((l) => l.startsWith("|")) as [string, string];
    const cells = (line: string) => line.split("|").slice(1, -1).map((cell) => cell.trim());
    const shown = Object.fromEntries(cells(header).map((name, i) => [name, cells(row)[i]]));
    const nulls = Object.keys(json).filter((k) => json[k] === null);
    const lists = Object.keys(json).filter((k) => Array.isArray(json[k]) && (json[k] as unknown[]).length > 0);
    expect(nulls.length).toBeGreaterThan(0);
    expect(lists.length).toBeGreaterThan(0);
    for (const key of nulls) expect(shown[key], key).toBe("None");
    for (const key of lists) expect(shown[key], key).toBe(`[${(json[key] as string[]).map((v) => `'${v}'`).join(", ")}]`);
    for (const key of Object.keys(json).filter((k) => typeof json[k] === "boolean")) expect(shown[key]).toBe(json[key] ? "True" : "False");
    expect(result.stdout).not.toMatch(/\bnull\b|\btrue\b|\bfalse\b|"/);
  });
});

describe("the clock-skew warning", () => {
  it("comes before the ServiceError block", async () => {
    const skewed = () => new Date(Date.now() - 20 * 60 * 1000);
    const result = await h.cli(["bv", "volume-group-backup", "get", "--volume-group-backup-id", "x"], { now: skewed });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^WARNING: this computer's clock is 20 minutes behind the server's .*\nServiceError:\n\{/s);
  });
});

describe("raw-request with OCI_CLI_ENDPOINT exported", () => {
  it("runs: the variable is not the --endpoint option", async () => {
    const result = await h.cli(["raw-request", "--http-method", "GET", "--target-uri", `${h.endpoint}/volumeGroupBackups?compartmentId=${c}`]);
    expect(h.env.OCI_CLI_ENDPOINT).toBe(h.endpoint);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: "200 OK" });
  });

  it("still refuses the option itself", async () => {
    const result = await h.cli(["raw-request", "--endpoint", h.endpoint, "--http-method", "GET", "--target-uri", `${h.endpoint}/volumes`]);
    expect(result).toMatchObject({ code: 1, stderr: "UsageError: raw-request takes the full URL in --target-uri; do not pass --endpoint.\n" });
  });
});

describe("--region with a demo server's endpoint", () => {
  it("reads a copy in the destination region", async () => {
    const copy = await h.json(["bv", "volume-group-backup", "copy", "--volume-group-backup-id", await availableBackup("to copy"), "--destination-region", "us-phoenix-1"]);
    const id = copy["data"]["id"] as string;
    const here = await h.cli(["bv", "volume-group-backup", "get", "--volume-group-backup-id", id]);
    expect(here.code).toBe(1);
    const there = await h.json(["bv", "volume-group-backup", "get", "--volume-group-backup-id", id, "--region", "us-phoenix-1"]);
    expect(there["data"]["id"]).toBe(id);
    const viaEnv = await h.json(["bv", "volume-group-backup", "get", "--volume-group-backup-id", id], { extraEnv: { OCI_CLI_REGION: "us-phoenix-1" } });
    expect(viaEnv["data"]["id"]).toBe(id);
  });

  it("names an unknown region before sending anything", async () => {
    const result = await h.cli(["bv", "volume-group-backup", "get", "--volume-group-backup-id", "x", "--region", "xx-nowhere-9"]);
    expect(result).toMatchObject({ code: 1, stdout: "", stderr: expect.stringMatching(/^ERROR: Unknown region 'xx-nowhere-9'\./) });
  });
});

describe("credential files", () => {
  async function copyCredentials(mode: { config: number; key: number }) {
    const sub = await mkdtemp(join(dir, "creds-"));
    const key = join(sub, "key.pem");
    const config = join(sub, "config");
    const original = await readFile(h.server.configPath, "utf8");
    const keyPath = /^key_file=(.*)$/m.exec(original)?.[1] as string;
    await writeFile(key, await readFile(keyPath, "utf8"));
    await writeFile(config, original.replace(/^key_file=.*$/m, `key_file=${key}`));
    await chmod(key, mode.key);
    await chmod(config, mode.config);
    return { config, key };
  }
  const GET = ["bv", "volume-group", "get", "--volume-group-id"];

  it.each([
    { name: "a config file others can read", mode: { config: 0o644, key: 0o600 }, warned: ["config"] },
    { name: "a key file others can read", mode: { config: 0o600, key: 0o640 }, warned: ["key"] },
    { name: "an executable key file", mode: { config: 0o600, key: 0o700 }, warned: ["key"] },
    { name: "both", mode: { config: 0o604, key: 0o660 }, warned: ["config", "key"] },
    { name: "private files", mode: { config: 0o600, key: 0o400 }, warned: [] },
  ])("warn as the OCI CLI does: $name", async ({ mode, warned }) => {
    const files = await copyCredentials(mode);
    const result = await h.cli([...GET, volumeGroupId], { env: { OCI_CLI_CONFIG_FILE: files.config, OCI_CLI_ENDPOINT: h.endpoint } });
    expect(result.code).toBe(0);
    const named = [...result.stderr.matchAll(/^WARNING: Permissions on (.*) are too open\.$/gm)].map((m) => m[1]);
    expect(named).toEqual(warned.map((which) => files[which as "config" | "key"]));
    if (warned.length > 0) expect(result.stderr).toContain("export OCI_CLI_SUPPRESS_FILE_PERMISSIONS_WARNING=True\n");
    const quiet = await h.cli([...GET, volumeGroupId], { env: { OCI_CLI_CONFIG_FILE: files.config, OCI_CLI_ENDPOINT: h.endpoint, OCI_CLI_SUPPRESS_FILE_PERMISSIONS_WARNING: "True" } });
    expect(quiet).toMatchObject({ code: 0, stderr: "" });
  });

  it.each([
    { name: "in the config file", env: {} as Record<string, string>, source: /fingerprint= in profile \[DEFAULT\]/ },
    { name: "in OCI_CLI_FINGERPRINT", env: { OCI_CLI_FINGERPRINT: "OVERRIDE" }, source: /\(OCI_CLI_FINGERPRINT\)/ },
  ])("report a fingerprint that is not key_file's before any request: $name", async ({ env, source }) => {
    const files = await copyCredentials({ config: 0o600, key: 0o600 });
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey;
    const { fingerprint } = await import("@ocikit/signer");
    const wrong = fingerprint(other);
    const text = await readFile(files.config, "utf8");
    const real = /^fingerprint=(.*)$/m.exec(text)?.[1] as string;
    await writeFile(files.config, text.replace(/^fingerprint=.*$/m, `fingerprint=${wrong}`));
    const overrides = Object.fromEntries(Object.entries(env).map(([k]) => [k, wrong]));
    if (Object.keys(overrides).length > 0) await writeFile(files.config, text);
    const result = await h.cli([...GET, volumeGroupId, "--debug"], { env: { OCI_CLI_CONFIG_FILE: files.config, OCI_CLI_ENDPOINT: h.endpoint, ...overrides } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^ERROR: The fingerprint ${wrong} .*not the fingerprint of the private key that signs the requests \\(${real}\\).*set fingerprint=${real}`));
    expect(result.stderr).toMatch(source);
    expect(result.stderr).not.toMatch(/DEBUG: request/);
  });
});

/** A backup that has settled (a copy of a CREATING backup is refused with 409, as in OCI). */
async function availableBackup(name: string): Promise<string> {
  const created = await h.json(["bv", "volume-group-backup", "create", "--volume-group-id", volumeGroupId, "--display-name", name, "--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1"]);
  return created["data"]["id"] as string;
}
