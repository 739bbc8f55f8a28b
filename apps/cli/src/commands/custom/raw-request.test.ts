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
    { name: "a missing --request-body file", args: ["--request-body", "file://nonexistent.json"], message: /^UsageError: Cannot read 'nonexistent\.json' given to --request-body \(no such file\)\. Check the path/ },
  ])("rejects $name", async ({ args, message }) => {
    const result = await h.cli(["raw-request", "--http-method", "GET", "--target-uri", `${h.endpoint}/volumes`, ...args], { env: { OCI_CLI_CONFIG_FILE: h.server.configPath } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
