// Demo server vs a bare node:http server that only verifies the signature: CPU time per signed
// request (the deciding figure on 2 cores, where the load generator caps req/s), req/s and latency,
// for GetVolumeGroupBackup and CreateVolumeGroupBackup at 1 and 32 connections. Each server runs in
// its own child process; runs are interleaved. Markdown to stdout, progress to stderr.
import { spawn } from "node:child_process";
import { createPublicKey } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { loadPrivateKey, signRequest } from "@ocikit/signer";
import { parseConfig } from "@ocikit/signer/config";

const DURATION_S = Number(process.env.OCIKIT_BENCH_SECONDS ?? 4);
const TARGET_RATIO = 0.6;
const ROUNDS_TARGET = Number(process.env.OCIKIT_BENCH_ROUNDS ?? 3);
const TARGET_P99_MS = 25;
const TARGET_CREATE_P99_MS = 50;
const CLK_TCK = 100; // Linux USER_HZ
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const log = (line) => process.stderr.write(`${line}\n`);

function start(args) {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (c) => {
    stderr += c;
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
  });
}

function cpuTicks(pid) {
  // Fields after the parenthesised command: utime is field 14, stime 15 (1-based).
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

async function signed(url, method, path, key, body) {
  const init = { method, headers: body ? { "content-type": "application/json" } : {} };
  if (body) init.body = body;
  const req = await signRequest(new Request(`${url}${path}`, init), key);
  const headers = {};
  req.headers.forEach((v, k) => {
    // autocannon computes content-length itself (and sends nothing when it is given twice).
    if (k !== "content-length") headers[k] = v;
  });
  return headers;
}

async function run(label, server, { method, path, headers, body, connections }) {
  const before = cpuTicks(server.child.pid);
  // A create carries a fresh opc-retry-token (unsigned, as in OCI), so both sides store one per request.
  let n = 0;
  const tag = `${label}-${Date.now()}-`;
  const requests = method === "POST" ? [{ setupRequest: (r) => ({ ...r, headers: { ...r.headers, "opc-retry-token": `${tag}${n++}` } }) }] : undefined;
  const result = await autocannon({ url: `${server.url}${path}`, method, headers, body, requests, connections, duration: DURATION_S, pipelining: 1 });
  const ticks = cpuTicks(server.child.pid) - before;
  const ok = result.requests.total - result.non2xx;
  if (result.non2xx > 0 || result.errors > 0) log(`  ${label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const row = {
    label,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuUs: ok > 0 ? ((ticks / CLK_TCK) * 1e6) / ok : Number.NaN,
    total: ok,
    failures: result.non2xx + result.errors,
  };
  log(`  ${label}: ${row.rps.toFixed(0)} req/s, p99 ${row.p99} ms, ${row.cpuUs.toFixed(0)} µs CPU/req`);
  return row;
}

const dir = mkdtempSync(join(tmpdir(), "ocikit-demo-bench-"));
const servers = [];
try {
  log("starting servers…");
  // OCIKIT_BENCH_PROFILE=<dir>: the demo server writes a V8 CPU profile there (--cpu-prof) on exit.
  // OCIKIT_BENCH_NODE_ARGS: more node flags for the demo server (e.g. --perf-basic-prof under `perf record`).
  const profileArgs = [
    ...(process.env.OCIKIT_BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir", process.env.OCIKIT_BENCH_PROFILE] : []),
    ...(process.env.OCIKIT_BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
  ];
  // OCIKIT_BENCH_DEMO: another build's dist/main.js (e.g. main's, for a before/after in one session).
  const demo = await start([...profileArgs, process.env.OCIKIT_BENCH_DEMO ?? here("../dist/main.js"), "--port", "0", "--data", dir, "--lifecycle", "immediate"]);
  servers.push(demo);
  const profile = parseConfig(readFileSync(join(dir, "config"), "utf8")).DEFAULT;
  const key = { keyId: `${profile.tenancy}/${profile.user}/${profile.fingerprint}`, privateKey: loadPrivateKey(readFileSync(profile.key_file, "utf8")) };
  const pubPath = join(dir, "public.pem");
  writeFileSync(pubPath, createPublicKey(key.privateKey).export({ type: "spki", format: "pem" }));
  const bare = await start([here("./bare-server.mjs"), pubPath, join(dir, "floor.db")]);
  servers.push(bare);

  // Fixture data on the demo server: two volumes, a group, one backup to GET.
  const call = async (method, path, body) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const res = await fetch(`${demo.url}${path}`, { method, headers: await signed(demo.url, method, path, key, text), body: text });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const compartmentId = profile.tenancy.replace("tenancy", "compartment");
  const volumes = [await call("POST", "/20160918/volumes", { compartmentId }), await call("POST", "/20160918/volumes", { compartmentId })];
  const group = await call("POST", "/20160918/volumeGroups", {
    compartmentId,
    availabilityDomain: "Uocm:US-ASHBURN-AD-1",
    sourceDetails: { type: "volumeIds", volumeIds: volumes.map((v) => v.id) },
  });
  const backup = await call("POST", "/20160918/volumeGroupBackups", { volumeGroupId: group.id, type: "FULL" });

  const getPath = `/20160918/volumeGroupBackups/${backup.id}`;
  const createPath = "/20160918/volumeGroupBackups";
  const createBody = JSON.stringify({ volumeGroupId: group.id, displayName: "bench", type: "INCREMENTAL" });
  // A signature stays valid for 5 minutes, so each scenario is signed once and replayed.
  const scenarios = [];
  const only = process.env.OCIKIT_BENCH_ONLY; // e.g. "get32" while tuning
  for (const [name, method, path, body] of [
    ["signed GET", "GET", getPath, undefined],
    ["signed create", "POST", createPath, createBody],
  ]) {
    for (const connections of [1, 32]) {
      if (only !== undefined && only !== `${method === "GET" ? "get" : "create"}${connections}`) continue;
      scenarios.push({
        name,
        connections,
        demo: { method, path, body, connections, headers: await signed(demo.url, method, path, key, body) },
        bare: { method, path, body, connections, headers: await signed(bare.url, method, path, key, body) },
      });
    }
  }

  // The machine may be shared, so the deciding scenario runs in several interleaved rounds and each
  // side's median is reported.
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = [];
  for (const [i, s] of scenarios.entries()) {
    const rounds = s.connections === 32 ? ROUNDS_TARGET : 1;
    log(`${s.name}, ${s.connections} connection(s), ${rounds} round(s):`);
    const runs = { demo: [], bare: [] };
    for (let round = 0; round < rounds; round++) {
      // Alternate which server goes first, so warm-up and drift do not favour one side.
      const order = (i + round) % 2 === 0 ? ["demo", "bare"] : ["bare", "demo"];
      for (const side of order) runs[side].push(await run(side, side === "demo" ? demo : bare, s[side]));
    }
    const pick = (list) => ({
      spread: list.length > 1 ? `${fmtRange(list.map((r) => r.cpuUs))}` : undefined,
      rps: median(list.map((r) => r.rps)),
      p50: median(list.map((r) => r.p50)),
      p99: median(list.map((r) => r.p99)),
      cpuUs: median(list.map((r) => r.cpuUs)),
      failures: list.reduce((n, r) => n + r.failures, 0),
    });
    rows.push({ ...s, rounds, result: { demo: pick(runs.demo), bare: pick(runs.bare) } });
  }

  const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");
  const targets = [
    ["signed GET", TARGET_P99_MS],
    ["signed create", TARGET_CREATE_P99_MS],
  ].flatMap(([name, p99]) => {
    const row = rows.find((r) => r.name === name && r.connections === 32);
    if (row === undefined) return [];
    const { demo: d, bare: b } = row.result;
    const ratio = b.cpuUs / d.cpuUs;
    const met = ratio >= TARGET_RATIO && d.p99 < p99;
    return [`Target (${name}, 32 connections: ≥ ${TARGET_RATIO}× as cheap as the floor, p99 < ${p99} ms): **${met ? "met" : "NOT met"}** — ratio ${fmt(ratio, 2)}×, p99 ${d.p99} ms.`];
  });
  const lines = [
    "### Demo server: CPU per signed request vs a bare node:http + RSA-verify floor",
    "",
    `Each server in its own process; autocannon ${DURATION_S} s per run, runs interleaved (medians where several rounds; the demo's range of CPU µs/req in brackets); CPU = utime+stime of the server process from /proc per completed 2xx request. Node ${process.version}, ${os()}, load average ${loadavg()[0].toFixed(1)} at the end. The floor (bench/bare-server.mjs) answers a GET with a fixed body; for a create it also parses the JSON and writes the rows the demo server writes for one CreateVolumeGroupBackup of a two-volume group (backup, two member volume backups, the retry token — every create carries a fresh opc-retry-token) with prepared statements into the same table shape, group-committed in one WAL transaction with synchronous=FULL, answering after the commit.`,
    "",
    "| scenario | conns | runs | demo req/s | floor req/s | demo p50 / p99 ms | floor p50 / p99 ms | demo CPU µs/req | floor CPU µs/req | floor/demo (CPU) | target |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(({ name, connections, rounds, result: { demo: d, bare: b } }) => {
      const target = connections === 32 ? `≥ ${TARGET_RATIO}×, p99 < ${name === "signed GET" ? TARGET_P99_MS : TARGET_CREATE_P99_MS} ms` : "–";
      return `| ${name} | ${connections} | ${rounds} | ${fmt(d.rps)} | ${fmt(b.rps)} | ${d.p50} / ${d.p99} | ${b.p50} / ${b.p99} | ${fmt(d.cpuUs)}${d.spread ? ` (${d.spread})` : ""} | ${fmt(b.cpuUs)}${b.spread ? ` (${b.spread})` : ""} | ${fmt(b.cpuUs / d.cpuUs, 2)}× | ${target} |`;
    }),
    "",
    ...targets,
    rows.some((r) => r.result.demo.failures + r.result.bare.failures > 0) ? "\nWarning: some requests failed (see stderr)." : "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
} finally {
  for (const s of servers) s.child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 300));
  rmSync(dir, { recursive: true, force: true });
}

function fmtRange(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted[0].toFixed(0)}–${sorted[sorted.length - 1].toFixed(0)}`;
}

function os() {
  try {
    const model = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "unknown CPU";
    return `${model.trim()}`;
  } catch {
    return "unknown CPU";
  }
}
