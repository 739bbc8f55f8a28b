import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHttpDate } from "./parse-http-date.js";

describe("parseHttpDate", () => {
  const rows: Array<[string, number]> = [
    ["Thu, 05 Jan 2014 21:31:40 GMT", Date.UTC(2014, 0, 5, 21, 31, 40)],
    ["Fri, 27 Nov 2026 08:35:14 GMT", Date.UTC(2026, 10, 27, 8, 35, 14)],
    ["Sat, 29 Feb 2020 23:59:59 GMT", Date.UTC(2020, 1, 29, 23, 59, 59)],
    ["Friday, 27-Nov-26 08:35:14 GMT", Date.parse("Friday, 27-Nov-26 08:35:14 GMT")],
    ["Fri, 31 Jul 2026 08:35:14 GMT", Date.UTC(2026, 6, 31, 8, 35, 14)],
    ["Fri Nov 27 08:35:14 2026", Date.UTC(2026, 10, 27, 8, 35, 14)],
    ["Sun Nov  6 08:49:37 1994", Date.UTC(1994, 10, 6, 8, 49, 37)],
    ["Sunday, 06-Nov-94 08:49:37 GMT", Date.UTC(1994, 10, 6, 8, 49, 37)],
  ];
  for (const [text, expected] of rows) {
    it(`reads ${text}`, () => expect(parseHttpDate(text)).toBe(expected));
  }

  it("returns NaN for text that is no date", () => {
    expect(parseHttpDate("yesterday-ish")).toBeNaN();
    expect(parseHttpDate("Fri, 27 Xyz 2026 08:35:14 GMT")).toBeNaN();
  });

  it.each([
    ["ISO 8601", "2026-11-27T08:35:14Z"],
    ["ISO 8601 with offset", "2026-11-27T08:35:14+00:00"],
    ["Date.prototype.toString()", "Fri Nov 27 2026 08:35:14 GMT+0000 (Coordinated Universal Time)"],
    ["a time zone other than GMT", "Fri, 27 Nov 2026 08:35:14 UTC"],
    ["31 November", "Mon, 31 Nov 2026 08:35:14 GMT"],
    ["29 February of a common year", "Sun, 29 Feb 2026 08:35:14 GMT"],
    ["hour 24", "Fri, 27 Nov 2026 24:00:00 GMT"],
  ])("only RFC 7231 forms are dates: %s is NaN", (_name, text) => {
    expect(parseHttpDate(text)).toBeNaN();
  });

  it("agrees with Date.parse on every IMF-fixdate", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }),
        (d) => {
          const text = d.toUTCString();
          expect(parseHttpDate(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
