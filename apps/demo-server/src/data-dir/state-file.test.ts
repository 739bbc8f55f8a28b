import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/demo-fixture.js";
import { checkStateFile } from "./state-file.js";

describe("checkStateFile", () => {
  it("creates a missing state file whole: SQLite, WAL mode, 0600, no temporary left", () => {
    const dir = tempDir();
    try {
      const file = join(dir, "state.db");
      writeFileSync(`${file}.creating`, "");
      expect(checkStateFile(file)).toEqual({ created: true });
      expect(statSync(file).size).toBeGreaterThan(0);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readdirSync(dir)).toEqual(["state.db"]);
      const db = new Database(file);
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      db.close();
      expect(checkStateFile(file)).toEqual({ created: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ["empty", "STATE_FILE_EMPTY", (f: string) => writeFileSync(f, "")],
    ["a directory", "STATE_FILE_UNREADABLE", (f: string) => mkdirSync(f)],
    // SQLite itself takes a file shorter than a page for an empty database.
    ["one byte of text", "STATE_FILE_UNREADABLE", (f: string) => writeFileSync(f, "x")],
    ["4 KiB of zeros", "STATE_FILE_UNREADABLE", (f: string) => writeFileSync(f, Buffer.alloc(4096))],
  ] as const)("%s → %s", (_name, code, make) => {
    const dir = tempDir();
    try {
      const file = join(dir, "state.db");
      make(file);
      expect(() => checkStateFile(file)).toThrow(expect.objectContaining({ code }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
