// The package entry must stay cheap to import (≤ 15 ms over bare node): node:crypto, the signer
// and the operation tables are reached only through the lazy attempt runtime. This walks the
// static (value) imports from index.ts and fails if one of them sneaks back in.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const srcDir = dirname(fileURLToPath(import.meta.url));
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["'];?/gm;

function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(srcDir, file), "utf8");
    for (const [, specifier = ""] of text.matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith("./")) visit(join(dirname(file), specifier).replace(/\.js$/, ".ts"));
      else seen.add(specifier);
    }
  };
  visit(entry);
  return seen;
}

describe("import graph of the package entry", () => {
  const graph = staticGraph("index.ts");

  it.each([
    "node:crypto",
    "crypto",
    "@ocikit/signer",
    "@ocikit/signer/config",
    "attempt-runtime.ts",
    "types/operation-ids.ts",
  ])("does not load %s at import time", (module) => {
    expect(graph.has(module)).toBe(false);
  });

  it("sees the modules it does load (the walk works)", () => {
    expect(graph).toContain("openapi-fetch");
    expect(graph).toContain("create-core-client.ts");
    expect(graph).toContain("load-attempt-runtime.ts");
    // The error base class only: a module with no imports of its own.
    expect(graph).toContain("@ocikit/signer/errors");
  });
});
