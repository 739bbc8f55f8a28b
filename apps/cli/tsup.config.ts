import { writeFile } from "node:fs/promises";
import { defineConfig } from "tsup";

// One self-contained file: every dependency is inlined so `node ocikit.js` runs from an empty folder.
// CommonJS on purpose: Node's CommonJS loader starts measurably faster than its ES module loader, and
// start-up is most of what a `--version` or a one-shot command costs. dist/package.json marks the
// folder as CommonJS, since the package itself is "type": "module"; copied alone into a folder with no
// package.json, a .js file is CommonJS by default.
export default defineConfig({
  entry: { ocikit: "src/main.ts" },
  format: ["cjs"],
  outExtension: () => ({ js: ".js" }),
  target: "node20",
  platform: "node",
  bundle: true,
  noExternal: [/.*/],
  splitting: false,
  dts: false,
  clean: true,
  minify: false,
  banner: { js: "#!/usr/bin/env node" },
  onSuccess: () => writeFile("dist/package.json", '{\n  "type": "commonjs"\n}\n'),
});
