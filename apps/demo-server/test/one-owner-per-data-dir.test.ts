// Issue 12, item 4: one server per data directory, and a state file that is whole or an error.
// A second server (in this process, or another process) is refused with "already in use by pid N";
// of five simultaneous starts of the command exactly one runs and the others exit 1 cleanly; a
// zero-length, foreign or damaged state.db stops the start with a clear message, and never leads to a
// new identity over the key and config files of the old one.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, openSync, writeSync, closeSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { startDemoServer } from "../src/index.js";
import { startFixture, tempDir } from "./demo-fixture.js";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));

interface Run {
  pid: number;
  /** Resolves with the URL once the server listens, or with the exit once it exits. */
  outcome: Promise<{ listening: string } | { code: number | null; stderr: string }>;
  stop(): Promise<void>;
}

function runCommand(dataDir: string): Run {
  const child = spawn(process.execPath, [main, "--port", "0", "--data", dataDir, "--lifecycle", "immediate"], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const outcome = new Promise<{ listening: string } | { code: number | null; stderr: string }>((resolve) => {
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
      const m = /listening on (\S+)\n/.exec(stdout);
      if (m !== null) resolve({ listening: m[1] as string });
    });
    void exited.then((code) => resolve({ code, stderr }));
  });
  return {
    pid: child.pid as number,
    outcome,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

function snapshot(dir: string, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, readFileSync(join(dir, n), "utf8")]));
}

describe("one server per data directory", () => {
  it("a second server in the same process is refused with the owner's pid; after close it starts", async () => {
    const first = await startFixture();
    try {
      await expect(startDemoServer({ dataDir: first.dataDir, port: 0, log: () => {} })).rejects.toMatchObject({
        code: "DATA_DIR_IN_USE",
        message: expect.stringContaining(`already in use by pid ${process.pid}`),
      });
      // The first one is unharmed.
      expect((await first.api("GET", `/volumes?compartmentId=${first.server.compartmentId}`)).status).toBe(200);
    } finally {
      await first.server.close();
    }
    const again = await startDemoServer({ dataDir: first.dataDir, port: 0, log: () => {} });
    expect(again.tenancyId).toBe(first.server.tenancyId);
    await again.close();
    rmSync(first.dataDir, { recursive: true, force: true });
  });

  it("a second command on the directory exits 1 with 'already in use by pid N' (N: the running one)", async () => {
    const dataDir = tempDir();
    const owner = runCommand(dataDir);
    try {
      expect(await owner.outcome).toHaveProperty("listening");
      const second = runCommand(dataDir);
      const result = await second.outcome;
      expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining(`already in use by pid ${owner.pid}`) });
      expect((result as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
    } finally {
      await owner.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("five simultaneous starts on a new directory: exactly one runs, four exit 1 cleanly", async () => {
    const dataDir = tempDir();
    const runs = Array.from({ length: 5 }, () => runCommand(dataDir));
    try {
      const outcomes = await Promise.all(runs.map((r) => r.outcome));
      const winners = outcomes.filter((o) => "listening" in o);
      expect(winners).toHaveLength(1);
      const winnerPid = runs[outcomes.findIndex((o) => "listening" in o)]?.pid;
      for (const o of outcomes.filter((x) => !("listening" in x)) as { code: number; stderr: string }[]) {
        expect(o.code).toBe(1);
        expect(o.stderr).toMatch(new RegExp(`already in use by (pid ${winnerPid}|another process)`));
        expect(o.stderr).not.toMatch(/\n\s+at |unexpected error|SQLITE/);
      }
      const url = (winners[0] as { listening: string }).listening;
      expect((await fetch(`${url}/health`)).status).toBe(200);
    } finally {
      await Promise.all(runs.map((r) => r.stop()));
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("the state file is whole or an error at start", () => {
  async function madeDir(): Promise<{ dataDir: string; files: Record<string, string> }> {
    const f = await startFixture();
    await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId });
    await f.server.close();
    return { dataDir: f.dataDir, files: snapshot(f.dataDir, ["oci_api_key.pem", "config", "admin-token"]) };
  }

  function corruptTable(file: string): void {
    const db = new Database(file);
    const pageSize = db.pragma("page_size", { simple: true }) as number;
    // Enough rows for the table to need interior pages; then overwrite its root page's header.
    db.exec("CREATE TABLE filler (x TEXT)");
    const insert = db.prepare("INSERT INTO filler VALUES (?)");
    db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run("x".repeat(200));
    })();
    const root = (db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'filler'").get() as { rootpage: number }).rootpage;
    db.close();
    const fd = openSync(file, "r+");
    writeSync(fd, Buffer.alloc(16, 0xff), 0, 16, (root - 1) * pageSize);
    closeSync(fd);
  }

  it.each([
    ["zero-length", "STATE_FILE_EMPTY", (file: string) => truncateSync(file, 0), "is empty (0 bytes)"],
    ["not SQLite", "STATE_FILE_UNREADABLE", (file: string) => writeFileSync(file, "this is not a database ".repeat(400)), "is not an SQLite database"],
    ["a damaged page", "STATE_FILE_CORRUPT", corruptTable, "quick_check"],
  ] as const)("%s state.db → %s at start; key, config and admin-token stay as they were", async (_name, code, damage, says) => {
    const { dataDir, files } = await madeDir();
    try {
      damage(join(dataDir, "state.db"));
      const sizeBefore = statSync(join(dataDir, "state.db")).size;
      await expect(startDemoServer({ dataDir, port: 0, log: () => {} })).rejects.toMatchObject({
        code,
        message: expect.stringContaining(says),
      });
      expect(snapshot(dataDir, Object.keys(files))).toEqual(files);
      expect(statSync(join(dataDir, "state.db")).size).toBe(sizeBefore);
      // The failed start released the directory: no stray lock holder, no pid file.
      expect(readdirSync(dataDir)).not.toContain("server.pid");
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("the command says so and exits 1 on a zero-length state.db", async () => {
    const { dataDir } = await madeDir();
    try {
      truncateSync(join(dataDir, "state.db"), 0);
      const result = await runCommand(dataDir).outcome;
      expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining("is empty (0 bytes)") });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("a deleted state.db with the old key and config still there: refused, nothing overwritten", async () => {
    const { dataDir, files } = await madeDir();
    try {
      rmSync(join(dataDir, "state.db"));
      await expect(startDemoServer({ dataDir, port: 0, log: () => {} })).rejects.toMatchObject({ code: "FILE_CONFLICT" });
      expect(snapshot(dataDir, Object.keys(files))).toEqual(files);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
