import { describe, expect, it } from "vitest";
import { chain } from "./chain.js";
import { ConfigError } from "./config-error.js";

const absent = (what: string) => async (): Promise<string> => {
  throw new ConfigError("NO_CREDENTIALS", `${what} not configured`, { tryNextLink: true });
};
const broken = async (): Promise<string> => {
  throw new ConfigError("INVALID_CONFIG", "broken config");
};
const value = (v: string) => async () => v;

describe("chain", () => {
  const rows: Array<{ name: string; providers: Array<() => Promise<string>>; result?: string; error?: RegExp }> = [
    { name: "returns the first value", providers: [value("a"), value("b")], result: "a" },
    {
      name: "skips providers that have nothing (tryNextLink)",
      providers: [absent("env"), absent("file"), value("c")],
      result: "c",
    },
    {
      name: "stops at a broken provider instead of hiding it",
      providers: [broken, value("never")],
      error: /broken config/,
    },
    {
      name: "stops at a plain error",
      providers: [
        async () => {
          throw new Error("boom");
        },
        value("never"),
      ],
      error: /boom/,
    },
    {
      name: "throws the last skip error when all are empty",
      providers: [absent("env"), absent("file")],
      error: /file not configured/,
    },
    { name: "refuses an empty chain", providers: [], error: /without providers/ },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      const run = chain(...row.providers)();
      if (row.error) await expect(run).rejects.toThrow(row.error);
      else await expect(run).resolves.toBe(row.result);
    });
  }

  it("does not call providers after the one that answered", async () => {
    let called = 0;
    await chain(value("a"), async () => {
      called++;
      return "b";
    })();
    expect(called).toBe(0);
  });
});
