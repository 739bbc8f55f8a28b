import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderTable, visibleWidth } from "./render-table.js";

/**
 * Inputs with what the OCI CLI's table printing made of them: fixtures/oci-table-cases.json is written by
 * fixtures/oci-table-cases.py with the real terminaltables 3.1.10 (the version oci-cli pins).
 */
const CASES = JSON.parse(readFileSync(new URL("./fixtures/oci-table-cases.json", import.meta.url), "utf8")) as Array<{ name: string; data: unknown; stdout: string }>;

describe("renderTable, against terminaltables", () => {
  it.each(CASES)("prints $name as the OCI CLI does", ({ data, stdout }) => {
    expect(renderTable(data)).toBe(stdout);
  });

  it("covers every kind of value print_table distinguishes", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(14);
  });
});

describe("visibleWidth", () => {
  it.each([
    ["abc", 3],
    ["日本", 4],
    ["ｱ", 1],
    ["ＡＢ", 4],
    ["\x1b[31mred\x1b[0m", 3],
    ["ärger", 5],
  ])("%j takes %i columns", (text, width) => expect(visibleWidth(text)).toBe(width));
});
