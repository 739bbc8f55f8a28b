// The built command (dist/main.js), as users run it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDir } from "../test/demo-fixture.js";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));

describe("ocikit-demo-server command", () => {
  it("prints one 'listening on' line, writes the config, and exits 0 on SIGTERM", async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [main, "--port", "0", "--data", dir, "--lifecycle", "immediate"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (c: Buffer) => {
        stdout += c.toString();
        const m = /^listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
        if (m !== null) resolve(m[1] as string);
      });
      child.once("exit", (code) => reject(new Error(`exited early with ${code}: ${stderr}`)));
    });
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(existsSync(join(dir, "config"))).toBe(true);
    expect(stderr).toContain(`--config-file ${join(dir, "config")}`);
    expect(stderr).toContain(`--endpoint ${url}/20160918`);
    // The admin token is a secret: the hints point at its file and never print it.
    expect(stderr).toContain(`Bearer $(cat ${join(dir, "admin-token")})`);
    expect(stderr).not.toContain(readFileSync(join(dir, "admin-token"), "utf8").trim());
    const code = await new Promise<number | null>((resolve) => {
      child.once("exit", (c) => resolve(c));
      child.kill("SIGTERM");
    });
    expect(code).toBe(0);
    expect(stdout).toBe(`listening on ${url}\n`);
    expect(stderr).not.toMatch(/\n\s+at /);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    [["--port", "nope"], 2, "--port"],
    [["--bogus"], 2, "bogus"],
    [["--region", "mars-north-1", "--port", "0"], 1, "Unknown region"],
    [["--database", "mysql://root:hunter2@db/x"], 2, "is not a PostgreSQL URL"],
    [["--port", "0"], 2, "names no database", { OCIKIT_DATABASE_URL: "postgres://root:hunter2@db.internal" }],
    // Port 1 on loopback: nothing listens there.
    [["--port", "0", "--database", "postgres://app:hunter2@127.0.0.1:1/ocikit"], 1, "Cannot reach PostgreSQL at postgres://app:***@127.0.0.1:1/ocikit"],
  ])("%j exits %i with a clear message and no stack trace", (argv, status, mentions, env: Record<string, string> = {}) => {
    const dir = tempDir();
    const r = spawnSync(process.execPath, [main, "--data", dir, ...argv], { encoding: "utf8", timeout: 20_000, env: { ...process.env, ...env } });
    expect(r.status).toBe(status);
    expect(r.stderr).toContain(mentions);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toContain("hunter2");
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints help and version", () => {
    const help = spawnSync(process.execPath, [main, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--trust-config FILE");
    const version = spawnSync(process.execPath, [main, "--version"], { encoding: "utf8" });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
