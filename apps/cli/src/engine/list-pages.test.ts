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

async function demoKey(harness: Harness) {
  const { resolveConfigProfile } = await import("@ocikit/signer/config");
  const { identity } = await resolveConfigProfile({ path: harness.server.configPath, env: {} });
  return { keyId: identity.keyId, privateKey: identity.privateKey };
}
