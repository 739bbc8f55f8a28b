import { describe, expect, it } from "vitest";
import { buildSigningString } from "./build-signing-string.js";
import { SigningError } from "./signing-error.js";

describe("buildSigningString", () => {
  const values = new Map([
    ["date", "Thu, 05 Jan 2014 21:31:40 GMT"],
    ["host", "localhost:7000"],
    ["content-length", "0"],
  ]);
  const value = (name: string) => values.get(name);

  const rows: Array<{ name: string; method: string; target: string; headers: string[]; expected: string }> = [
    {
      name: "lowercases the method and keeps the target verbatim",
      method: "GET",
      target: "/a%2Fb?q=Pjwf%3A%20PHX+1",
      headers: ["(request-target)"],
      expected: "(request-target): get /a%2Fb?q=Pjwf%3A%20PHX+1",
    },
    {
      name: "follows the listed order, without a trailing newline",
      method: "post",
      target: "/x",
      headers: ["host", "date", "(request-target)", "content-length"],
      expected:
        "host: localhost:7000\ndate: Thu, 05 Jan 2014 21:31:40 GMT\n(request-target): post /x\ncontent-length: 0",
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(buildSigningString({ method: row.method, target: row.target, headers: row.headers, value })).toBe(
        row.expected,
      );
    });
  }

  it("names a listed header that has no value", () => {
    expect(() =>
      buildSigningString({ method: "GET", target: "/", headers: ["date", "x-content-sha256"], value }),
    ).toThrow(
      expect.objectContaining({ code: "MISSING_HEADER", message: expect.stringContaining("'x-content-sha256'") }),
    );
    expect(() => buildSigningString({ method: "GET", target: "/", headers: ["nope"], value })).toThrow(SigningError);
  });
});
