// Which Chromium the browser tests use: a table of environments and machines.
import { describe, expect, it } from "vitest";
import { ChromiumChoiceError, DEBIAN_CHROMIUM, preferredSource } from "./chromium.js";

describe("preferredSource", () => {
  it.each([
    { env: {}, debian: true, source: "debian" },
    { env: {}, debian: false, source: "sparticuz" },
    { env: { OCIKIT_CHROMIUM: "" }, debian: true, source: "debian" },
    { env: { OCIKIT_CHROMIUM: "sparticuz" }, debian: true, source: "sparticuz" },
    { env: { OCIKIT_CHROMIUM: "sparticuz" }, debian: false, source: "sparticuz" },
    { env: { OCIKIT_CHROMIUM: "debian" }, debian: false, source: "debian" },
  ])("$env with Debian's chromium installed: $debian → $source", ({ env, debian, source }) => {
    expect(preferredSource(env, (path) => debian && path === DEBIAN_CHROMIUM)).toBe(source);
  });

  it("refuses an unknown choice with a message that lists the valid ones", () => {
    expect(() => preferredSource({ OCIKIT_CHROMIUM: "firefox" }, () => true)).toThrow(ChromiumChoiceError);
    expect(() => preferredSource({ OCIKIT_CHROMIUM: "firefox" }, () => true)).toThrow(/'sparticuz', 'debian'/);
  });
});
