import { generateKeyPairSync } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolumeGroup, startHarness, type Harness } from "../../test/harness.js";

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

