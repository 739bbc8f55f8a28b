import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "config/index": "src/config/index.ts", errors: "src/errors.ts" },
  format: ["esm"],
  target: "node20",
  dts: true,
  clean: true,
  sourcemap: true,
});
