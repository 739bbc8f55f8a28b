// Packs the publishable workspaces with `pnpm pack` (which rewrites workspace: ranges to real versions)
// into one folder, and returns { name, dir, tarball } for each.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const root = new URL("../..", import.meta.url).pathname;
export const publishable = ["packages/signer", "packages/core", "apps/cli"];

export function packAll(outDir = mkdtempSync(join(tmpdir(), "ocikit-pack-"))) {
  mkdirSync(outDir, { recursive: true });
  return publishable.map((dir) => {
    const before = new Set(readdirSync(outDir));
    execFileSync("pnpm", ["pack", "--pack-destination", outDir], {
      cwd: join(root, dir),
      stdio: ["ignore", "ignore", "inherit"],
    });
    const tarball = readdirSync(outDir).find((f) => f.endsWith(".tgz") && !before.has(f));
    if (!tarball) throw new Error(`pnpm pack produced no tarball for ${dir}`);
    const { name } = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
    return { name, dir, tarball: join(outDir, tarball) };
  });
}
