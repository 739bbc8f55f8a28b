import { readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/demo-fixture.js";
import { lockDataDir, LOCK_FILE, PID_FILE } from "./data-dir-lock.js";

const noSleep = async () => {};

describe("lockDataDir", () => {
  it("records the owner's pid (0600), refuses a second lock naming it, and frees the directory on release", async () => {
    const dir = tempDir();
    try {
      const lock = await lockDataDir(dir, { pid: 4242, isAlive: () => true });
      expect(readFileSync(join(dir, PID_FILE), "utf8")).toBe("4242\n");
      for (const name of [LOCK_FILE, PID_FILE]) expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
      await expect(lockDataDir(dir, { pid: 5, isAlive: (pid) => pid === 4242 })).rejects.toMatchObject({
        code: "DATA_DIR_IN_USE",
        pid: 4242,
        message: expect.stringContaining("already in use by pid 4242"),
      });
      lock.release();
      lock.release();
      expect(existsSync(join(dir, PID_FILE))).toBe(false);
      const next = await lockDataDir(dir, { pid: 5 });
      expect(readFileSync(join(dir, PID_FILE), "utf8")).toBe("5\n");
      next.release();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a stale pid file (dead process, e.g. after kill -9) neither blocks a start nor names the wrong owner", async () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, PID_FILE), "999999\n");
      const lock = await lockDataDir(dir, { pid: 7 });
      expect(readFileSync(join(dir, PID_FILE), "utf8")).toBe("7\n");
      // While the owner has not yet written its pid, a loser waits for it, then says "another process".
      writeFileSync(join(dir, PID_FILE), "999999\n");
      let slept = 0;
      const sleep = async (ms: number) => {
        slept += ms;
      };
      await expect(lockDataDir(dir, { pid: 8, isAlive: () => false, ownerWaitMs: 100, sleep })).rejects.toMatchObject({
        pid: undefined,
        message: expect.stringContaining("already in use by another process"),
      });
      expect(slept).toBeGreaterThanOrEqual(100);
      lock.release();
      // The release never removes a pid file that is not its own.
      expect(readFileSync(join(dir, PID_FILE), "utf8")).toBe("999999\n");
      (await lockDataDir(dir, { pid: 9, sleep: noSleep })).release();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
