import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../../test/demo-fixture.js";
import { openDatabase } from "./open-database.js";
import { WriteBatcher } from "./write-batcher.js";

describe("WriteBatcher", () => {
  it("commits concurrent jobs together, rolling back only the job that throws", async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, "t.db"), ["CREATE TABLE t (v TEXT UNIQUE)"]);
    const insert = db.prepare("INSERT INTO t (v) VALUES (?)");
    const batcher = new WriteBatcher(db);
    const results = await Promise.allSettled([
      batcher.run(async () => insert.run("a").changes),
      batcher.run(async () => {
        insert.run("b");
        await Promise.resolve();
        insert.run("a"); // violates UNIQUE: this job's "b" must be undone too
      }),
      batcher.run(async () => insert.run("c").changes),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(db.prepare("SELECT v FROM t ORDER BY v").pluck().all()).toEqual(["a", "c"]);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("splits more jobs than maxBatch over several transactions, in order", async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, "t.db"), ["CREATE TABLE t (n INTEGER)"]);
    const insert = db.prepare("INSERT INTO t (n) VALUES (?)");
    const batcher = new WriteBatcher(db, 2);
    await Promise.all([1, 2, 3, 4, 5].map((n) => batcher.run(async () => insert.run(n))));
    expect(db.prepare("SELECT n FROM t ORDER BY rowid").pluck().all()).toEqual([1, 2, 3, 4, 5]);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("never overlaps two jobs, even when they await: each job sees the previous one's writes", async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, "t.db"), ["CREATE TABLE t (n INTEGER)"]);
    const count = db.prepare("SELECT count(*) FROM t").pluck();
    const insert = db.prepare("INSERT INTO t (n) VALUES (?)");
    const batcher = new WriteBatcher(db);
    let active = 0;
    const seen = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        batcher.run(async () => {
          active++;
          const before = count.get() as number;
          await new Promise((r) => setTimeout(r, 5));
          insert.run(n);
          expect(active).toBe(1);
          active--;
          return before;
        }),
      ),
    );
    expect(seen).toEqual([0, 1, 2, 3]);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("rejects every job of a batch whose commit fails", async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, "t.db"), ["CREATE TABLE t (n INTEGER)"]);
    const batcher = new WriteBatcher(db);
    const pending = batcher.run(async () => 1);
    db.close(); // the transaction cannot even begin
    await expect(pending).rejects.toThrow();
    rmSync(dir, { recursive: true, force: true });
  });
});
