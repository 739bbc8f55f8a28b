import type { CliFileSystem } from "../../types.js";
import { dirname } from "node:path";

/**
 * Creates a folder and its missing parents, one level at a time. Node 20's `mkdir(…, { recursive: true })`
 * never settles for some impossible paths (e.g. under /proc), which would hang `setup keys`; walking up
 * by hand fails fast with the real error instead.
 */
export async function ensureDir(fs: CliFileSystem, dir: string, mode: number): Promise<void> {
  try {
    await fs.mkdir(dir, mode);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "EEXIST") return;
    const parent = dirname(dir);
    if (code !== "ENOENT" || parent === dir) throw error;
    await ensureDir(fs, parent, mode);
    await fs.mkdir(dir, mode);
  }
}
