import { stat, readFile, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fingerprint, loadPrivateKey } from "@ocikit/signer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../../../test/harness.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ polls: 1 });
});
afterAll(async () => h.close());

describe("ocikit setup keys", () => {
  it.each([
    { name: "without a passphrase", args: [], stdin: [], passphrase: undefined, prompted: true },
    { name: "with a passphrase", args: ["--passphrase", "s3cret"], stdin: [], passphrase: "s3cret", prompted: false },
    // `echo "$PASS" | oci setup keys` encrypts the key: the OCI CLI asks for the passphrase on stdin.
    { name: "with a passphrase piped to the prompt", args: [], stdin: ["s3cret"], passphrase: "s3cret", prompted: true },
    { name: "with an empty answer to the prompt", args: [], stdin: [""], passphrase: undefined, prompted: true },
  ])("writes a key pair $name and prints the signer's fingerprint", async ({ args, stdin, passphrase, prompted }) => {
    const dir = join(h.home, "..", `keys-${args.length}-${stdin.length}-${passphrase === undefined ? "plain" : "encrypted"}`);
    const result = await h.cli(["setup", "keys", "--output-dir", dir, ...args], { stdin });
    expect(result.stderr.includes("Enter a passphrase for the private key")).toBe(prompted);
    expect(result.stderr).not.toMatch(/s3cret/);
    expect(result.code).toBe(0);
    const pem = await readFile(join(dir, "oci_api_key.pem"), "utf8");
    expect(pem).toMatch(passphrase ? /BEGIN ENCRYPTED PRIVATE KEY/ : /BEGIN PRIVATE KEY/);
    expect(await readFile(join(dir, "oci_api_key_public.pem"), "utf8")).toMatch(/BEGIN PUBLIC KEY/);
    expect((await stat(join(dir, "oci_api_key.pem"))).mode & 0o777).toBe(0o600);
    const key = loadPrivateKey(pem, passphrase);
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(result.stdout).toContain(`Public key fingerprint: ${fingerprint(key)}\n`);
    expect(result.stdout).not.toMatch(/PRIVATE KEY|s3cret/);
  });

  it.each([
    { name: "a missing --passphrase-file", args: ["--output-dir", "keys-unused", "--passphrase-file", "nonexistent-pass"], stderr: /^UsageError: Cannot read 'nonexistent-pass' given to --passphrase-file \(no such file\)\. Check the path/ },
    // Node's recursive mkdir never settles under /proc; this row hangs (and times out) if that path is used.
    { name: "a folder that cannot be created", args: ["--output-dir", "/proc/ocikit-no-such-dir/keys"], stderr: /^UsageError: Cannot write the key files into \/proc\/ocikit-no-such-dir\/keys: .*Choose a folder you can write to with --output-dir\.\n$/ },
  ])("explains $name", async ({ args, stderr }) => {
    const result = await h.cli(["setup", "keys", ...args]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(stderr);
  });

  it("defaults to ~/.oci and refuses to overwrite without --overwrite", async () => {
    const home = join(h.home, "..", "keys-home");
    await mkdir(join(home, ".oci"), { recursive: true });
    await writeFile(join(home, ".oci", "oci_api_key.pem"), "existing");
    const refused = await h.cli(["setup", "keys"], { home });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^UsageError: .*oci_api_key\.pem already exists\. Pass --overwrite/);
    expect(await readFile(join(home, ".oci", "oci_api_key.pem"), "utf8")).toBe("existing");
    const replaced = await h.cli(["setup", "keys", "--overwrite"], { home });
    expect(replaced.code).toBe(0);
    expect(await readFile(join(home, ".oci", "oci_api_key.pem"), "utf8")).toMatch(/BEGIN PRIVATE KEY/);
    expect((await stat(join(home, ".oci", "oci_api_key.pem"))).mode & 0o777).toBe(0o600);
  });
});

