// Tenancy isolation: a second tenancy (trusted through --trust-config) never sees the demo tenancy's
// resources; every access is 404 NotAuthorizedOrNotFound, exactly like a missing id.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, startFixture, tempDir, writeOtherTenancyConfig, type Fixture } from "../../test/demo-fixture.js";

describe("tenancy isolation", () => {
  let f: Fixture;
  let other: ReturnType<typeof writeOtherTenancyConfig>;
  let groupId: string;
  let backupId: string;
  let volumeId: string;
  let volumeBackupId: string;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    other = writeOtherTenancyConfig(dir);
    f = await startFixture({ trustConfig: [other.path] });
    const made = await makeGroup(f);
    groupId = made.groupId;
    volumeId = made.volumeIds[0] as string;
    const backup = await f.api("POST", "/volumeGroupBackups", { volumeGroupId: groupId });
    backupId = backup.data.id;
    volumeBackupId = backup.data.volumeBackupIds[0];
  });
  afterAll(async () => {
    await f.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const asOther = (method: string, path: string, body?: unknown) =>
    f.send(method, path, { key: other.key, ...(body !== undefined ? { body } : {}) });

  it.each([
    ["GET group backup", "GET", () => `/20160918/volumeGroupBackups/${backupId}`, undefined],
    ["GET volume group", "GET", () => `/20160918/volumeGroups/${groupId}`, undefined],
    ["GET volume", "GET", () => `/20160918/volumes/${volumeId}`, undefined],
    ["GET volume backup", "GET", () => `/20160918/volumeBackups/${volumeBackupId}`, undefined],
    ["update backup", "PUT", () => `/20160918/volumeGroupBackups/${backupId}`, { displayName: "mine" }],
    ["delete backup", "DELETE", () => `/20160918/volumeGroupBackups/${backupId}`, undefined],
    ["copy backup", "POST", () => `/20160918/volumeGroupBackups/${backupId}/actions/copy`, { destinationRegion: "us-phoenix-1" }],
    ["move backup", "POST", () => `/20160918/volumeGroupBackups/${backupId}/actions/changeCompartment`, { compartmentId: "c" }],
    ["back up the group", "POST", () => "/20160918/volumeGroupBackups", "GROUP"],
    ["delete volume group", "DELETE", () => `/20160918/volumeGroups/${groupId}`, undefined],
  ])("%s → 404", async (_name, method, path, body) => {
    const payload = body === "GROUP" ? { volumeGroupId: groupId } : body;
    const res = await asOther(method, path(), payload);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe("NotAuthorizedOrNotFound");
  });

  it("ignores the service-only on-behalf-of header from an ordinary caller", async () => {
    const res = await f.send("GET", `/20160918/volumeGroupBackups/${backupId}`, {
      key: other.key,
      headers: { "x-ocikit-on-behalf-of": f.server.tenancyId },
    });
    expect(res.status).toBe(404);
  });

  it("lists nothing of the other tenancy, even with its compartment id", async () => {
    for (const kind of ["volumeGroupBackups", "volumeGroups", "volumes", "volumeBackups"]) {
      const res = await asOther("GET", `/20160918/${kind}?compartmentId=${f.server.compartmentId}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual([]);
    }
  });

  it("leaves the owner's resources untouched", async () => {
    const got = await f.api("GET", `/volumeGroupBackups/${backupId}`);
    expect(got.data).toMatchObject({ lifecycleState: "AVAILABLE", displayName: expect.not.stringMatching(/^mine$/) });
  });
});
