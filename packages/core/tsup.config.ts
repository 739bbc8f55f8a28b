import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "types/index": "src/types/index.ts",
    // Loaded by the entry on the first request (src/load-attempt-runtime.ts), never at import.
    "attempt-runtime": "src/attempt-runtime.ts",
  },
  format: ["esm"],
  target: "node20",
  dts: { entry: { index: "src/index.ts", "types/index": "src/types/index.ts" } },
  clean: true,
  sourcemap: true,
  // One file per entry: every extra chunk is one more module to resolve and load at import time
  // (the budget is 15 ms over bare node; bench/client.bench.mjs). The lazy runtime stays a
  // separate file because its import is left external, and openapi-fetch (one small file) is inlined.
  splitting: false,
  // The error base (@ocikit/signer/errors: one small class, no imports) is inlined too, so importing
  // core loads no signer module; OciError's instanceof holds across copies. Types still refer to it.
  noExternal: ["openapi-fetch", "@ocikit/signer/errors"],
  esbuildOptions(options) {
    options.external = [...(options.external ?? []), "./attempt-runtime.js"];
  },
});
