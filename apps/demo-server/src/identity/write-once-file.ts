import { readFileSync, writeFileSync } from "node:fs";
import { FileConflictError } from "../data-dir/data-dir-errors.js";

/** Filesystem calls of {@link writeOnce}, injectable for tests. */
export interface WriteOnceFs {
  /** The file's text, or undefined when it does not exist (other errors throw). */
  readFile(path: string): string | undefined;
  /** Creates the file with `mode`; fails if it exists (never replaces a file). */
  createFile(path: string, data: string, mode: number): void;
}

export const nodeWriteOnceFs: WriteOnceFs = {
  readFile(path) {
    try {
      return readFileSync(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  },
  createFile(path, data, mode) {
    // "wx": O_CREAT|O_EXCL, with the mode given at creation (a secret is never readable by others, not even briefly).
    writeFileSync(path, data, { mode, flag: "wx" });
  },
};

/**
 * Writes `content` to `path` only if the file does not exist. An existing file with the same content
 * (by `same`, default equality) is left alone; one with other content is never overwritten:
 * {@link FileConflictError} with `conflict` as its message.
 */
export function writeOnce(
  path: string,
  content: string,
  mode: number,
  conflict: string,
  fs: WriteOnceFs = nodeWriteOnceFs,
  same: (existing: string, wanted: string) => boolean = (a, b) => a === b,
): void {
  const existing = fs.readFile(path);
  if (existing === undefined) fs.createFile(path, content, mode);
  else if (!same(existing, content)) throw new FileConflictError(path, conflict);
}
