// Cold-start cost of the bundled CLI, beside an empty Node process, in ONE interleaved run.
// Prints a markdown section to stdout; progress to stderr. Run with `pnpm --filter ocikit bench` after a build.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TARGET = 1.3; // `ocikit --version` × `node -e 0`
const GET_TARGET = 2.0; // a signed `get` round trip × `node -e 0`
const bundle = fileURLToPath(new URL("../dist/ocikit.js", import.meta.url));
const serverMain = fileURLToPath(new URL("../../demo-server/dist/main.js", import.meta.url));
const log = (line) => process.stderr.write(`${line}\n`);

function startServer(dataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serverMain, "--port", "0", "--data", dataDir, "--lifecycle", "immediate"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1] });
    });
    child.on("exit", (code) => reject(new Error(`demo server exited with ${code}`)));
  });
}

function ocikit(args, env) {
  const result = spawnSync(process.execPath, [bundle, ...args], { env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`ocikit ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

function timeOnce(args, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const dataDir = mkdtempSync(join(tmpdir(), "ocikit-cli-bench-"));
const { child, url } = await startServer(dataDir);
try {
  const env = { OCI_CLI_CONFIG_FILE: join(dataDir, "config"), OCI_CLI_ENDPOINT: `${url}/20160918`, OCI_CLI_RC_FILE: join(dataDir, "no-rc") };
  const compartment = /Demo compartment: (\S+)/.exec(spawnSync("cat", [join(dataDir, "config")], { encoding: "utf8" }).stdout)?.[1];
  log("preparing a volume group backup on the demo server…");
  const volume = ocikit(["bv", "volume", "create", "--compartment-id", compartment, "--availability-domain", "Uocm:PHX-AD-1", "--query", "data.id", "--raw-output"], env).trim();
  const group = ocikit(["bv", "volume-group", "create", "--compartment-id", compartment, "--availability-domain", "Uocm:PHX-AD-1", "--source-details", JSON.stringify({ type: "volumeIds", volumeIds: [volume] }), "--query", "data.id", "--raw-output"], env).trim();
  const backup = ocikit(["bv", "volume-group-backup", "create", "--volume-group-id", group, "--query", "data.id", "--raw-output"], env).trim();

  const cases = [
    { name: "`node -e 0`", args: ["-e", "0"] },
    { name: "`ocikit --version`", args: [bundle, "--version"] },
    { name: "`ocikit bv volume-group-backup get` (signed GET, demo server)", args: [bundle, "bv", "volume-group-backup", "get", "--volume-group-backup-id", backup] },
    { name: "`ocikit bv volume-group-backup list` (signed GET, demo server)", args: [bundle, "bv", "volume-group-backup", "list", "--compartment-id", compartment] },
  ];
  const targets = [undefined, TARGET, GET_TARGET, undefined];
  const samples = cases.map(() => []);
  for (const c of cases) timeOnce(c.args, env); // warm the OS file cache once
  for (let i = 0; i < RUNS; i++) {
    cases.forEach((c, k) => samples[k].push(timeOnce(c.args, env)));
    log(`round ${i + 1}/${RUNS}`);
  }
  const medians = samples.map(median);
  const base = medians[0];
  const ratio = medians[1] / base;
  const getRatio = medians[2] / base;
  const lines = [
    "### ocikit CLI cold start",
    "",
    `Median wall time of ${RUNS} fresh processes each, interleaved in one run (Node ${process.version}, ${process.platform}).`,
    "",
    "| command | median ms | × `node -e 0` | target |",
    "|---|---:|---:|---|",
    ...cases.map((c, k) => `| ${c.name} | ${medians[k].toFixed(1)} | ${(medians[k] / base).toFixed(2)}× | ${targets[k] ? `≤ ${targets[k]}×` : "–"} |`),
    "",
    `Target ${ratio <= TARGET ? "met" : "NOT met"}: \`ocikit --version\` costs ${ratio.toFixed(2)}× an empty Node process (target ≤ ${TARGET}×); a signed \`get\` round trip costs ${(medians[2] - base).toFixed(1)} ms over it.`,
    `Target ${getRatio <= GET_TARGET ? "met" : "NOT met"}: a signed \`get\` costs ${getRatio.toFixed(2)}× an empty Node process (target ≤ ${GET_TARGET}×).`,
    "",
  ];
  process.stdout.write(lines.join("\n"));
} finally {
  child.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
