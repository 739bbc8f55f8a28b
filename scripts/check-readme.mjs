#!/usr/bin/env node
// Checks the README against reality (a CI step; see scripts/lib/readme-blocks.mjs for the markers):
// 1. runs every block marked runnable, in order, from the repository root, as a reader would after a
//    fresh clone and `pnpm install`; a background block must print its `until` text within 3 minutes and
//    still run when the last block ends;
// 2. runs `node scripts/demo.mjs` (stdout and stderr in one stream, no terminal) and compares its output
//    with the README's demo-output block, modulo ids and times.
// So that a run never touches a reader's own files or a port in use, three literals of the blocks are
// replaced before they run: port 12000 → a free port, ./.ocikit-demo → a temp dir, /tmp/ocikit-tarballs →
// a temp dir.
//
//   node scripts/check-readme.mjs [--blocks-only | --demo-only]
//   node scripts/check-readme.mjs --update-demo-output    # rewrites the demo-output block from a run
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { markedBlocks, normalizeDemoOutput, replaceDemoOutput } from "./lib/readme-blocks.mjs";

const root = new URL("..", import.meta.url).pathname;
const readmePath = join(root, "README.md");
const args = new Set(process.argv.slice(2));
const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", TURBO_TELEMETRY_DISABLED: "1" };

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function shell(code) {
  return spawn("bash", ["-euo", "pipefail", "-c", code], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
}

function collect(child, sink) {
  child.stdout.on("data", (d) => sink(String(d)));
  child.stderr.on("data", (d) => sink(String(d)));
}

async function runBlocks(readme) {
  const scratch = mkdtempSync(join(tmpdir(), "ocikit-readme-"));
  const port = String(await freePort());
  const rewrite = (code) =>
    code
      .replaceAll("12000", port)
      .replaceAll("./.ocikit-demo", join(scratch, "ocikit-demo"))
      .replaceAll("/tmp/ocikit-tarballs", join(scratch, "tarballs"));
  const background = [];
  let failed = 0;
  try {
    for (const block of markedBlocks(readme).filter((b) => b.kind === "runnable")) {
      const code = rewrite(block.code);
      const label = `README.md:${block.line}`;
      process.stdout.write(`::: ${label}\n${code.replace(/^/gm, "  $ ")}\n`);
      let output = "";
      const child = shell(code);
      collect(child, (text) => (output += text));
      if (block.background) {
        background.push({ child, label, exited: false, output: () => output });
        child.on("exit", () => (background.find((b) => b.child === child).exited = true));
        const seen = await new Promise((resolve) => {
          const started = Date.now();
          const tick = setInterval(() => {
            if (output.includes(block.until ?? "")) resolve(true);
            else if (child.exitCode !== null || Date.now() - started > 180_000) resolve(false);
            else return;
            clearInterval(tick);
          }, 100);
        });
        if (!seen) {
          failed++;
          process.stdout.write(`${output}\n::: ${label} FAILED: '${block.until}' never appeared\n`);
        }
        continue;
      }
      const status = await new Promise((resolve) => child.on("exit", (c) => resolve(c)));
      process.stdout.write(`${output.replace(/\n+$/, "").replace(/^/gm, "    ")}\n`);
      if (status !== 0) {
        failed++;
        process.stdout.write(`\n::: ${label} FAILED (exit ${status})\n`);
      }
    }
    for (const b of background) {
      if (b.exited) {
        failed++;
        process.stdout.write(`::: ${b.label} FAILED: the background command stopped early\n${b.output()}\n`);
      }
    }
  } finally {
    for (const b of background) if (!b.exited) process.kill(-b.child.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    rmSync(scratch, { recursive: true, force: true });
  }
  return failed;
}

async function demoOutput() {
  const child = spawn("bash", ["-c", "exec node scripts/demo.mjs 2>&1"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  const status = await new Promise((resolve) => child.on("exit", (c) => resolve(c)));
  if (status !== 0) throw new Error(`node scripts/demo.mjs exited ${status}:\n${out}`);
  return out;
}

let failed = 0;
const readme = readFileSync(readmePath, "utf8");
if (args.has("--update-demo-output")) {
  writeFileSync(readmePath, replaceDemoOutput(readme, (await demoOutput()).replace(/^\n+/, "")));
  process.stdout.write("README.md: demo-output block rewritten from a run of scripts/demo.mjs\n");
  process.exit(0);
}
if (!args.has("--demo-only")) failed += await runBlocks(readme);
if (!args.has("--blocks-only")) {
  const block = markedBlocks(readme).find((b) => b.kind === "demo-output");
  const actual = normalizeDemoOutput((await demoOutput()).replace(/^\n+/, ""));
  const expected = normalizeDemoOutput(block?.code ?? "");
  if (actual === expected)
    process.stdout.write("::: README demo output matches a run of scripts/demo.mjs (modulo ids and times)\n");
  else {
    failed++;
    const a = actual.split("\n");
    const e = expected.split("\n");
    const at = a.findIndex((line, i) => line !== e[i]);
    process.stdout.write(
      `::: README demo output (line ${(block?.line ?? 0) + 2 + Math.max(at, 0)}) differs from the run:\n  README: ${e[at] ?? "(end)"}\n  run:    ${a[at] ?? "(end)"}\n` +
        "Regenerate it with: node scripts/check-readme.mjs --update-demo-output\n",
    );
  }
}
process.stdout.write(failed === 0 ? "README checks passed\n" : `README checks: ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
