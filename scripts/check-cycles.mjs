#!/usr/bin/env node
// Fails when the import graph has a cycle. Every source file of every workspace package and app is an
// entry point (so every package's and app's entries are covered, and so is any file they do not reach
// yet); `import type` and dynamic `import()` edges count too: a type cycle is still a cycle to untangle.
// Uses dpdm (pinned in the catalog) as a library; prints each cycle as a chain of files.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseCircular, parseDependencyTree } from "dpdm";

const root = new URL("..", import.meta.url).pathname;

// Cycles allowed for now (none): listed by their files; any other cycle fails the check. When one of
// these is gone the script says so: delete its entry then.
const KNOWN = [];

const SOURCE = /\.(?:[cm]?ts|tsx|[cm]?js)$/;
function sources(dir) {
  let out = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(sources(path));
    else if (SOURCE.test(name) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

function workspaceDirs() {
  const dirs = [join(root, "spec")];
  for (const group of ["packages", "apps"]) {
    for (const name of readdirSync(join(root, group))) dirs.push(join(root, group, name));
  }
  return dirs;
}

const entries = [];
for (const dir of workspaceDirs()) {
  for (const sub of ["src", "test"]) {
    const path = join(dir, sub);
    try {
      if (statSync(path).isDirectory()) entries.push(...sources(path));
    } catch {
      // no such folder
    }
  }
}

const tree = await parseDependencyTree(
  entries.map((file) => relative(root, file)),
  {
    cwd: root,
    context: root,
    transform: false,
    skipDynamicImports: false,
    exclude: /node_modules|\/dist\//,
    onProgress: () => {},
  },
);
const cycles = parseCircular(tree, false);

const key = (files) => [...files].sort().join("\n");
const known = new Map(KNOWN.map((files) => [key(files), files]));
const seen = new Set();
const unexpected = [];
for (const cycle of cycles) {
  const k = key(cycle);
  if (known.has(k)) seen.add(k);
  else unexpected.push(cycle);
}

console.log(
  `import graph: ${Object.keys(tree).length} modules from ${entries.length} entry files, ${cycles.length} cycle(s)`,
);
for (const [k, files] of known) {
  console.log(
    seen.has(k)
      ? `known cycle (being removed on its branch): ${files.join(" -> ")}`
      : `known cycle gone: delete it from KNOWN in scripts/check-cycles.mjs: ${files.join(" -> ")}`,
  );
}
if (unexpected.length > 0) {
  console.log(`\n${unexpected.length} import cycle(s); break each one (move the shared part into its own module):`);
  for (const [i, cycle] of unexpected.entries()) console.log(`  ${i + 1}) ${[...cycle, cycle[0]].join(" -> ")}`);
  process.exit(1);
}
console.log("no new import cycles");
