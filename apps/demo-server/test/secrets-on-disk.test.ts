// Issue 12, item 1: the data directory holds the demo user's private key, the admin token and the
// page-token secret. It must be 0700 and every file in it 0600 — the SQLite state file and its -wal/-shm
// included — from the moment they exist, whatever the umask; a directory others can enter is refused;
// and no key a local reader could take from it can act on behalf of another tenancy.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { createPrivateKey } from "node:crypto";
import { fingerprint } from "@ocikit/signer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoServer } from "../src/index.js";
import { identityFromConfig, signedRequest, startFixture, tempDir, writeOtherTenancyConfig, type Fixture } from "./demo-fixture.js";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const API = "/20160918";

/** Mode of the directory and of every entry in it, by name. */
function modes(dir: string): Record<string, string> {
  const out: Record<string, string> = { ".": (statSync(dir).mode & 0o777).toString(8) };
  for (const name of readdirSync(dir)) out[name] = (statSync(join(dir, name)).mode & 0o777).toString(8);
  return out;
}

function expectPrivate(dir: string): void {
  const found = modes(dir);
  // The files of a running server, the SQLite WAL pair included (they exist while it runs).
  for (const name of ["state.db", "state.db-wal", "state.db-shm", "oci_api_key.pem", "config", "admin-token", "server.lock", "server.pid"]) {
    expect(found, name).toHaveProperty(name);
  }
  const expected = Object.fromEntries(Object.keys(found).map((name) => [name, name === "." ? "700" : "600"]));
  expect(found).toEqual(expected);
}

function withUmask<T>(mask: number, work: () => Promise<T>): Promise<T> {
  const before = process.umask(mask);
  return work().finally(() => process.umask(before));
}

describe("secrets on disk: 0700 directory, 0600 files", () => {
  it("library: a new data directory and every file in it are private under umask 022", async () => {
    const parent = tempDir();
    const dataDir = join(parent, "data");
    try {
      await withUmask(0o022, async () => {
        const f = await startFixture({ dataDir });
        try {
          expect((await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId })).status).toBe(200);
          expectPrivate(dataDir);
        } finally {
          await f.close();
        }
      });
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  describe("command (dist/main.js) under umask 022", () => {
    const parent = tempDir();
    const dataDir = join(parent, "data");
    let child: ChildProcess;
    beforeAll(async () => {
      // Others may pass through the parent, as through a home directory: only the data dir's own modes protect it.
      chmodSync(parent, 0o711);
      child = spawn("/bin/sh", ["-c", `umask 022 && exec "${process.execPath}" "${main}" --port 0 --data "${dataDir}" --lifecycle immediate`], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout?.on("data", (c: Buffer) => {
          out += c.toString();
          const m = /listening on (\S+)\n/.exec(out);
          if (m !== null) resolve(m[1] as string);
        });
        child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
      });
      // A write, so that the WAL files exist and hold data.
      const configPath = join(dataDir, "config");
      const compartmentId = /Demo compartment: (\S+)/.exec(readFileSync(configPath, "utf8"))?.[1];
      const res = await fetch(await signedRequest(url, "POST", `${API}/volumes`, identityFromConfig(configPath), { body: { compartmentId } }));
      expect(res.status).toBe(200);
    });
    afterAll(async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(parent, { recursive: true, force: true });
    });

    it("every file the running server made is 0600, the directory 0700", () => {
      expectPrivate(dataDir);
    });

    it.runIf(process.getuid?.() === 0)("another local user (nobody, uid 65534) can read none of them", () => {
      for (const name of readdirSync(dataDir)) {
        const r = spawnSync(process.execPath, ["-e", `require("fs").readFileSync(${JSON.stringify(join(dataDir, name))})`], {
          uid: 65534,
          gid: 65534,
          encoding: "utf8",
        });
        expect([name, r.status, /EACCES/.test(r.stderr)]).toEqual([name, 1, true]);
      }
    });
  });

  it("refuses a data directory that group or others can enter, saying how to fix it, and writes nothing", async () => {
    for (const mode of [0o755, 0o750, 0o701]) {
      const dataDir = tempDir();
      chmodSync(dataDir, mode);
      try {
        await expect(startDemoServer({ dataDir, port: 0, log: () => {} })).rejects.toMatchObject({
          code: "DATA_DIR_NOT_PRIVATE",
          message: expect.stringContaining(`chmod 700 ${dataDir}`),
        });
        expect(readdirSync(dataDir)).toEqual([]);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  });

  it("makes readable files an older server left in a private directory 0600", async () => {
    const dataDir = tempDir();
    const first = await startFixture({ dataDir });
    await first.close();
    for (const name of readdirSync(dataDir)) chmodSync(join(dataDir, name), 0o644);
    const second = await startFixture({ dataDir });
    try {
      expectPrivate(dataDir);
    } finally {
      await second.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("on-behalf-of: only the server's own calls", () => {
  let f: Fixture;
  let other: ReturnType<typeof writeOtherTenancyConfig>;
  let victimVolume: string;
  let victimCompartment: string;
  const dir = tempDir();
  beforeAll(async () => {
    other = writeOtherTenancyConfig(dir);
    f = await startFixture({ trustConfig: [other.path] });
    victimCompartment = other.tenancyId;
    const res = await f.send("POST", `${API}/volumes`, { key: other.key, body: { compartmentId: victimCompartment } });
    expect(res.status).toBe(200);
    victimVolume = ((await res.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await f.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("no private key in the state file can read, list or delete another tenancy's resources", async () => {
    // What a local user who could read state.db would take: every stored private key with its ids.
    const db = new Database(join(f.dataDir, "state.db"), { readonly: true });
    const meta = new Map((db.prepare("SELECT key, value FROM meta").all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
    db.close();
    const stolen = [...meta.entries()].filter(([, value]) => value.includes("PRIVATE KEY"));
    expect(stolen.length).toBeGreaterThan(0);
    for (const [name, pem] of stolen) {
      const prefix = name.slice(0, name.lastIndexOf("."));
      const privateKey = createPrivateKey(pem);
      const key = { keyId: `${meta.get(`${prefix}.tenancy`)}/${meta.get(`${prefix}.user`)}/${fingerprint(privateKey)}`, privateKey };
      const headers = { "x-ocikit-on-behalf-of": other.tenancyId };
      const got = await f.send("GET", `${API}/volumes/${victimVolume}`, { key, headers });
      expect([name, "get", got.status]).toEqual([name, "get", 404]);
      const listed = await f.send("GET", `${API}/volumes?compartmentId=${victimCompartment}`, { key, headers });
      expect([name, "list", await listed.json()]).toEqual([name, "list", []]);
      const deleted = await f.send("DELETE", `${API}/volumes/${victimVolume}`, { key, headers });
      expect([name, "delete", deleted.status]).toEqual([name, "delete", 404]);
    }
    const still = await f.send("GET", `${API}/volumes/${victimVolume}`, { key: other.key });
    expect(((await still.json()) as { lifecycleState: string }).lifecycleState).toBe("AVAILABLE");
  });
});
