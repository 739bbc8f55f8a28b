import { chmodSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/demo-fixture.js";
import { preparePrivateDataDir } from "./private-data-dir.js";

describe("preparePrivateDataDir", () => {
  it("creates missing directories 0700 whatever the umask", () => {
    const parent = tempDir();
    const before = process.umask(0o000);
    try {
      preparePrivateDataDir(join(parent, "a", "b"));
      expect(statSync(join(parent, "a", "b")).mode & 0o777).toBe(0o700);
    } finally {
      process.umask(before);
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it.each([
    [0o755, "mode 0755"],
    [0o770, "mode 0770"],
    [0o707, "mode 0707"],
  ])("refuses an existing directory with mode %o (%s) and changes nothing", (mode, says) => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, "state.db"), "x", { mode: 0o644 });
      chmodSync(dir, mode);
      expect(() => preparePrivateDataDir(dir)).toThrow(expect.objectContaining({ code: "DATA_DIR_NOT_PRIVATE", message: expect.stringContaining(says) }));
      expect(statSync(dir).mode & 0o777).toBe(mode);
      expect(statSync(join(dir, "state.db")).mode & 0o777).toBe(0o644);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a directory of another user, and a path that is a file", () => {
    const dir = tempDir();
    try {
      const owner = statSync(dir).uid;
      expect(() => preparePrivateDataDir(dir, { uid: owner + 1 })).toThrow(/belongs to uid/);
      writeFileSync(join(dir, "file"), "");
      expect(() => preparePrivateDataDir(join(dir, "file"))).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sets readable files in a private directory to 0600, leaves subdirectories alone", () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, "state.db-wal"), "", { mode: 0o644 });
      writeFileSync(join(dir, "config"), "", { mode: 0o604 });
      mkdirSync(join(dir, "sub"), { mode: 0o755 });
      chmodSync(join(dir, "sub"), 0o755);
      preparePrivateDataDir(dir);
      expect(statSync(join(dir, "state.db-wal")).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, "config")).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, "sub")).mode & 0o777).toBe(0o755);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
