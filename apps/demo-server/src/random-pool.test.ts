import { describe, expect, it } from "vitest";
import { pooledRandomBytes } from "./random-pool.js";

describe("pooledRandomBytes", () => {
  it.each([1, 16, 60, 4096, 5000])("gives %i bytes, never the same bytes twice, across refills", (length) => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const bytes = pooledRandomBytes(length);
      expect(bytes.length).toBe(length);
      seen.add(bytes.toString("hex"));
    }
    // 200 draws of >= 8 random bits each: a repeat of every one would mean a reused pool.
    expect(seen.size).toBeGreaterThan(length === 1 ? 100 : 199);
  });

  it("keeps earlier views intact after the pool is refilled", () => {
    const first = pooledRandomBytes(16);
    const copy = Buffer.from(first);
    for (let i = 0; i < 600; i++) pooledRandomBytes(16); // > 4 KiB: at least one refill
    expect(first.equals(copy)).toBe(true);
  });
});
