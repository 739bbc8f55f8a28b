import { defineConfig } from "tsup";

// One self-contained file: every dependency is inlined so `node ocikit.js` runs from an empty folder.
export default defineConfig({
  entry: { ocikit: "src/main.ts" },
  format: ["esm"],
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
