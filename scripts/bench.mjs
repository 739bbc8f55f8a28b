#!/usr/bin/env node
// `pnpm bench`: builds, then runs each workspace's benchmark one after the other (never in parallel: the
// machine has 2 cores and every figure is a ratio against a reference measured in the same run), and
// writes their markdown sections into BENCHMARKS.md with the command and the machine that produced them.
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const only = process.argv.slice(2);
const benches = [
  ["@ocikit/signer", "packages/signer"],
  ["@ocikit/core", "packages/core"],
  ["@ocikit/demo-server", "apps/demo-server"],
  ["ocikit", "apps/cli"],
].filter(([name]) => only.length === 0 || only.includes(name));

execFileSync("pnpm", ["exec", "turbo", "run", "build", "--output-logs=errors-only"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
});

const sections = [];
let failures = 0;
for (const [name, dir] of benches) {
  process.stderr.write(`\n== bench ${name}\n`);
  const r = spawnSync("pnpm", ["run", "--silent", "bench"], {
    cwd: join(root, dir),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 << 20,
  });
  if (r.status !== 0) {
    failures += 1;
    sections.push(`### ${name}\n\nThe benchmark failed (exit ${r.status}).\n`);
  } else {
    sections.push(`${r.stdout.trim()}\n`);
  }
  process.stdout.write(r.stdout);
}

if (only.length === 0) {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const doc = `# Benchmarks

Produced by \`pnpm bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version},
${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB. Every figure is measured side by side with
its reference in the same run and reported as a ratio; absolute numbers move with the machine, ratios much less.
Targets come from DESIGN.md § Targets.

${sections.join("\n")}`;
  writeFileSync(join(root, "BENCHMARKS.md"), doc);
  process.stderr.write("\nwrote BENCHMARKS.md\n");
}
process.exit(failures ? 1 : 0);
