import { describe, expect, it } from "vitest";
import { ServiceError } from "../service-error.js";
import { PageTokens } from "./page-token.js";

const tokens = new PageTokens(Buffer.alloc(32, 7));

describe("PageTokens", () => {
  it.each([
    [{ value: 1764547200123, seq: 300 }],
    [{ value: "nightly 3 ✓", seq: 7 }],
  ])("round-trips the last key %j for the same list", (key) => {
    expect(tokens.read("list-a", tokens.issue("list-a", key))).toEqual(key);
  });

  it.each([
    ["another list's token", () => tokens.issue("list-b", { value: 10, seq: 1 })],
    ["another server's token", () => new PageTokens(Buffer.alloc(32, 8)).issue("list-a", { value: 10, seq: 1 })],
    ["a forged key", () => `${Buffer.from("[99,1]").toString("base64url")}.${tokens.issue("list-a", { value: 10, seq: 1 }).split(".")[1]}`],
    ["garbage", () => "%%%"],
    ["an extra segment", () => `${tokens.issue("list-a", { value: 10, seq: 1 })}.x`],
  ])("rejects %s with 400 InvalidParameter", (_name, make) => {
    expect(() => tokens.read("list-a", make())).toThrow(ServiceError);
    expect(() => tokens.read("list-a", make())).toThrow("page");
  });
});
