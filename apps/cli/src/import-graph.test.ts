// No import cycles in the CLI, counting type-only and lazy (`import("…")`) imports too: a cycle of types
// is still a knot between layers. types.ts is the leaf every layer may import.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const srcDir = dirname(fileURLToPath(import.meta.url));
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)["'](\.{1,2}\/[^"']+)\.js["']/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(IMPORT)].map(([, specifier = ""]) => relative(srcDir, join(dirname(file), `${specifier}.ts`)));
    graph.set(relative(srcDir, file), targets);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, as the list of files around it. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "active" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "active");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "active") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (state.get(next) === undefined) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (state.get(node) === undefined) visit(node);
  return cycles;
}

describe("the CLI's import graph", () => {
  const graph = importGraph();

  it("sees the modules and their imports (the walk works)", () => {
    expect(graph.get("run.ts")).toContain("commands/command-tree.ts");
    expect(graph.get("run.ts")).toContain("engine/run-operation.ts");
    expect(graph.get("commands/command-tree.ts")).toContain("commands/custom/raw-request.ts");
    expect(findCycles(new Map([["a.ts", ["b.ts"]], ["b.ts", ["a.ts"]]]))).toEqual([["a.ts", "b.ts", "a.ts"]]);
  });

  it("has no cycles, counting type and lazy imports", () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it("keeps types.ts a leaf", () => {
    expect(graph.get("types.ts")).toEqual([]);
  });

  it("keeps node:fs out of everything but the default filesystem", () => {
    const users = sourceFiles(srcDir).filter((file) => /from\s+["']node:fs/.test(readFileSync(file, "utf8"))).map((file) => relative(srcDir, file));
    expect(users).toEqual(["io/node-file-system.ts"]);
  });
});
