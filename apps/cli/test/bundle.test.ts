import { execFile } from "node:child_process";
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

  it("reads a confirmation from piped stdin", async () => {
    const child = execFile(process.execPath, [join(dir, "ocikit.js"), "bv", "volume-group-backup", "delete", "--volume-group-backup-id", "x", "--endpoint", "http://127.0.0.1:9/20160918", "--config-file", h.server.configPath], { cwd: dir });
    child.stdin?.end("n\n");
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
  });
});
