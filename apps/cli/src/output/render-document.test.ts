import { describe, expect, it } from "vitest";
import { renderDocument } from "./render-document.js";
import { formatJson } from "./format-json.js";

const doc = {
  data: [
    { id: "b", "display-name": "zeta", "lifecycle-state": "AVAILABLE" },
    { id: "a", "display-name": "ärger", "lifecycle-state": "CREATING" },
  ],
  "opc-next-page": "p2",
};

describe("formatJson", () => {
  it("sorts keys at every level, indents and keeps non-ASCII", () => {
    expect(formatJson({ b: 1, a: { d: [], c: "é" } })).toBe('{\n  "a": {\n    "c": "é",\n    "d": []\n  },\n  "b": 1\n}');
    expect(formatJson({ b: 1, a: 2 }, 4)).toBe('{\n    "a": 2,\n    "b": 1\n}');
  });
});

describe("renderDocument", () => {
  it.each([
    { name: "plain JSON", options: {}, stdout: `${formatJson(doc)}\n`, stderr: "" },
    { name: "a query over the whole document", options: { query: '"opc-next-page"' }, stdout: '"p2"\n', stderr: "" },
    { name: "raw output of a string", options: { query: "data[1].\"display-name\"", rawOutput: true }, stdout: "ärger\n", stderr: "" },
    { name: "raw output of a list stays JSON", options: { query: "data[].id", rawOutput: true }, stdout: '[\n  "b",\n  "a"\n]\n', stderr: "" },
    { name: "a null query result", options: { query: "data[?id=='zz'] | [0]" }, stdout: "", stderr: "Query returned empty result, no output to show.\n" },
    // The OCI CLI reports only a null result as empty; an empty list is printed (jmespath 1.0.1 gives []).
    { name: "an empty list from a query", options: { query: "data[?id=='zz']" }, stdout: "[]\n", stderr: "" },
    { name: "an empty list as a table", options: { query: "data[?id=='zz']", output: "table" as const }, stdout: "Command returned empty list, no table to display.\n", stderr: "" },
    {
      name: "a table",
      options: { output: "table" as const },
      stdout: [
        "+--------------+----+-----------------+",
        "| display-name | id | lifecycle-state |",
        "+--------------+----+-----------------+",
        "| zeta         | b  | AVAILABLE       |",
        "| ärger        | a  | CREATING        |",
        "+--------------+----+-----------------+",
        "",
      ].join("\n"),
      stderr: "opc-next-page: p2\n",
    },
  ])("prints $name", async ({ options, stdout, stderr }) => {
    const rendered = await renderDocument(doc, { output: "json", rawOutput: false, ...options });
    expect(rendered).toEqual({ stdout, stderr });
  });

  it("reports a broken query as a usage error", async () => {
    await expect(renderDocument(doc, { output: "json", rawOutput: false, query: "data[" })).rejects.toMatchObject({ code: "BAD_QUERY" });
  });
});
