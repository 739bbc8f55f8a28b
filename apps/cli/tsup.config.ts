import { defineConfig } from "tsup";

// One self-contained file: every dependency is inlined so `node ocikit.cjs` runs from an empty folder.
// CommonJS on purpose: Node's CommonJS loader starts measurably faster than its ES module loader, and
// start-up is most of what a `--version` or a one-shot command costs.
export default defineConfig({
  entry: { ocikit: "src/main.ts" },
  format: ["cjs"],
  outExtension: () => ({ js: ".cjs" }),
  target: "node20",
  platform: "node",
  bundle: true,
  noExternal: [/.*/],
  splitting: false,
  dts: false,
  clean: true,
  minify: false,
  banner: { js: "#!/usr/bin/env node" },
});
