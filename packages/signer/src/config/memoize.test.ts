import { describe, expect, it } from "vitest";
import { memoize } from "./memoize.js";

describe("memoize", () => {
  it("resolves once and shares the value with concurrent and later callers", async () => {
    let calls = 0;
    const provider = memoize(async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      return { n: calls };
    });
    const [a, b] = await Promise.all([provider(), provider()]);
    const c = await provider();
    expect(calls).toBe(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
  });

  it("does not cache failures", async () => {
    let calls = 0;
    const provider = memoize(async () => {
      calls++;
      if (calls === 1) throw new Error("transient");
      return "ok";
    });
    await expect(provider()).rejects.toThrow("transient");
    await expect(provider()).resolves.toBe("ok");
    expect(calls).toBe(2);
  });
});
