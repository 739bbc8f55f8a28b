import { describe, expect, it } from "vitest";
import { mintOcid, sortableTime } from "./ocid.js";

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

describe("mintOcid", () => {
  it.each([
    ["a regional resource", "volumegroupbackup", "iad", /^ocid1\.volumegroupbackup\.oc1\.iad\.[a-z2-7]{60}$/],
    ["a global resource", "compartment", undefined, /^ocid1\.compartment\.oc1\.\.aaaaaaaa[a-z2-7]{52}$/],
  ])("mints %s in the OCID format", (_name, type, region, format) => {
    expect(mintOcid(type, region, 1_790_000_000_000)).toMatch(format);
  });

  it("gives a different id every time, even in the same millisecond", () => {
    const ids = new Set(Array.from({ length: 2000 }, () => mintOcid("volumebackup", "iad", 1_790_000_000_000)));
    expect(ids.size).toBe(2000);
  });

  it("sorts ids minted later after ids minted earlier (as SQLite and PostgreSQL compare text)", () => {
    const times = [0, 1, 31, 32, 33, 1023, 1024, 1_790_000_000_000, 1_790_000_000_001, 1_790_000_086_400, 32 ** 9 - 1];
    const ids = times.map((t) => mintOcid("volumebackup", "iad", t));
    expect([...ids].sort(byBytes)).toEqual(ids);
  });
});

describe("sortableTime", () => {
  it.each([
    [0, "222222222"],
    [1, "222222223"],
    [31, "22222222z"],
    [32, "222222232"],
    [32 ** 9 - 1, "zzzzzzzzz"],
  ])("encodes %i as %s", (ms, text) => {
    expect(sortableTime(ms)).toBe(text);
  });

  it("keeps the numeric order for every neighbour pair across a range of times", () => {
    for (let t = 1_790_000_000_000 - 2000; t < 1_790_000_000_000 + 2000; t++) {
      expect(byBytes(sortableTime(t), sortableTime(t + 1))).toBe(-1);
    }
  });
});
