#!/usr/bin/env node
// Installs the publishable packages from their tarballs into a fresh npm project outside the workspace,
// type-checks a consumer under moduleResolution node16 and bundler, runs it against the demo server, and
// runs the CLI from the installed tarball. This is what a user of the npm packages gets.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packAll, root } from "./lib/pack.mjs";
import { spawnDemoServer } from "./lib/spawn-demo-server.mjs";

const work = mkdtempSync(join(tmpdir(), "ocikit-consumer-"));
const project = join(work, "project");
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: project, encoding: "utf8", ...opts });

let server;
let url;
try {
  const tarballs = packAll(join(work, "tarballs"));
  execFileSync("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      ...tarballs.map((t) => t.tarball),
      "typescript@5.9.3",
      "@types/node@^20.19.43",
    ],
    { stdio: "inherit" },
  );
  copyFileSync(join(root, "scripts/consumer/app.ts"), join(project, "app.ts"));

  for (const resolution of ["node16", "bundler"]) {
    const module = resolution === "node16" ? "node16" : "esnext";
    const out = join(project, `out-${resolution}`);
    run(
      "npx",
      [
        "tsc",
        "app.ts",
        "--strict",
        "--skipLibCheck",
        "false",
        "--target",
        "es2022",
        "--module",
        module,
        "--moduleResolution",
        resolution,
        "--types",
        "node",
        "--outDir",
        out,
      ],
      { stdio: "inherit" },
    );
    console.log(`type-checked with moduleResolution ${resolution}`);
  }
  writeFileSync(join(project, "out-node16/package.json"), '{"type":"module"}');

  const dataDir = join(work, "data");
  ({ server, url } = await spawnDemoServer(dataDir, ["--lifecycle", "immediate"]));
  const configPath = join(dataDir, "config");
  const out = run(process.execPath, ["out-node16/app.js", url, configPath]);
  console.log(out.trim());
  const compartment = /compartment (\S+)/.exec(out)?.[1];
  if (!/backup ocid1\.volumegroupbackup\.\S+ (CREATING|AVAILABLE|REQUEST_RECEIVED)/.test(out) || !compartment) {
    throw new Error("the consumer did not create a volume group backup");
  }
  const cli = run(join(project, "node_modules/.bin/ocikit"), [
    "bv",
    "volume-group-backup",
    "list",
    "--compartment-id",
    compartment,
    "--config-file",
    configPath,
    "--endpoint",
    `${url}/20160918`,
    "--query",
    "length(data)",
    "--raw-output",
  ]);
  if (cli.trim() !== "1") throw new Error(`the installed CLI listed ${cli.trim()} backups, expected 1`);
  console.log("installed ocikit CLI listed the backup");
} finally {
  server?.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
}
