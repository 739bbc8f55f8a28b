import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoreClient, type CoreClient } from "@ocikit/core";
import { makeGroup, startFixture, tempDir, type Fixture } from "../test/demo-fixture.js";
import { schemaErrors } from "../test/spec-schemas.js";

// One fake clock drives the server's lifecycles and the client's signature dates.
let t = Date.parse("2026-11-27T10:00:00.000Z");
const now = () => new Date(t);
const advance = (ms: number) => {
  t += ms;
};

describe("full lifecycle through @ocikit/core (time lifecycle, 2 s per transition)", () => {
  let f: Fixture;
  let client: CoreClient;
  let compartmentId: string;
  beforeAll(async () => {
    f = await startFixture({ lifecycle: { mode: "time", seconds: 2 }, now }, now);
    client = f.client;
    compartmentId = f.server.compartmentId;
  });
  afterAll(() => f.close());

  let volumeIds: string[] = [];
  let groupId = "";
  let fullId = "";
  const backupIds: string[] = [];

  it("creates volumes PROVISIONING that become AVAILABLE after 2 s", async () => {
    for (const sizeInGBs of [50, 100]) {
      const { data, response } = await client.POST("/volumes", { body: { compartmentId, displayName: `v${sizeInGBs}`, sizeInGBs } });
      expect(response.status).toBe(200);
      expect(data?.lifecycleState).toBe("PROVISIONING");
      expect(data?.id).toMatch(/^ocid1\.volume\.oc1\.iad\.[a-z2-7]{60}$/);
      expect(schemaErrors("Volume", data)).toEqual([]);
      volumeIds.push(data?.id as string);
    }
    advance(1999);
    const before = await client.GET("/volumes/{volumeId}", { params: { path: { volumeId: volumeIds[0] as string } } });
    expect(before.data?.lifecycleState).toBe("PROVISIONING");
    advance(1);
    const after = await client.GET("/volumes/{volumeId}", { params: { path: { volumeId: volumeIds[0] as string } } });
    expect(after.data?.lifecycleState).toBe("AVAILABLE");
    expect(after.data?.sizeInMBs).toBe(50 * 1024);
  });

  it("groups the volumes; a backup of a PROVISIONING group is 409 IncorrectState", async () => {
    const { data } = await client.POST("/volumeGroups", {
      body: { compartmentId, availabilityDomain: "Uocm:US-ASHBURN-AD-1", displayName: "g", sourceDetails: { type: "volumeIds", volumeIds } },
    });
    expect(data?.lifecycleState).toBe("PROVISIONING");
    expect(data?.sizeInGBs).toBe(150);
    expect(schemaErrors("VolumeGroup", data)).toEqual([]);
    groupId = data?.id as string;
    const early = await client.POST("/volumeGroupBackups", { body: { volumeGroupId: groupId, type: "FULL" } });
    expect(early.response.status).toBe(409);
    expect(early.error).toMatchObject({ code: "IncorrectState" });
    advance(2000);
    const vol = await client.GET("/volumes/{volumeId}", { params: { path: { volumeId: volumeIds[1] as string } } });
    expect(vol.data?.volumeGroupId).toBe(groupId);
  });

  it("takes a FULL and an INCREMENTAL backup with sizes derived from the volumes", async () => {
    const full = await client.POST("/volumeGroupBackups", { body: { volumeGroupId: groupId, type: "FULL", displayName: "full" } });
    expect(full.response.status).toBe(200);
    expect(full.data).toMatchObject({ lifecycleState: "CREATING", type: "FULL", sourceType: "MANUAL", sizeInGBs: 150, sizeInMBs: 150 * 1024, uniqueSizeInGbs: 150, compartmentId, volumeGroupId: groupId });
    expect(full.data?.volumeBackupIds).toHaveLength(2);
    expect(Date.parse(full.data?.timeRequestReceived as string)).toBeLessThanOrEqual(Date.parse(full.data?.timeCreated as string));
    expect(full.response.headers.get("etag")).toBeTruthy();
    expect(schemaErrors("VolumeGroupBackup", full.data)).toEqual([]);
    fullId = full.data?.id as string;
    backupIds.push(fullId);
    advance(1);
    // Sent without `type` (raw call: the generated request type marks the defaulted field required).
    const inc = await f.api("POST", "/volumeGroupBackups", { volumeGroupId: groupId, displayName: "inc" });
    expect(inc.data.type).toBe("INCREMENTAL");
    expect(inc.data.uniqueSizeInGbs).toBeLessThan(full.data?.uniqueSizeInGbs as number);
    backupIds.push(inc.data.id);
    advance(2000);
    const got = await client.GET("/volumeGroupBackups/{volumeGroupBackupId}", { params: { path: { volumeGroupBackupId: fullId } } });
    expect(got.data?.lifecycleState).toBe("AVAILABLE");
    const vb = await client.GET("/volumeBackups/{volumeBackupId}", { params: { path: { volumeBackupId: got.data?.volumeBackupIds[0] as string } } });
    expect(vb.data).toMatchObject({ lifecycleState: "AVAILABLE", volumeGroupBackupId: fullId, type: "FULL" });
    expect(schemaErrors("VolumeBackup", vb.data)).toEqual([]);
  });

  it("lists in pages of 2 with opc-next-page, newest first, and filters by displayName and volumeGroupId", async () => {
    for (let i = 0; i < 5; i++) {
      advance(1);
      const { data } = await client.POST("/volumeGroupBackups", { body: { volumeGroupId: groupId, displayName: `nightly-${i}`, type: "INCREMENTAL" } });
      backupIds.push(data?.id as string);
    }
    const seen: string[] = [];
    let page: string | undefined;
    let pages = 0;
    do {
      const { data, response } = await client.GET("/volumeGroupBackups", {
        params: { query: { compartmentId, limit: 2, ...(page !== undefined ? { page } : {}) } },
      });
      pages++;
      seen.push(...(data ?? []).map((b) => b.id));
      page = response.headers.get("opc-next-page") ?? undefined;
    } while (page !== undefined);
    expect(pages).toBe(4);
    expect(seen).toEqual([...backupIds].reverse());
    const byName = await client.GET("/volumeGroupBackups", { params: { query: { compartmentId, displayName: "nightly-3" } } });
    expect(byName.data?.map((b) => b.id)).toEqual([backupIds[5]]);
    const asc = await client.GET("/volumeGroupBackups", { params: { query: { compartmentId, sortBy: "DISPLAYNAME" } } });
    const names = asc.data?.map((b) => b.displayName) ?? [];
    expect(names).toEqual([...names].sort());
    const byGroup = await client.GET("/volumeGroupBackups", { params: { query: { compartmentId, volumeGroupId: "ocid1.volumegroup.oc1.iad.none" } } });
    expect(byGroup.data).toEqual([]);
  });

  it("updates with the current etag, and refuses a stale one with 412 NoEtagMatch", async () => {
    const got = await client.GET("/volumeGroupBackups/{volumeGroupBackupId}", { params: { path: { volumeGroupBackupId: fullId } } });
    const etag = got.response.headers.get("etag") as string;
    const updated = await client.PUT("/volumeGroupBackups/{volumeGroupBackupId}", {
      params: { path: { volumeGroupBackupId: fullId }, header: { "if-match": etag } },
      body: { displayName: "renamed", freeformTags: { team: "storage" } },
    });
    expect(updated.response.status).toBe(200);
    expect(updated.data).toMatchObject({ displayName: "renamed", freeformTags: { team: "storage" } });
    expect(updated.response.headers.get("etag")).not.toBe(etag);
    const stale = await client.PUT("/volumeGroupBackups/{volumeGroupBackupId}", {
      params: { path: { volumeGroupBackupId: fullId }, header: { "if-match": etag } },
      body: { displayName: "again" },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error).toMatchObject({ code: "NoEtagMatch" });
  });

  it("moves a backup to another compartment", async () => {
    const target = "ocid1.compartment.oc1..aaaaaaaaothercompartment";
    const moved = await client.POST("/volumeGroupBackups/{volumeGroupBackupId}/actions/changeCompartment", {
      params: { path: { volumeGroupBackupId: backupIds[1] as string } },
      body: { compartmentId: target },
    });
    expect(moved.response.status).toBe(200);
    const there = await client.GET("/volumeGroupBackups", { params: { query: { compartmentId: target } } });
    expect(there.data?.map((b) => b.id)).toEqual([backupIds[1]]);
    const here = await client.GET("/volumeGroupBackups", { params: { query: { compartmentId } } });
    expect(here.data?.map((b) => b.id)).not.toContain(backupIds[1]);
  });

  it("copies a backup to us-phoenix-1, visible only under /us-phoenix-1/20160918", async () => {
    const copy = await client.POST("/volumeGroupBackups/{volumeGroupBackupId}/actions/copy", {
      params: { path: { volumeGroupBackupId: fullId } },
      body: { destinationRegion: "us-phoenix-1", displayName: "dr-copy" },
    });
    expect(copy.response.status).toBe(200);
    expect(copy.data).toMatchObject({ displayName: "dr-copy", sourceVolumeGroupBackupId: fullId, lifecycleState: "CREATING", compartmentId });
    expect(copy.data?.id).toMatch(/^ocid1\.volumegroupbackup\.oc1\.phx\./);
    const phoenix = createCoreClient({ endpoint: `${f.server.url}/us-phoenix-1`, auth: f.key, retry: false, now });
    advance(2000);
    const there = await phoenix.GET("/volumeGroupBackups/{volumeGroupBackupId}", { params: { path: { volumeGroupBackupId: copy.data?.id as string } } });
    expect(there.data?.lifecycleState).toBe("AVAILABLE");
    const listed = await phoenix.GET("/volumeGroupBackups", { params: { query: { compartmentId } } });
    expect(listed.data?.map((b) => b.id)).toEqual([copy.data?.id]);
    const here = await client.GET("/volumeGroupBackups/{volumeGroupBackupId}", { params: { path: { volumeGroupBackupId: copy.data?.id as string } } });
    expect(here.response.status).toBe(404);
    const same = await client.POST("/volumeGroupBackups/{volumeGroupBackupId}/actions/copy", {
      params: { path: { volumeGroupBackupId: fullId } },
      body: { destinationRegion: "us-ashburn-1" },
    });
    expect(same.response.status).toBe(400);
    expect(same.error).toMatchObject({ code: "InvalidParameter" });
  });

  it("restores a backup into a new volume group with new volumes", async () => {
    const restored = await client.POST("/volumeGroups", {
      body: { compartmentId, availabilityDomain: "Uocm:US-ASHBURN-AD-1", sourceDetails: { type: "volumeGroupBackupId", volumeGroupBackupId: fullId } },
    });
    expect(restored.response.status).toBe(200);
    expect(restored.data?.sizeInGBs).toBe(150);
    const ids = restored.data?.volumeIds ?? [];
    expect(ids).toHaveLength(2);
    expect(ids.some((id) => volumeIds.includes(id))).toBe(false);
    const vol = await client.GET("/volumes/{volumeId}", { params: { path: { volumeId: ids[0] as string } } });
    expect(vol.data?.lifecycleState).toBe("RESTORING");
    advance(2000);
    const later = await client.GET("/volumes/{volumeId}", { params: { path: { volumeId: ids[0] as string } } });
    expect(later.data?.lifecycleState).toBe("AVAILABLE");
    expect(later.data?.sourceDetails).toMatchObject({ type: "volumeBackup" });
  });

  it("deletes a backup: TERMINATING, then TERMINATED with its volume backups, then gone after an hour", async () => {
    const got = await client.GET("/volumeGroupBackups/{volumeGroupBackupId}", { params: { path: { volumeGroupBackupId: fullId } } });
    const del = await client.DELETE("/volumeGroupBackups/{volumeGroupBackupId}", { params: { path: { volumeGroupBackupId: fullId } } });
    expect(del.response.status).toBe(204);
    const terminating = await client.GET("/volumeGroupBackups/{volumeGroupBackupId}", { params: { path: { volumeGroupBackupId: fullId } } });
    expect(terminating.data?.lifecycleState).toBe("TERMINATING");
    advance(2000);
    const terminated = await client.GET("/volumeGroupBackups/{volumeGroupBackupId}", { params: { path: { volumeGroupBackupId: fullId } } });
    expect(terminated.data?.lifecycleState).toBe("TERMINATED");
    const member = await client.GET("/volumeBackups/{volumeBackupId}", { params: { path: { volumeBackupId: got.data?.volumeBackupIds[0] as string } } });
    expect(member.data?.lifecycleState).toBe("TERMINATED");
    const update = await client.PUT("/volumeGroupBackups/{volumeGroupBackupId}", { params: { path: { volumeGroupBackupId: fullId } }, body: { displayName: "x" } });
    expect(update.response.status).toBe(409);
    advance(60 * 60 * 1000);
    const gone = await client.GET("/volumeGroupBackups/{volumeGroupBackupId}", { params: { path: { volumeGroupBackupId: fullId } } });
    expect(gone.response.status).toBe(404);
    expect(gone.error).toMatchObject({ code: "NotAuthorizedOrNotFound" });
  });
});

describe("the seed request (CreateVolumeGroupBackup, Chilkat sample)", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.close());

  it("answers 200 with every field of the seed's sample response that applies, typed as the spec says", async () => {
    const { groupId } = await makeGroup(f);
    // The seed body byte for byte, with the placeholders replaced by real ids.
    const body =
      `{\n "volumeGroupId": "${groupId}",\n "compartmentId": "${f.server.compartmentId}",\n "definedTags": {},\n` +
      ` "displayName": "laboris pariatur",\n "freeformTags": {},\n "type": "FULL"\n}`;
    const res = await f.send("POST", "/20160918/volumeGroupBackups", { body, headers: { "opc-retry-token": "aliqua enim i" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeTruthy();
    expect(res.headers.get("opc-request-id")).toBeTruthy();
    const data = (await res.json()) as Record<string, unknown>;
    expect(schemaErrors("VolumeGroupBackup", data)).toEqual([]);
    // expirationTime is set only for policy (SCHEDULED) backups and sourceVolumeGroupBackupId only for
    // copies, so a manual FULL backup has neither; every other sample field is present.
    const sampleFields = [
      "id", "volumeBackupIds", "displayName", "compartmentId", "timeCreated", "type", "lifecycleState", "definedTags",
      "freeformTags", "sizeInGBs", "sizeInMBs", "sourceType", "timeRequestReceived", "uniqueSizeInGbs", "uniqueSizeInMbs", "volumeGroupId",
    ];
    for (const field of sampleFields) expect(data, field).toHaveProperty(field);
    expect(data).toMatchObject({ displayName: "laboris pariatur", type: "FULL", definedTags: {}, freeformTags: {}, volumeGroupId: groupId });
    expect(data).not.toHaveProperty("expirationTime");
    expect(data).not.toHaveProperty("sourceVolumeGroupBackupId");
    const replay = await f.send("POST", "/20160918/volumeGroupBackups", { body, headers: { "opc-retry-token": "aliqua enim i" } });
    expect(((await replay.json()) as { id: string }).id).toBe(data.id);
  });
});

describe("restart on the same data dir", () => {
  it("keeps identity and resources, and finishes a pending time lifecycle from stored timestamps", async () => {
    let clock = Date.parse("2026-11-27T12:00:00.000Z");
    const fake = () => new Date(clock);
    const dataDir = tempDir();
    const first = await startFixture({ dataDir, lifecycle: { mode: "time", seconds: 30 }, now: fake });
    const volumeIds: string[] = [];
    for (let i = 0; i < 2; i++) volumeIds.push((await first.api("POST", "/volumes", { compartmentId: first.server.compartmentId })).data.id);
    clock += 30_000;
    const group = await first.api("POST", "/volumeGroups", {
      compartmentId: first.server.compartmentId,
      availabilityDomain: "Uocm:US-ASHBURN-AD-1",
      sourceDetails: { type: "volumeIds", volumeIds },
    });
    clock += 30_000;
    const created = await first.api("POST", "/volumeGroupBackups", { volumeGroupId: group.data.id });
    expect(created.data.lifecycleState).toBe("CREATING");
    const identity = { tenancyId: first.server.tenancyId, compartmentId: first.server.compartmentId, keyId: first.key.keyId };
    await first.close();

    clock += 31_000;
    const second = await startFixture({ dataDir, lifecycle: { mode: "time", seconds: 30 }, now: fake });
    try {
      expect({ tenancyId: second.server.tenancyId, compartmentId: second.server.compartmentId, keyId: second.key.keyId }).toEqual(identity);
      expect((await second.api("GET", `/volumeGroupBackups/${created.data.id}`)).data.lifecycleState).toBe("AVAILABLE");
      const listed = await second.api("GET", `/volumes?compartmentId=${second.server.compartmentId}`);
      expect(listed.data.map((v: { id: string }) => v.id).sort()).toEqual([...volumeIds].sort());
    } finally {
      await second.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("keeps the poll count of a pending polls lifecycle across a restart", async () => {
    const dataDir = tempDir();
    const first = await startFixture({ dataDir, lifecycle: { mode: "polls", polls: 3 } });
    const volumeId = (await first.api("POST", "/volumes", { compartmentId: first.server.compartmentId })).data.id as string;
    expect((await first.api("GET", `/volumes/${volumeId}`)).data.lifecycleState).toBe("PROVISIONING");
    expect((await first.api("GET", `/volumes/${volumeId}`)).data.lifecycleState).toBe("PROVISIONING");
    await first.close();
    const second = await startFixture({ dataDir, lifecycle: { mode: "polls", polls: 3 } });
    try {
      expect((await second.api("GET", `/volumes/${volumeId}`)).data.lifecycleState).toBe("AVAILABLE");
    } finally {
      await second.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
