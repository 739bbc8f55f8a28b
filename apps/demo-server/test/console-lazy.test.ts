// The console costs nothing at start-up: in the built server (dist/, what `ocikit-demo-server` runs),
// the console's code is reached from main.js only through a dynamic import(), never a static one.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const STATIC = /(?:^|\n)\s*(?:import|export)\s*(?:[^"'();]*?\sfrom\s*)?["'](\.\/[^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*["'](\.\/[^"']+)["']\s*\)/g;
/** Definitions that only the console's own code holds. */
const CONSOLE_MARKERS = ["function createConsoleHandler(", "function mintSession(", "StaticAssets = class", "function createStoreConsoleData("];

/** Every file of dist/ that loading `entry` loads (static imports, transitively). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(join(DIST, file), "utf8").matchAll(STATIC)) visit((m[1] as string).slice(2));
  };
  visit(entry);
  return seen;
}

describe.runIf(existsSync(join(DIST, "main.js")))("the built server loads the console lazily", () => {
  const loaded = staticGraph("main.js");
  const code = [...loaded].map((f) => readFileSync(join(DIST, f), "utf8")).join("\n");

  it("main.js statically loads the request log (the onRequest slot) but not the console handler, its auth or its assets", () => {
    expect(code).toMatch(/\bRequestLog = class\b|class RequestLog\b/);
    for (const marker of CONSOLE_MARKERS) {
      expect(code, marker).not.toContain(marker);
    }
  });

  it("the console is one dynamic import away, in a chunk of its own", () => {
    const lazy = [...code.matchAll(DYNAMIC)].map((m) => (m[1] as string).slice(2));
    const consoleChunk = lazy.find((f) => readFileSync(join(DIST, f), "utf8").includes("function createConsoleHandler("));
    expect(consoleChunk).toBeDefined();
    expect(loaded.has(consoleChunk as string)).toBe(false);
    expect(readdirSync(DIST)).toContain(consoleChunk);
    const chunk = readFileSync(join(DIST, consoleChunk as string), "utf8");
    for (const marker of CONSOLE_MARKERS) expect(chunk, marker).toContain(marker);
  });
});
