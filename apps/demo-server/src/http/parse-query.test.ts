import { describe, expect, it } from "vitest";
import { parseQuery } from "./parse-query.js";

describe("parseQuery", () => {
  it.each([
    ["", {}],
    ["a=1&b=2", { a: "1", b: "2" }],
    ["displayName=my%20backup+1", { displayName: "my backup+1" }],
    ["flag&x=", { flag: "", x: "" }],
    ["k%3D=v%26w", { "k=": "v&w" }],
  ])("%j", (raw, expected) => {
    expect(parseQuery(raw)).toEqual(expected);
  });

  it.each(["a=1&a=2", "limit=1&limit=1", "x=1&x%3D=2&x"])("rejects the repeated parameter in %j with 400", (raw) => {
    expect(() => parseQuery(raw)).toThrow(expect.objectContaining({ status: 400, code: "InvalidParameter" }));
  });

  it("rejects broken percent-encoding with 400", () => {
    expect(() => parseQuery("a=%ZZ")).toThrow(expect.objectContaining({ status: 400, code: "InvalidParameter" }));
  });
});
