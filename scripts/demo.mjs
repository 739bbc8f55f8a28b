#!/usr/bin/env node
// `pnpm demo`: the main job, end to end, on the embedded default. Starts the demo server (SQLite in a
// fresh data dir, real OCI signatures), then drives the bundled `ocikit` CLI with the server's generated
// config: two volumes, a volume group, the seed's CreateVolumeGroupBackup (FULL, "laboris pariatur",
// empty tag maps), a wait for AVAILABLE, the backup printed as the OCI CLI prints it, and the group's
// backups as a table. Then the scheduled act: a user-defined policy (daily, kept 7 days, and a weekly FULL)
// assigned to the group, the server clock advanced 10 days, and the group's backups again — the
// SCHEDULED ones with their expiration, the expired ones gone. Exits 0 only if every step worked. Prints
// the web console's address; with --keep the server keeps running (until Ctrl-C) and a link that signs in
// to the console is printed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnDemoServer } from "./lib/spawn-demo-server.mjs";
import { bold } from "./lib/style.mjs";

const root = new URL("..", import.meta.url).pathname;
const cliPath = join(root, "apps/cli/dist/ocikit.js");
const dataDir = mkdtempSync(join(tmpdir(), "ocikit-demo-"));
const keep = process.argv.includes("--keep");
const say = (line) => process.stderr.write(`\n${bold(`» ${line}`, process.stderr)}\n`);

let server;

function stop(code) {
  server?.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}

try {
  say(`starting the demo server (data in ${dataDir})`);
  let url;
  ({ server, url } = await spawnDemoServer(dataDir, ["--lifecycle", "time", "--lifecycle-seconds", "3"]));
  console.log(`listening on ${url}`);
  const configFile = join(dataDir, "config");
  const tenancy = /^tenancy\s*=\s*(\S+)/m.exec(readFileSync(configFile, "utf8"))?.[1];
  if (!tenancy) throw new Error(`no tenancy in ${configFile}`);
  const compartment = tenancy; // the tenancy is its own root compartment, as in OCI
  const ad = "Uocm:US-ASHBURN-AD-1";
  const global = ["--config-file", configFile, "--endpoint", `${url}/20160918`];

  const ocikit = (args, { capture = false } = {}) => {
    process.stderr.write(`$ ocikit ${args.map((a) => (/[\s{}"]/.test(a) ? `'${a}'` : a)).join(" ")}\n`);
    const r = spawnSync(process.execPath, [cliPath, ...args, ...global], {
      stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"],
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`ocikit ${args.slice(0, 3).join(" ")} exited with ${r.status}`);
    return (r.stdout ?? "").trim();
  };
  const waitFlags = ["--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1", "--max-wait-seconds", "60"];

  say("creating two volumes");
  const volumes = [1, 2].map((n) =>
    ocikit(
      [
        "bv",
        "volume",
        "create",
        "--compartment-id",
        compartment,
        "--availability-domain",
        ad,
        "--display-name",
        `demo-volume-${n}`,
        "--size-in-gbs",
        "50",
        ...waitFlags,
        "--query",
        "data.id",
        "--raw-output",
      ],
      { capture: true },
    ),
  );
  console.log(volumes.join("\n"));

  say("creating a volume group from them");
  const group = ocikit(
    [
      "bv",
      "volume-group",
      "create",
      "--compartment-id",
      compartment,
      "--availability-domain",
      ad,
      "--display-name",
      "demo-group",
      "--source-details",
      JSON.stringify({ type: "volumeIds", volumeIds: volumes }),
      ...waitFlags,
      "--query",
      "data.id",
      "--raw-output",
    ],
    { capture: true },
  );
  console.log(group);

  say(
    'CreateVolumeGroupBackup, as in the seed request (FULL, "laboris pariatur", empty tag maps), waiting for AVAILABLE',
  );
  const created = ocikit(
    [
      "bv",
      "volume-group-backup",
      "create",
      "--volume-group-id",
      group,
      "--compartment-id",
      compartment,
      "--type",
      "FULL",
      "--display-name",
      "laboris pariatur",
      "--defined-tags",
      "{}",
      "--freeform-tags",
      "{}",
      ...waitFlags,
    ],
    { capture: true },
  );
  console.log(created);
  const state = JSON.parse(created).data["lifecycle-state"];
  if (state !== "AVAILABLE") throw new Error(`the backup ended in state ${state}, not AVAILABLE`);

  say("the volume group's backups");
  ocikit([
    "bv",
    "volume-group-backup",
    "list",
    "--compartment-id",
    compartment,
    "--volume-group-id",
    group,
    "--output",
    "table",
    "--query",
    'data[*].{name:"display-name",type:type,state:"lifecycle-state","size-gb":"size-in-gbs",id:id}',
  ]);

  // The weekly FULL runs on tomorrow's weekday, so the 10 days below always hold two of its slots and the
  // printed table is the same whatever day the demo runs (the README compares it).
  const weekday = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"][
    new Date(Date.now() + 86_400_000).getUTCDay()
  ];
  say(
    "a backup policy: daily INCREMENTAL at 02:00 UTC kept 7 days, and a weekly FULL on tomorrow's weekday at 03:00 kept 4 weeks",
  );
  const schedules = [
    {
      backupType: "INCREMENTAL",
      period: "ONE_DAY",
      offsetType: "STRUCTURED",
      hourOfDay: 2,
      timeZone: "UTC",
      retentionSeconds: 7 * 86400,
    },
    {
      backupType: "FULL",
      period: "ONE_WEEK",
      offsetType: "STRUCTURED",
      dayOfWeek: weekday,
      hourOfDay: 3,
      timeZone: "UTC",
      retentionSeconds: 28 * 86400,
    },
  ];
  const policy = ocikit(
    [
      "bv",
      "volume-backup-policy",
      "create",
      "--compartment-id",
      compartment,
      "--display-name",
      "demo-daily",
      "--schedules",
      JSON.stringify(schedules),
      "--query",
      "data.id",
      "--raw-output",
    ],
    { capture: true },
  );
  console.log(policy);
  ocikit([
    "bv",
    "volume-backup-policy-assignment",
    "create",
    "--asset-id",
    group,
    "--policy-id",
    policy,
    "--query",
    'data.{id:id,"asset-id":"asset-id"}',
  ]);

  say("advancing the demo server's clock by 10 days (POST /_ocikit/clock)");
  const adminToken = readFileSync(join(dataDir, "admin-token"), "utf8").trim();
  const advanced = await fetch(`${url}/_ocikit/clock`, {
    method: "POST",
    headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
    body: JSON.stringify({ advanceSeconds: 10 * 86400 }),
  });
  const clock = await advanced.json();
  if (advanced.status !== 200) throw new Error(`advancing the clock failed: ${JSON.stringify(clock)}`);
  console.log(JSON.stringify(clock));

  say("the volume group's backups, 10 days later (scheduled ones expire after 7 days)");
  ocikit([
    "bv",
    "volume-group-backup",
    "list",
    "--compartment-id",
    compartment,
    "--volume-group-id",
    group,
    "--sort-by",
    "DISPLAYNAME",
    "--sort-order",
    "ASC",
    "--all",
    "--output",
    "table",
    "--query",
    'data[*].{name:"display-name",type:type,source:"source-type",created:"time-created",expires:"expiration-time",state:"lifecycle-state"}',
  ]);
  const after = JSON.parse(
    ocikit(
      ["bv", "volume-group-backup", "list", "--compartment-id", compartment, "--volume-group-id", group, "--all"],
      { capture: true },
    ),
  ).data;
  const scheduled = after.filter((b) => b["source-type"] === "SCHEDULED");
  const now = Date.parse(clock.now);
  if (scheduled.length < 6) throw new Error(`expected about a week of scheduled backups, found ${scheduled.length}`);
  const stale = scheduled.filter((b) => Date.parse(b["expiration-time"]) + 3600_000 <= now);
  if (stale.length > 0) throw new Error(`${stale.length} expired backups are still listed`);

  const consoleUrl = `${url}/_ocikit/console`;
  if (!keep) {
    say(
      `done: the backups are AVAILABLE, scheduled ones made and expired on the server clock; the demo server is stopping`,
    );
    console.log(`console: ${consoleUrl} (run \`pnpm demo --keep\` to keep the server running and open it)`);
    stop(0);
  } else {
    const token = readFileSync(join(dataDir, "admin-token"), "utf8").trim();
    say(
      `done: the backups are AVAILABLE, scheduled ones made and expired on the server clock; the demo server keeps running (Ctrl-C stops it)`,
    );
    console.log(`console: ${consoleUrl}?token=${token}`);
    console.log(`API reference: ${url}/_ocikit/docs`);
    console.log(`OCI config: ${configFile}`);
    // Ctrl-C reaches the server too (same process group): either way, clean up and exit 0.
    for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(0));
    server.on("exit", (code, signal) => {
      if (signal !== null || code === 0) stop(0);
      process.stderr.write(`\nthe demo server exited (code ${code})\n`);
      stop(1);
    });
  }
} catch (err) {
  process.stderr.write(`\ndemo failed: ${err instanceof Error ? err.message : String(err)}\n`);
  stop(1);
}
