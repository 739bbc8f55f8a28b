import { stat, readFile, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fingerprint, loadPrivateKey } from "@ocikit/signer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ polls: 1 });
});
afterAll(async () => h.close());

describe("ocikit setup keys", () => {
  it.each([
    { name: "without a passphrase", args: [], passphrase: undefined },
    { name: "with a passphrase", args: ["--passphrase", "s3cret"], passphrase: "s3cret" },
  ])("writes a key pair $name and prints the signer's fingerprint", async ({ args, passphrase }) => {
    const dir = join(h.home, "..", `keys-${passphrase === undefined ? "plain" : "encrypted"}`);
    const result = await h.cli(["setup", "keys", "--output-dir", dir, ...args]);
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

describe("ocikit raw-request", () => {
  it("sends a signed POST and prints data, headers and status", async () => {
    const volume = await h.cli(["raw-request", "--http-method", "POST", "--target-uri", `${h.endpoint}/volumes`, "--request-body", JSON.stringify({ compartmentId: h.server.compartmentId, availabilityDomain: "Uocm:PHX-AD-1", displayName: "raw" })], { env: { OCI_CLI_CONFIG_FILE: h.server.configPath } });
    expect(volume.code).toBe(0);
    const doc = JSON.parse(volume.stdout);
    expect(doc.status).toBe("200 OK");
    // Raw data is printed as the server sent it (camelCase keys).
    expect(doc.data).toMatchObject({ displayName: "raw", lifecycleState: expect.any(String) });
    expect(doc.headers["opc-request-id"]).toEqual(expect.any(String));
  });

  it("exits 0 for an HTTP error status", async () => {
    const result = await h.cli(["raw-request", "--http-method", "GET", "--target-uri", `${h.endpoint}/volumes/ocid1.volume.oc1.iad.missing`], { env: { OCI_CLI_CONFIG_FILE: h.server.configPath } });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: "404 Not Found", data: { code: "NotAuthorizedOrNotFound" } });
  });

  it.each([
    { name: "--endpoint", args: ["--endpoint", "http://127.0.0.1:1/20160918"], message: /do not pass --endpoint/ },
    { name: "--output table", args: ["--output", "table"], message: /drop --output table/ },
  ])("rejects $name", async ({ args, message }) => {
    const result = await h.cli(["raw-request", "--http-method", "GET", "--target-uri", `${h.endpoint}/volumes`, ...args], { env: { OCI_CLI_CONFIG_FILE: h.server.configPath } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
