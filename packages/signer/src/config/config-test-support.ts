// Test-only helpers: real files in a temp dir, real keys.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TempDir {
  path: string;
  write(name: string, content: string): string;
  remove(): void;
}

export function tempDir(prefix = "ocikit-config-"): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    write(name, content) {
      const file = join(path, name);
      writeFileSync(file, content, { mode: 0o600 });
      return file;
    },
    remove() {
      rmSync(path, { recursive: true, force: true });
    },
  };
}
