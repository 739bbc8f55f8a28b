// State rules (409 IncorrectState and friends), under a fake clock so transitions are exact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixture, type Fixture } from "../../test/demo-fixture.js";

let clock = Date.parse("2026-11-27T14:00:00.000Z");
const now = () => new Date(clock);
const advance = (ms: number) => {
  clock += ms;
};

let f: Fixture;
beforeAll(async () => {
  f = await startFixture({ lifecycle: { mode: "time", seconds: 10 }, now });
});
afterAll(() => f.close());

async function availableGroup(): Promise<{ groupId: string; volumeIds: string[] }> {
  const volumeIds: string[] = [];
  for (let i = 0; i < 2; i++) volumeIds.push((await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId })).data.id);
  advance(10_000);
  const group = await f.api("POST", "/volumeGroups", {
    compartmentId: f.server.compartmentId,
    availabilityDomain: "Uocm:US-ASHBURN-AD-1",
    sourceDetails: { type: "volumeIds", volumeIds },
  });
  advance(10_000);
  return { groupId: group.data.id, volumeIds };
}

async function outcome(reply: ReturnType<Fixture["api"]>): Promise<[number, string | undefined]> {
  const { status, error } = await reply;
  return [status, error?.code];
}

describe("409 IncorrectState", () => {
  it("refuses to delete a volume group while one of its backups is CREATING", async () => {
    const { groupId } = await availableGroup();
    await f.api("POST", "/volumeGroupBackups", { volumeGroupId: groupId });
    expect(await outcome(f.api("DELETE", `/volumeGroups/${groupId}`))).toEqual([409, "IncorrectState"]);
    advance(10_000);
    expect(await outcome(f.api("DELETE", `/volumeGroups/${groupId}`))).toEqual([204, undefined]);
  });

  it("refuses to delete, copy or move a backup that is still CREATING", async () => {
    const { groupId } = await availableGroup();
    const id = (await f.api("POST", "/volumeGroupBackups", { volumeGroupId: groupId })).data.id as string;
    expect(await outcome(f.api("DELETE", `/volumeGroupBackups/${id}`))).toEqual([409, "IncorrectState"]);
    expect(await outcome(f.api("POST", `/volumeGroupBackups/${id}/actions/copy`, { destinationRegion: "eu-frankfurt-1" }))).toEqual([
      409,
      "IncorrectState",
    ]);
    expect(await outcome(f.api("POST", `/volumeGroupBackups/${id}/actions/changeCompartment`, { compartmentId: "c" }))).toEqual([
      409,
      "IncorrectState",
    ]);
  });

  it("refuses to delete a backup under retention with deletion prevention, until the retention ends", async () => {
    const { groupId } = await availableGroup();
    const { data } = await f.api("POST", "/volumeGroupBackups", {
      volumeGroupId: groupId,
      retentionPeriod: { retentionTimeUnit: "DAYS", retentionTimeAmount: 7 },
      isPreventDeletionEnabled: true,
    });
    expect(data.timeRetentionExpiresAt).toBe(new Date(clock + 7 * 86_400_000).toISOString());
    advance(10_000);
    expect(await outcome(f.api("DELETE", `/volumeGroupBackups/${data.id}`))).toEqual([409, "IncorrectState"]);
    advance(7 * 86_400_000);
    expect(await outcome(f.api("DELETE", `/volumeGroupBackups/${data.id}`))).toEqual([204, undefined]);
  });

  it("refuses to group a PROVISIONING volume (409) and a volume of another group (400)", async () => {
    const fresh = (await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId })).data.id as string;
    const body = (volumeIds: string[]) => ({
      compartmentId: f.server.compartmentId,
      availabilityDomain: "Uocm:US-ASHBURN-AD-1",
      sourceDetails: { type: "volumeIds", volumeIds },
    });
    expect(await outcome(f.api("POST", "/volumeGroups", body([fresh])))).toEqual([409, "IncorrectState"]);
    const { volumeIds } = await availableGroup();
    expect(await outcome(f.api("POST", "/volumeGroups", body([volumeIds[0] as string])))).toEqual([400, "InvalidParameter"]);
  });

  it("refuses to update a TERMINATED backup", async () => {
    const { groupId } = await availableGroup();
    const id = (await f.api("POST", "/volumeGroupBackups", { volumeGroupId: groupId })).data.id as string;
    advance(10_000);
    expect(await outcome(f.api("DELETE", `/volumeGroupBackups/${id}`))).toEqual([204, undefined]);
    advance(10_000);
    expect((await f.api("GET", `/volumeGroupBackups/${id}`)).data.lifecycleState).toBe("TERMINATED");
    expect(await outcome(f.api("PUT", `/volumeGroupBackups/${id}`, { displayName: "late" }))).toEqual([409, "IncorrectState"]);
  });
});

describe("retry token lifetime", () => {
  it("forgets a token after 24 hours: the same request then creates a new backup", async () => {
    const { groupId } = await availableGroup();
    const send = () => f.api("POST", "/volumeGroupBackups", { volumeGroupId: groupId }, { "opc-retry-token": "daily" });
    const first = await send();
    advance(10_000);
    const replay = await send();
    expect(replay.data.id).toBe(first.data.id);
    advance(24 * 60 * 60 * 1000);
    const later = await send();
    expect(later.status).toBe(200);
    expect(later.data.id).not.toBe(first.data.id);
  });
});
