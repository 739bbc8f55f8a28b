// What the web console costs a demo server that does not use it: start-up (process CPU until the
// server listens, identity already generated) and CPU per signed GET at 32 connections, of
// `dist/main.js` (console in its two slots, loaded on first use) vs a reference without it — by
// default this build with both slots empty (serve-without-console.mjs), or another build's main.js
// (OCIKIT_BENCH_REFERENCE=/path/to/dist/main.js, e.g. main's). Interleaved rounds, medians, ratios.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { loadPrivateKey, signRequest } from "@ocikit/signer";
import { parseConfig } from "@ocikit/signer/config";

const ROUNDS = Number(process.env.OCIKIT_BENCH_ROUNDS ?? 5);
const DURATION_S = Number(process.env.OCIKIT_BENCH_SECONDS ?? 4);
const CLK_TCK = 100;
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const log = (line) => process.stderr.write(`${line}\n`);
const reference = process.env.OCIKIT_BENCH_REFERENCE;
const sides = {
  console: (dir) => [here("../dist/main.js"), "--port", "0", "--data", dir, "--lifecycle", "immediate"],
  reference: (dir) =>
    reference === undefined ? [here("./serve-without-console.mjs"), dir] : [reference, "--port", "0", "--data", dir, "--lifecycle", "immediate"],
};

function cpuTicks(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

function start(args) {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) resolve({ child, url: m[1], wallMs: performance.now() - t0, cpuMs: cpuTicks(child.pid) * (1000 / CLK_TCK) });
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code})`)));
  });
}

const stop = (s) => new Promise((r) => { s.child.once("exit", r); s.child.kill("SIGTERM"); });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dirs = { console: mkdtempSync(join(tmpdir(), "ocikit-overhead-")), reference: mkdtempSync(join(tmpdir(), "ocikit-overhead-")) };
const results = { console: { startCpu: [], startWall: [], getCpuUs: [] }, reference: { startCpu: [], startWall: [], getCpuUs: [] } };
try {
  for (const side of Object.keys(sides)) await stop(await start(sides[side](dirs[side]))); // identity generated once
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of round % 2 === 0 ? ["console", "reference"] : ["reference", "console"]) {
      const server = await start(sides[side](dirs[side]));
      results[side].startCpu.push(server.cpuMs);
      results[side].startWall.push(server.wallMs);
      const profile = parseConfig(readFileSync(join(dirs[side], "config"), "utf8")).DEFAULT;
      const key = { keyId: `${profile.tenancy}/${profile.user}/${profile.fingerprint}`, privateKey: loadPrivateKey(readFileSync(profile.key_file, "utf8")) };
      const path = `/20160918/volumes?compartmentId=${profile.tenancy}`;
      const req = await signRequest(new Request(`${server.url}${path}`), key);
      const headers = Object.fromEntries(req.headers);
      const before = cpuTicks(server.child.pid);
      const r = await autocannon({ url: `${server.url}${path}`, headers, connections: 32, duration: DURATION_S });
      const ok = r.requests.total - r.non2xx;
      results[side].getCpuUs.push((((cpuTicks(server.child.pid) - before) / CLK_TCK) * 1e6) / ok);
      log(`round ${round + 1} ${side}: start ${server.cpuMs.toFixed(0)} ms CPU, signed GET ${results[side].getCpuUs.at(-1).toFixed(1)} µs CPU/req (${r.non2xx} non-2xx)`);
      await stop(server);
    }
  }
  const m = (side, k) => median(results[side][k]);
  const spread = (side, k) => `${Math.min(...results[side][k]).toFixed(1)}–${Math.max(...results[side][k]).toFixed(1)}`;
  const refName = reference === undefined ? "this build, console slots empty" : reference;
  process.stdout.write(
    [
      `### Demo server: what the console costs when unused (${ROUNDS} interleaved rounds, medians; reference: ${refName})`,
      "",
      "| figure | with console | reference | ratio | spread with / reference |",
      "|---|---|---|---|---|",
      `| start-up, process CPU until listening (ms) | ${m("console", "startCpu").toFixed(0)} | ${m("reference", "startCpu").toFixed(0)} | ${(m("console", "startCpu") / m("reference", "startCpu")).toFixed(2)}× | ${spread("console", "startCpu")} / ${spread("reference", "startCpu")} |`,
      `| start-up, wall time until listening (ms) | ${m("console", "startWall").toFixed(0)} | ${m("reference", "startWall").toFixed(0)} | ${(m("console", "startWall") / m("reference", "startWall")).toFixed(2)}× | ${spread("console", "startWall")} / ${spread("reference", "startWall")} |`,
      `| signed GET (ListVolumes), 32 connections, CPU µs/req | ${m("console", "getCpuUs").toFixed(1)} | ${m("reference", "getCpuUs").toFixed(1)} | ${(m("console", "getCpuUs") / m("reference", "getCpuUs")).toFixed(2)}× | ${spread("console", "getCpuUs")} / ${spread("reference", "getCpuUs")} |`,
      "",
    ].join("\n"),
  );
} finally {
  for (const d of Object.values(dirs)) rmSync(d, { recursive: true, force: true });
}
