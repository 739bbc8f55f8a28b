import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../../test/demo-fixture.js";
import { openDatabase, SchemaTooNewError } from "./open-database.js";

describe("openDatabase", () => {
  it("applies migrations once, in order, in WAL mode with synchronous=FULL", () => {
    const dir = tempDir();
    const file = join(dir, "state.db");
    const migrations = ["CREATE TABLE a (x)", "CREATE TABLE b (y)"];
    const db = openDatabase(file, migrations.slice(0, 1));
    expect(db.pragma("user_version", { simple: true })).toBe(1);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(2);
    // Savepoint journals of a group commit stay in memory (2 = MEMORY): no temp-file page writes per job.
    expect(db.pragma("temp_store", { simple: true })).toBe(2);
    db.close();
    const upgraded = openDatabase(file, migrations);
    expect(upgraded.pragma("user_version", { simple: true })).toBe(2);
    expect(upgraded.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()).toEqual(["a", "b"]);
    upgraded.close();
    expect(() => openDatabase(file, migrations.slice(0, 1))).toThrow(SchemaTooNewError);
    rmSync(dir, { recursive: true, force: true });
  });

  it("rolls back a failing migration", () => {
    const dir = tempDir();
    const file = join(dir, "state.db");
    expect(() => openDatabase(file, ["CREATE TABLE a (x)", "CREATE TABLE a (x)"])).toThrow();
    const db = openDatabase(file, ["CREATE TABLE a (x)"]);
    expect(db.pragma("user_version", { simple: true })).toBe(1);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
