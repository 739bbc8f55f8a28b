import { execFile, spawn } from "node:child_process";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolumeGroup, startHarness, type Harness } from "./harness.js";
import pkg from "../package.json" with { type: "json" };

const exec = promisify(execFile);
const BUNDLE = fileURLToPath(new URL("../dist/ocikit.js", import.meta.url));

let h: Harness;
let dir: string;

beforeAll(async () => {
  h = await startHarness({ polls: 1 });
  // The bundle alone, in an empty folder: no node_modules to fall back on.
  dir = await mkdtemp(join(tmpdir(), "ocikit-bundle-"));
  await copyFile(BUNDLE, join(dir, "ocikit.js"));
});
afterAll(async () => {
  await h.close();
  await rm(dir, { recursive: true, force: true });
});

async function ocikit(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [join(dir, "ocikit.js"), ...args], { cwd: dir, env: { PATH: process.env["PATH"] ?? "", HOME: dir, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("the one-file bundle, copied alone into an empty folder", () => {
  it.each([["--version"], ["-v"]])("prints the package version for %s", async (flag) => {
    expect(await ocikit([flag])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("gets a backup from the demo server, with the exit codes of the OCI CLI", async () => {
    const { volumeGroupId } = await createVolumeGroup(h);
    const created = await h.json(["bv", "volume-group-backup", "create", "--volume-group-id", volumeGroupId, "--display-name", "bundled"]);
    const env = { OCI_CLI_CONFIG_FILE: h.server.configPath };
    const got = await ocikit(["bv", "volume-group-backup", "get", "--volume-group-backup-id", created["data"]["id"], "--endpoint", h.endpoint, "--query", 'data."display-name"', "--raw-output"], env);
    expect(got).toEqual({ code: 0, stdout: "bundled\n", stderr: "" });
    const missing = await ocikit(["bv", "volume-group-backup", "get", "--volume-group-backup-id", "ocid1.volumegroupbackup.oc1.iad.gone", "--endpoint", h.endpoint], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^ServiceError:\n/);
    const bad = await ocikit(["bv", "volume-group-backup", "get", "--bogus"]);
    expect(bad.code).toBe(2);
  });

  it("ends a wait on Ctrl-C with Aborted! and exit 1, without a stack trace", async () => {
    const { volumeGroupId } = await createVolumeGroup(h);
    // COMMITTED never comes for a backup that is already past it, so the wait lasts until interrupted.
    const child = spawn(process.execPath, [join(dir, "ocikit.js"), "bv", "volume-group-backup", "create", "--volume-group-id", volumeGroupId, "--wait-for-state", "COMMITTED", "--wait-interval-seconds", "1", "--endpoint", h.endpoint, "--config-file", h.server.configPath], { cwd: dir });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => void (stdout += chunk.toString()));
    const waiting = new Promise<void>((resolve) =>
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes("Waiting until the resource has entered state")) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    await waiting;
    child.kill("SIGINT");
    expect(await exited).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/\nAborted!\n$/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("keeps stdout whole when the reader of stderr goes away", async () => {
    const { volumeGroupId } = await createVolumeGroup(h);
    const child = spawn(process.execPath, [join(dir, "ocikit.js"), "bv", "volume-group", "get", "--volume-group-id", volumeGroupId, "--debug", "--endpoint", h.endpoint, "--config-file", h.server.configPath], { cwd: dir });
    // Like `2> >(head -c 1)`: the stderr pipe is closed before the command writes to it.
    child.stderr.destroy();
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => void (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)["data"]["id"]).toBe(volumeGroupId);
  });

  it("reads a confirmation from piped stdin", async () => {
    const child = execFile(process.execPath, [join(dir, "ocikit.js"), "bv", "volume-group-backup", "delete", "--volume-group-backup-id", "x", "--endpoint", "http://127.0.0.1:9/20160918", "--config-file", h.server.configPath], { cwd: dir });
    child.stdin?.end("n\n");
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
  });
});
