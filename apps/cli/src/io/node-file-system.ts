import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import type { CliFileSystem } from "../types.js";

/** The real filesystem behind `CliFileSystem` (the default when a caller passes none). */
export const nodeFileSystem: CliFileSystem = {
  readText: (path) => readFile(path, "utf8"),
  writeText: (path, text, mode) => writeFile(path, text, { mode }),
  chmod: (path, mode) => chmod(path, mode),
  mkdir: async (path, mode) => {
    await mkdir(path, { mode });
  },
  permissions: async (path) => {
    try {
      return (await stat(path)).mode & 0o777;
    } catch {
      return undefined;
    }
  },
  exists: async (path) => {
    try {
      await stat(path);
      return true;
    } catch {
      return false;
    }
  },
};
