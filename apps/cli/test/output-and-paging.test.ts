import { createCoreClient } from "@ocikit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolumeGroup, startHarness, type Harness } from "./harness.js";

let h: Harness;
let c: string;
let volumeGroupId: string;
const BACKUPS = 5;

beforeAll(async () => {
  h = await startHarness({ polls: 1 });
  c = h.server.compartmentId;
  ({ volumeGroupId } = await createVolumeGroup(h));
  for (let i = 0; i < BACKUPS; i++) {
    await h.json(["bv", "volume-group-backup", "create", "--volume-group-id", volumeGroupId, "--display-name", `b${i}`]);
  }
});
afterAll(async () => h.close());

const LIST = ["bv", "volume-group-backup", "list"];

describe("list paging", () => {
  it("follows every page with --all and --page-size", async () => {
    const result = await h.cli([...LIST, "--compartment-id", c, "--all", "--page-size", "2", "--debug"]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(Object.keys(doc)).toEqual(["data"]);
    expect(doc.data).toHaveLength(BACKUPS);
    expect(new Set(doc.data.map((b: { id: string }) => b.id)).size).toBe(BACKUPS);
    expect(result.stderr.match(/DEBUG: request/g)).toHaveLength(3);
  });

  it("stops at --limit across pages and keeps opc-next-page", async () => {
    const doc = await h.json([...LIST, "--compartment-id", c, "--limit", "3", "--page-size", "2"]);
    expect(doc["data"]).toHaveLength(3);
    expect(typeof doc["opc-next-page"]).toBe("string");
    const rest = await h.json([...LIST, "--compartment-id", c, "--page", doc["opc-next-page"], "--all"]);
    expect(rest["data"].length).toBeGreaterThan(0);
  });

  it("warns when a single page leaves results behind", async () => {
    // More volumes than the server's default page of 100, created directly through the client.
    const client = createCoreClient({ endpoint: h.server.url, auth: await demoKey(h), retry: false });
    await Promise.all(
      Array.from({ length: 101 }, () => client.POST("/volumes", { body: { compartmentId: c, availabilityDomain: "Uocm:PHX-AD-1" } })),
    );
    const result = await h.cli(["bv", "volume", "list", "--compartment-id", c]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc["data"]).toHaveLength(100);
    expect(typeof doc["opc-next-page"]).toBe("string");
    expect(result.stderr).toMatch(/^WARNING: .*--all/);
    const all = await h.cli(["bv", "volume", "list", "--compartment-id", c, "--all"]);
    expect(JSON.parse(all.stdout)["data"].length).toBeGreaterThan(100);
    expect(all.stderr).toBe("");
  });
});

describe("output formats", () => {
  it.each([
    { name: "a projection", args: ["--query", "data[?\"display-name\"=='b1'].\"display-name\""], stdout: '[\n  "b1"\n]\n', stderr: "" },
    { name: "a raw string", args: ["--query", "data[?\"display-name\"=='b2'] | [0].\"display-name\"", "--raw-output"], stdout: "b2\n", stderr: "" },
    { name: "a null result", args: ["--query", "data[?\"display-name\"=='nope'] | [0]"], stdout: "", stderr: "Query returned empty result, no output to show.\n" },
    { name: "an empty list (the OCI CLI prints it)", args: ["--query", "data[?\"display-name\"=='nope']"], stdout: "[]\n", stderr: "" },
    { name: "a count", args: ["--query", "length(data)"], stdout: `${BACKUPS}\n`, stderr: "" },
  ])("applies --query: $name", async ({ args, stdout, stderr }) => {
    const result = await h.cli([...LIST, "--compartment-id", c, "--volume-group-id", volumeGroupId, ...args]);
    expect(result).toEqual({ code: 0, stdout, stderr });
  });

  it("renders --output table with the etag on stderr", async () => {
    const list = await h.json([...LIST, "--compartment-id", c, "--display-name", "b3"]);
    const id = list["data"][0]["id"] as string;
    const result = await h.cli(["bv", "volume-group-backup", "get", "--volume-group-backup-id", id, "--output", "table"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^\+-+(\+-+)+\+$/);
    expect(lines[1]).toMatch(/^\| compartment-id +\| defined-tags +\| display-name +\|/);
    expect(lines[3]).toContain(`| ${id} |`);
    expect(lines[4]).toBe(lines[0]);
    expect(result.stderr).toMatch(/^etag: [0-9a-f]+\n$/);
  });
});

async function demoKey(harness: Harness) {
  const { resolveConfigProfile } = await import("@ocikit/signer/config");
  const { identity } = await resolveConfigProfile({ path: harness.server.configPath, env: {} });
  return { keyId: identity.keyId, privateKey: identity.privateKey };
}
