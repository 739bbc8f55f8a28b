import { describe, expect, it } from "vitest";
import { ServiceError } from "../service-error.js";
import { PageTokens } from "./page-token.js";

const tokens = new PageTokens(Buffer.alloc(32, 7));

describe("PageTokens", () => {
  it("round-trips an offset for the same list", () => {
    expect(tokens.read("list-a", tokens.issue("list-a", 300))).toBe(300);
  });

  it.each([
    ["another list's token", () => tokens.issue("list-b", 10)],
    ["another server's token", () => new PageTokens(Buffer.alloc(32, 8)).issue("list-a", 10)],
    ["a forged offset", () => `${Buffer.from("99").toString("base64url")}.${tokens.issue("list-a", 10).split(".")[1]}`],
    ["garbage", () => "%%%"],
    ["an extra segment", () => `${tokens.issue("list-a", 10)}.x`],
  ])("rejects %s with 400 InvalidParameter", (_name, make) => {
    expect(() => tokens.read("list-a", make())).toThrow(ServiceError);
    expect(() => tokens.read("list-a", make())).toThrow("page");
  });
});
