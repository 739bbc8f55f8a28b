import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The console's front-end, built into the server package (dist/console) at build time: every asset is
// served by the demo server itself, nothing from a CDN, so the console works offline.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/_ocikit/console/",
  logLevel: "warn",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: fileURLToPath(new URL("../dist/console", import.meta.url)),
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 400,
  },
});
