import { createCoreClient } from "@ocikit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolumeGroup, startHarness, type Harness } from "../../test/harness.js";

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
