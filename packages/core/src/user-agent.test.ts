import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CORE_VERSION, defaultUserAgent } from "./user-agent.js";

// The version is written into the source (reading package.json at run time would cost the import
// budget), so a release that bumps package.json must bump it too.
const packageJson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

describe("defaultUserAgent", () => {
  it("reports the version in package.json", () => {
    expect(CORE_VERSION).toBe(packageJson.version);
    expect(defaultUserAgent()).toBe(`ocikit-core/${packageJson.version} (Node/${process.version})`);
  });
});
