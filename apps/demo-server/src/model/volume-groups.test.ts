import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, startFixture, type Fixture } from "../../test/demo-fixture.js";
import { schemaErrors } from "../../test/spec-schemas.js";

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

describe("volume groups", () => {
  it("clones a group into new volumes of the same sizes", async () => {
    const { groupId, volumeIds } = await makeGroup(f);
    const clone = await f.api("POST", "/volumeGroups", {
      compartmentId: f.server.compartmentId,
      availabilityDomain: "Uocm:US-ASHBURN-AD-1",
      sourceDetails: { type: "volumeGroupId", volumeGroupId: groupId },
    });
    expect(clone.status).toBe(200);
    expect(schemaErrors("VolumeGroup", clone.data)).toEqual([]);
    expect(clone.data.sizeInGBs).toBe(150);
    expect(clone.data.volumeIds).toHaveLength(2);
    expect(clone.data.volumeIds.some((id: string) => volumeIds.includes(id))).toBe(false);
    const member = await f.api("GET", `/volumes/${clone.data.volumeIds[0]}`);
    expect(member.data).toMatchObject({ volumeGroupId: clone.data.id, sourceDetails: { type: "volume", id: volumeIds[0] } });
  });

  it("changes membership with UpdateVolumeGroup, moving volumes in and out and re-deriving the size", async () => {
    const { groupId, volumeIds } = await makeGroup(f);
    const extra = (await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, sizeInGBs: 200 })).data.id as string;
    const updated = await f.api("PUT", `/volumeGroups/${groupId}`, { volumeIds: [volumeIds[1], extra] });
    expect(updated.status).toBe(200);
    expect(updated.data).toMatchObject({ volumeIds: [volumeIds[1], extra], sizeInGBs: 300, sizeInMBs: 300 * 1024 });
    expect((await f.api("GET", `/volumes/${volumeIds[0]}`)).data.volumeGroupId).toBeUndefined();
    expect((await f.api("GET", `/volumes/${extra}`)).data.volumeGroupId).toBe(groupId);
    const filtered = await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}&volumeGroupId=${groupId}`);
    expect(filtered.data.map((v: { id: string }) => v.id).sort()).toEqual([volumeIds[1], extra].sort());
  });

  it("moves a group to another compartment and releases its volumes on delete", async () => {
    const { groupId, volumeIds } = await makeGroup(f);
    const moved = await f.api("POST", `/volumeGroups/${groupId}/actions/changeCompartment`, { compartmentId: "ocid1.compartment.oc1..aaaaaaaamoved" });
    expect(moved.status).toBe(200);
    expect(moved.headers.get("etag")).toBeTruthy();
    const there = await f.api("GET", "/volumeGroups?compartmentId=ocid1.compartment.oc1..aaaaaaaamoved&lifecycleState=AVAILABLE");
    expect(there.data.map((g: { id: string }) => g.id)).toEqual([groupId]);
    expect((await f.api("DELETE", `/volumeGroups/${groupId}`)).status).toBe(204);
    expect((await f.api("GET", `/volumeGroups/${groupId}`)).data.lifecycleState).toBe("TERMINATED");
    expect((await f.api("GET", `/volumes/${volumeIds[0]}`)).data.volumeGroupId).toBeUndefined();
  });

  it("answers 404 for a group restored from a replica (the server has none)", async () => {
    const res = await f.api("POST", "/volumeGroups", {
      compartmentId: f.server.compartmentId,
      availabilityDomain: "Uocm:US-ASHBURN-AD-1",
      sourceDetails: { type: "volumeGroupReplicaId", volumeGroupReplicaId: "ocid1.volumegroupreplica.oc1.iad.x" },
    });
    expect([res.status, res.error?.code]).toEqual([404, "NotAuthorizedOrNotFound"]);
  });
});
