import { describe, expect, it } from "vitest";
import { pythonNumber, pythonRepr, pythonStr, pythonStringRepr } from "./python-text.js";

describe("Python's str and repr of JSON values", () => {
  it.each([
    [null, "None"],
    [true, "True"],
    [false, "False"],
    ["text", "text"],
    [["a", 1, null, false], "['a', 1, None, False]"],
    [{ k: "v", n: [true] }, "{'k': 'v', 'n': [True]}"],
    [[], "[]"],
    [{}, "{}"],
  ])("str(%j) is %s", (value, text) => expect(pythonStr(value)).toBe(text));

  it.each([
    ["plain", "'plain'"],
    ["it's", `"it's"`],
    [`say "hi"`, `'say "hi"'`],
    [`both ' and "`, `'both \\' and "'`],
    ["tab\there\nnl", "'tab\\there\\nnl'"],
    ["back\\slash", "'back\\\\slash'"],
    ["nbsp\u00a0x\u0007", "'nbsp\\xa0x\\x07'"],
    ["line\u2028sep", "'line\\u2028sep'"],
    ["ärger 日本", "'ärger 日本'"],
  ])("repr(%j) is %s", (value, text) => expect(pythonStringRepr(value)).toBe(text));

  it.each([
    [0, "0"],
    [-3, "-3"],
    [9007199254740991, "9007199254740991"],
    [1e21, "1000000000000000000000"],
    [1.5, "1.5"],
    [0.0001, "0.0001"],
    [0.00001, "1e-05"],
    [1.5e-7, "1.5e-07"],
    [-2.5e-10, "-2.5e-10"],
  ])("%d prints as %s", (value, text) => expect(pythonNumber(value)).toBe(text));

  it("nests reprs", () => expect(pythonRepr([{ a: [1.5, "x'"] }])).toBe(`[{'a': [1.5, "x'"]}]`));
});
