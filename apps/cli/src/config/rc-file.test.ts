import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolumeGroup, startHarness, type Harness } from "../../test/harness.js";

// Credential files as `oci setup` writes them: readable by their owner only (else a permissions warning).
const PRIVATE = { mode: 0o600 };

let h: Harness;
let volumeGroupId: string;
let home: string;
let env: Record<string, string>;

beforeAll(async () => {
  h = await startHarness({ polls: 1 });
  ({ volumeGroupId } = await createVolumeGroup(h));
  home = join(h.home, "..", "rc-home");
  await mkdir(join(home, ".oci"), { recursive: true });
  // A second profile that inherits the demo credentials from [DEFAULT], key by key.
  const config = `${await readFile(h.server.configPath, "utf8")}\n[DEMO]\nregion=us-ashburn-1\n`;
  await writeFile(join(home, ".oci", "config"), config, PRIVATE);
  await writeFile(
    join(home, ".oci", "oci_cli_rc"),
    [
      "[OCI_CLI_SETTINGS]",
      "default_profile = DEMO",
      "",
      "[OCI_CLI_COMMAND_ALIASES]",
      "ls = list",
      "vgb-create = bv.volume-group-backup.create",
      "",
      "[OCI_CLI_PARAM_ALIASES]",
      "--dn = --display-name",
      "",
      "[OCI_CLI_CANNED_QUERIES]",
      'names = sort(data[]."display-name")',
      "",
      "[DEMO]",
      `compartment-id = ${h.server.compartmentId}`,
      `bv.volume-group-backup.create.volume-group-id = ${volumeGroupId}`,
      "",
    ].join("\n"),
  );
  env = { OCI_CLI_ENDPOINT: h.endpoint };
});
afterAll(async () => h.close());

describe("~/.oci/oci_cli_rc", () => {
  it("fills required options, expands aliases and canned queries", async () => {
    const created = await h.cli(["vgb-create", "--dn", "from-rc"], { home, env });
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)["data"]).toMatchObject({ "display-name": "from-rc", "volume-group-id": volumeGroupId, "compartment-id": h.server.compartmentId });

    const listed = await h.cli(["bv", "volume-group-backup", "ls", "--query", "query://names"], { home, env });
    expect(listed).toEqual({ code: 0, stdout: '[\n  "from-rc"\n]\n', stderr: "" });
  });

  it.each([
    { name: "an explicit option beats the rc default", argv: ["bv", "volume-group-backup", "list", "--compartment-id", "ocid1.compartment.oc1..other"], stdout: "", code: 0 },
    { name: "an unknown canned query", argv: ["bv", "volume-group-backup", "list", "--query", "query://nope"], stdout: "", code: 1 },
  ])("$name", async ({ argv, stdout, code }) => {
    const result = await h.cli(argv, { home, env });
    expect(result.code).toBe(code);
    expect(result.stdout).toBe(stdout);
    if (code === 1) expect(result.stderr).toMatch(/^UsageError: Query 'nope' is not defined in the \[OCI_CLI_CANNED_QUERIES\] section.*\(known: names\)/);
  });

  it("retries a 503 by default and takes no_retry and output from the profile's section", async () => {
    const fault = () =>
      fetch(`${h.server.url}/_ocikit/faults`, {
        method: "POST",
        headers: { authorization: `Bearer ${h.server.adminToken}`, "content-type": "application/json" },
        body: JSON.stringify({ operation: "ListVolumeGroupBackups", status: 503, code: "ServiceUnavailable", count: 1 }),
      });
    await fault();
    const retried = await h.cli(["bv", "volume-group-backup", "list", "--debug"], { home, env });
    expect(retried.code).toBe(0);
    expect(retried.stderr).toMatch(/DEBUG: response 503[\s\S]*DEBUG: request \(attempt 2\)[\s\S]*DEBUG: response 200/);

    const rc = join(home, "no-retry-rc");
    await writeFile(rc, `[DEMO]\nno_retry = true\noutput = table\ncompartment-id = ${h.server.compartmentId}\n`);
    await fault();
    const failed = await h.cli(["bv", "volume-group-backup", "list", "--cli-rc-file", rc, "--profile", "DEMO"], { home, env });
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stderr.slice("ServiceError:\n".length))).toMatchObject({ status: 503, code: "ServiceUnavailable" });
    const table = await h.cli(["bv", "volume-group-backup", "list", "--cli-rc-file", rc, "--profile", "DEMO"], { home, env });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^\+-+\+[\s\S]*\| display-name/);
  });

  it.each([
    { name: "--cli-rc-file", argv: ["--cli-rc-file", "RC"], env: {} },
    { name: "OCI_CLI_RC_FILE", argv: [], env: { OCI_CLI_RC_FILE: "RC" } },
  ])("reads the rc file named by $name", async ({ argv, env: extra }) => {
    const rc = join(home, ".oci", "oci_cli_rc");
    const resolve = (list: string[]) => list.map((a) => (a === "RC" ? rc : a));
    const emptyHome = join(h.home, "..", "empty-home");
    const extraEnv = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, v === "RC" ? rc : v]));
    const result = await h.cli(["bv", "volume-group-backup", "ls", ...resolve(argv), "--profile", "DEFAULT"], { home: emptyHome, extraEnv });
    // [DEFAULT] of the rc file has no compartment-id, so the alias works but the option is still required.
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Usage: ocikit bv volume-group-backup list[\s\S]*Error: Missing option\(s\) --compartment-id\.\n$/);
  });
});
