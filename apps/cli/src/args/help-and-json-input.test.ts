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

