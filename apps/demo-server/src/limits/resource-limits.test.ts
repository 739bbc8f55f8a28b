import { describe, expect, it } from "vitest";
import { ServiceError } from "../service-error.js";
import { checkGroupSize, checkTagLimits, MAX_VOLUMES_PER_GROUP, TAG_LIMITS } from "./resource-limits.js";

const tags = (n: number, value = "v") => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, value]));

function rejection(work: () => void): { status: number; code: string; message: string } | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return { status: error.status, code: error.code, message: error.message };
  }
}

describe("checkTagLimits (OCI's limits on tags)", () => {
  it.each([
    ["10 free-form tags", { freeformTags: tags(10) }],
    ["64 defined tags over two namespaces", { definedTags: { a: tags(32), b: tags(32) } }],
    ["a key of 100 characters", { freeformTags: { ["k".repeat(100)]: "" } }],
    ["a value of 256 characters (astral code points count once)", { freeformTags: { k: "😀".repeat(256) } }],
    ["ASCII punctuation in keys", { freeformTags: { "cost-center/a_b:c@d": "x" } }],
    ["non-string defined values", { definedTags: { ns: { n: 42, b: true } } }],
    ["no tags", { displayName: "x" }],
  ] as const)("accepts %s", (_name, body) => {
    expect(rejection(() => checkTagLimits(body))).toBeUndefined();
  });

  it.each([
    ["11 free-form tags", "freeformTags", "at most 10 free-form tags", { freeformTags: tags(11) }],
    ["65 defined tags", "definedTags", "at most 64 defined tags", { definedTags: { a: tags(33), b: tags(32) } }],
    ["a key of 101 characters", "freeformTags", "at most 100", { freeformTags: { ["k".repeat(101)]: "" } }],
    ["a namespace of 101 characters", "definedTags", "at most 100", { definedTags: { ["n".repeat(101)]: { k: "v" } } }],
    ["a key with a period", "freeformTags", "without periods or spaces", { freeformTags: { "a.b": "v" } }],
    ["a key with a space", "freeformTags", "without periods or spaces", { freeformTags: { "a b": "v" } }],
    ["a key with non-ASCII", "freeformTags", "printable ASCII", { freeformTags: { "clé": "v" } }],
    ["a value of 257 characters", "freeformTags", "256 characters", { freeformTags: { k: "v".repeat(257) } }],
    ["a 1 MB tag value", "freeformTags", "256 characters", { freeformTags: { k: "v".repeat(1 << 20) } }],
    ["5.2 KB of tags within the count and length limits", "freeformTags", "5 K", { freeformTags: tags(10, "é".repeat(256)) }],
    ["5 K split over both maps", "definedTags", "5120 bytes", { freeformTags: tags(10, "v".repeat(250)), definedTags: { ns: tags(10, "v".repeat(250)) } }],
  ])("rejects %s: 400 InvalidParameter naming %s and the limit", (_name, field, says, body) => {
    const got = rejection(() => checkTagLimits(body));
    expect(got).toMatchObject({ status: 400, code: "InvalidParameter" });
    expect(got?.message).toContain(`'${field}'`);
    expect(got?.message).toContain(says);
    // The message never echoes a huge value back.
    expect(got?.message.length).toBeLessThan(400);
  });

  it("exports OCI's numbers", () => {
    expect(TAG_LIMITS).toEqual({ freeformTags: 10, definedTags: 64, nameLength: 100, valueLength: 256, totalJsonBytes: 5120 });
  });
});

describe("checkGroupSize", () => {
  it("allows 32 volumes per group and rejects 33 naming the limit", () => {
    expect(rejection(() => checkGroupSize("volumeIds", Array(MAX_VOLUMES_PER_GROUP).fill("v")))).toBeUndefined();
    expect(rejection(() => checkGroupSize("sourceDetails.volumeIds", Array(33).fill("v")))).toMatchObject({
      status: 400,
      code: "InvalidParameter",
      message: expect.stringContaining("at most 32 volumes per volume group"),
    });
  });
});
