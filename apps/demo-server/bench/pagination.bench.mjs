// Keyset pagination at depth: ListVolumeGroupBackups over a compartment of 50,000 backups — page 1 vs
// page 500 (limit 100), by TIMECREATED and by DISPLAYNAME, measured as server CPU per request (autocannon,
// replaying one signed request), and a whole `--all` walk of the 500 pages (sequential, each page signed
// and following opc-next-page). Target: a deep page costs what the first costs, ±20 %.
// The compartment is seeded straight into the state file (copies of one backup made through the API),
// then the server is restarted on it. Markdown to stdout, progress to stderr.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { loadPrivateKey, signRequest } from "@ocikit/signer";
import { parseConfig } from "@ocikit/signer/config";

const BACKUPS = Number(process.env.OCIKIT_BENCH_BACKUPS ?? 50_000);
const LIMIT = 100;
const DEEP_PAGE = 500;
const DURATION_S = Number(process.env.OCIKIT_BENCH_SECONDS ?? 4);
const TOLERANCE = 0.2;
const ROUNDS = Number(process.env.OCIKIT_BENCH_ROUNDS ?? 3);
const CLK_TCK = 100; // Linux USER_HZ
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const log = (line) => process.stderr.write(`${line}\n`);

function start(dir) {
  const child = spawn(process.execPath, [here("../dist/main.js"), "--port", "0", "--data", dir, "--lifecycle", "immediate"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
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

async function stop(server) {
  const exited = new Promise((r) => server.child.once("exit", r));
  server.child.kill("SIGTERM");
  await exited;
}

function cpuTicks(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
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

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
const ocid = (type) => `ocid1.${type}.oc1.iad.${[...randomBytes(60)].map((b) => BASE32[b & 31]).join("")}`;

/** Copies one API-made backup row BACKUPS times into its compartment (one transaction). */
function seed(file, templateId) {
  const db = new Database(file);
  try {
    const template = db.prepare("SELECT * FROM resources WHERE id = ?").get(templateId);
    const doc = JSON.parse(template.doc);
    const insert = db.prepare(
      `INSERT INTO resources (id, type, tenancy_id, region, compartment_id, display_name, state, next_state, due_ms, polls_needed,
         polls, parent_id, created_ms, updated_ms, deleted_ms, etag, doc)
       VALUES (@id, @type, @tenancy_id, @region, @compartment_id, @display_name, @state, @next_state, @due_ms, @polls_needed,
         @polls, @parent_id, @created_ms, @updated_ms, @deleted_ms, @etag, @doc)`,
    );
    const t0 = template.created_ms - BACKUPS * 1000;
    db.transaction(() => {
      for (let i = 0; i < BACKUPS; i++) {
        const id = ocid("volumegroupbackup");
        // Every tenth backup shares its second with the previous one, and names repeat: ties are broken by seq.
        const created = t0 + (i - (i % 10 === 9 ? 1 : 0)) * 1000;
        const displayName = `nightly-${String(i % 5000).padStart(4, "0")}`;
        const timeCreated = new Date(created).toISOString();
        insert.run({
          ...template,
          id,
          display_name: displayName,
          created_ms: created,
          updated_ms: created,
          etag: randomBytes(16).toString("hex"),
          doc: JSON.stringify({ ...doc, id, displayName, timeCreated, timeRequestReceived: timeCreated }),
        });
      }
    })();
  } finally {
    db.close();
  }
}

async function measure(label, server, path, headers) {
  const before = cpuTicks(server.child.pid);
  const result = await autocannon({ url: `${server.url}${path}`, method: "GET", headers, connections: 1, duration: DURATION_S, pipelining: 1 });
  const ticks = cpuTicks(server.child.pid) - before;
  const ok = result.requests.total - result.non2xx;
  if (result.non2xx > 0 || result.errors > 0) log(`  ${label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const row = { label, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuUs: ok > 0 ? ((ticks / CLK_TCK) * 1e6) / ok : Number.NaN };
  log(`  ${label}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, ${row.cpuUs.toFixed(0)} µs CPU/req`);
  return row;
}

const dir = mkdtempSync(join(tmpdir(), "ocikit-demo-bench-pages-"));
let server;
try {
  log("creating the state and one backup through the API…");
  server = await start(dir);
  const profile = parseConfig(readFileSync(join(dir, "config"), "utf8")).DEFAULT;
  const key = { keyId: `${profile.tenancy}/${profile.user}/${profile.fingerprint}`, privateKey: loadPrivateKey(readFileSync(profile.key_file, "utf8")) };
  const compartmentId = /# Demo compartment: (\S+)/.exec(readFileSync(join(dir, "config"), "utf8"))[1];
  const call = async (method, path, body) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const res = await fetch(`${server.url}${path}`, { method, headers: await signedHeaders(server.url, method, path, key, text), body: text });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return { data: await res.json(), next: res.headers.get("opc-next-page") };
  };
  const volume = (await call("POST", "/20160918/volumes", { compartmentId })).data;
  const group = (await call("POST", "/20160918/volumeGroups", { compartmentId, availabilityDomain: "Uocm:US-ASHBURN-AD-1", sourceDetails: { type: "volumeIds", volumeIds: [volume.id] } })).data;
  const template = (await call("POST", "/20160918/volumeGroupBackups", { volumeGroupId: group.id, type: "FULL" })).data;
  await stop(server);
  server = undefined;

  log(`seeding ${BACKUPS} backups…`);
  seed(join(dir, "state.db"), template.id);
  server = await start(dir);

  const listPath = (sortBy, page) =>
    `/20160918/volumeGroupBackups?compartmentId=${encodeURIComponent(compartmentId)}&sortBy=${sortBy}&limit=${LIMIT}${page ? `&page=${encodeURIComponent(page)}` : ""}`;

  // The --all walk: every page, signed one by one, following opc-next-page; it also yields page 500's token.
  const walks = {};
  for (const sortBy of ["TIMECREATED", "DISPLAYNAME"]) {
    log(`--all walk by ${sortBy}…`);
    const before = cpuTicks(server.child.pid);
    const started = process.hrtime.bigint();
    const tokens = [undefined];
    let items = 0;
    const ids = new Set();
    let page;
    do {
      const { data, next } = await call("GET", listPath(sortBy, page));
      items += data.length;
      for (const b of data) ids.add(b.id);
      page = next ?? undefined;
      if (page !== undefined) tokens.push(page);
    } while (page !== undefined);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const cpuMs = ((cpuTicks(server.child.pid) - before) / CLK_TCK) * 1000;
    walks[sortBy] = { ms, cpuMs, pages: tokens.length, items, unique: ids.size, tokens };
    log(`  ${tokens.length} pages, ${items} items (${ids.size} distinct) in ${ms.toFixed(0)} ms, server CPU ${cpuMs.toFixed(0)} ms`);
  }

  const rows = [];
  for (const sortBy of ["TIMECREATED", "DISPLAYNAME"]) {
    const deepToken = walks[sortBy].tokens[DEEP_PAGE - 1];
    if (deepToken === undefined) throw new Error(`no page ${DEEP_PAGE} by ${sortBy}`);
    const first = { path: listPath(sortBy), label: `page 1 by ${sortBy}` };
    const deep = { path: listPath(sortBy, deepToken), label: `page ${DEEP_PAGE} by ${sortBy}` };
    // Interleaved rounds (order alternating), medians.
    const runs = { first: [], deep: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, c] of round % 2 === 0 ? [["first", first], ["deep", deep]] : [["deep", deep], ["first", first]]) {
        runs[name].push(await measure(c.label, server, c.path, await signedHeaders(server.url, "GET", c.path, key)));
      }
    }
    const mid = (list, k) => [...list.map((r) => r[k])].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const pick = (list) => ({ rps: mid(list, "rps"), p50: mid(list, "p50"), p99: mid(list, "p99"), cpuUs: mid(list, "cpuUs") });
    rows.push({ sortBy, first: pick(runs.first), deep: pick(runs.deep) });
  }

  const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d }) : "n/a");
  const verdicts = rows.map((r) => Math.abs(r.deep.cpuUs / r.first.cpuUs - 1) <= TOLERANCE);
  const lines = [
    `### Demo server: keyset pagination over a ${fmt(BACKUPS)}-backup compartment`,
    "",
    `ListVolumeGroupBackups, limit ${LIMIT}, one signed request replayed by autocannon (1 connection, ${DURATION_S} s per run, ${ROUNDS} interleaved rounds, medians); CPU = server utime+stime per request. Node ${process.version}.`,
    "",
    "| sort | page 1 CPU µs/req | page 500 CPU µs/req | page 500 / page 1 | page 1 req/s (p50 / p99 ms) | page 500 req/s (p50 / p99 ms) | target |",
    "|---|---:|---:|---:|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.sortBy} | ${fmt(r.first.cpuUs)} | ${fmt(r.deep.cpuUs)} | ${fmt(r.deep.cpuUs / r.first.cpuUs, 2)}× | ${fmt(r.first.rps)} (${r.first.p50} / ${r.first.p99}) | ${fmt(r.deep.rps)} (${r.deep.p50} / ${r.deep.p99}) | 1 ± ${TOLERANCE} |`,
    ),
    "",
    "| `--all` walk (sequential, each page signed) | pages | items (distinct) | wall ms | ms per page | server CPU ms |",
    "|---|---:|---:|---:|---:|---:|",
    ...Object.entries(walks).map(
      ([sortBy, w]) => `| by ${sortBy} | ${w.pages} | ${fmt(w.items)} (${fmt(w.unique)}) | ${fmt(w.ms)} | ${fmt(w.ms / w.pages, 2)} | ${fmt(w.cpuMs)} |`,
    ),
    "",
    `Target (a deep page costs what the first costs, ±${TOLERANCE * 100} %): **${verdicts.every(Boolean) ? "met" : "NOT met"}**.`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
} finally {
  if (server !== undefined) await stop(server).catch(() => {});
  rmSync(dir, { recursive: true, force: true });
}
