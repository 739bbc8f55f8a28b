#!/usr/bin/env node
// Builds better-sqlite3's native addon after `pnpm install`.
//
// Why not let pnpm run its install script? better-sqlite3 first tries to download a prebuilt binary
// and then falls back to node-gyp, which downloads Node's headers unless told where they are. On
// machines that reach only the npm registry both downloads fail, yet Node's headers are usually
// installed beside node itself (<prefix>/include/node). This script does the same two steps, and
// points node-gyp at those local headers when they exist.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(join(process.cwd(), "apps/demo-server/package.json"));
let pkgDir;
try {
  pkgDir = dirname(require.resolve("better-sqlite3/package.json"));
} catch {
  process.exit(0); // not installed (filtered install): nothing to build
}
const addon = join(pkgDir, "build", "Release", "better_sqlite3.node");

function works() {
  if (!existsSync(addon)) return false;
  const probe = spawnSync(process.execPath, ["-e", "new (require(process.argv[1]))(':memory:').close()", pkgDir]);
  return probe.status === 0;
}

if (works()) process.exit(0);

const prefix = dirname(dirname(process.execPath));
const env = { ...process.env };
if (!env.npm_config_nodedir && existsSync(join(prefix, "include", "node", "node.h"))) {
  env.npm_config_nodedir = prefix;
}

// Each step's output is kept and shown only if the build fails in the end: a working install prints one
// line instead of prebuild-install's download warning and node-gyp's compiler log.
const logs = [];
function run(cmd, args) {
  const r = spawnSync(cmd, args, {
    cwd: pkgDir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  logs.push(`$ ${args.map((a) => a.split("/").at(-1)).join(" ")}\n${r.stdout ?? ""}${r.stderr ?? ""}`);
  return r.status === 0;
}

const prebuild = join(dirname(require.resolve("prebuild-install/package.json", { paths: [pkgDir] })), "bin.js");
const gypCandidates = [
  join(prefix, "lib", "node_modules", "npm", "node_modules", "node-gyp", "bin", "node-gyp.js"),
  join(prefix, "lib", "node_modules", "pnpm", "dist", "node_modules", "node-gyp", "bin", "node-gyp.js"),
];
const gyp = gypCandidates.find((p) => existsSync(p));

const ok =
  (run(process.execPath, [prebuild]) && works()) ||
  (gyp !== undefined && run(process.execPath, [gyp, "rebuild", "--release"]) && works());
if (ok) {
  console.log("ocikit: built better-sqlite3's native addon for the demo server's SQLite.");
} else {
  process.stderr.write(logs.join("\n"));
  console.error(
    "ocikit: could not build better-sqlite3 (the demo server's SQLite).\n" +
      "Install Python 3, make and a C++ compiler, or set npm_config_nodedir to a folder holding Node's headers, then run `pnpm install` again.",
  );
  process.exit(1);
}
