import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "types/index": "src/types/index.ts" },
  format: ["esm"],
  target: "node20",
  dts: true,
  clean: true,
  sourcemap: true,
});
