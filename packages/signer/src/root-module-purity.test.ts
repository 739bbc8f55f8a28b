// The root entry point must stay free of filesystem and environment access (DESIGN: "the root module
// touches no filesystem and no environment"); only src/config/ may reach for them.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const srcDir = dirname(fileURLToPath(import.meta.url));
const rootSources = readdirSync(srcDir).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".fixture.ts") && f !== "test-keys.ts",
);
const FORBIDDEN = [
  /from "node:fs/,
  /from "node:os"/,
  /from "node:child_process"/,
  /process\.env/,
  /from "\.\/config\//,
];

describe("root module purity", () => {
  it("has source files to check", () => expect(rootSources).toContain("sign-request.ts"));
  for (const file of rootSources) {
    it(`${file} uses no filesystem, environment or config code`, () => {
      const text = readFileSync(join(srcDir, file), "utf8");
      for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern);
    });
  }
});
