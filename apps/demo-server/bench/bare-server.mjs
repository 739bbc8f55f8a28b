// Reference server for the benchmark: node:http plus the bare minimum of OCI signature checking done
// with node:crypto directly (cached public KeyObject, signing string, RSA verify, body hash for
// POST), answering a fixed body. No routing, no storage, no validation.
// Usage: node bare-server.mjs <public-key.pem> [<state.db>]   → prints "listening on http://127.0.0.1:PORT"
//
// With a state file it is also the create floor: a POST is verified, its JSON parsed, and the rows the
// demo server writes for one CreateVolumeGroupBackup of a two-volume group (the backup, its two member
// volume backups, the retry token when one is sent) are inserted with prepared statements into the same
// table shape and indexes, in a group-committed WAL transaction with synchronous=FULL; each answer is sent
// only after its transaction has committed. No reads, no validation, no lifecycle.
import { createHash, createPublicKey, randomBytes, verify } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const publicKey = createPublicKey(readFileSync(process.argv[2], "utf8"));
const FIXED = JSON.stringify({ id: "ocid1.volumegroupbackup.oc1.iad.fixed", lifecycleState: "AVAILABLE", displayName: "fixed" });

function verified(req, body) {
  const auth = req.headers.authorization;
  if (auth === undefined) return false;
  const headers = /headers="([^"]*)"/.exec(auth)?.[1];
  const signature = /signature="([^"]*)"/.exec(auth)?.[1];
  if (headers === undefined || signature === undefined) return false;
  const lines = headers.split(" ").map((name) => {
    const lower = name.toLowerCase();
    return lower === "(request-target)" ? `(request-target): ${req.method.toLowerCase()} ${req.url}` : `${lower}: ${req.headers[lower]}`;
  });
  if (req.method === "POST" && createHash("sha256").update(body).digest("base64") !== req.headers["x-content-sha256"]) return false;
  return verify("sha256", Buffer.from(lines.join("\n")), publicKey, Buffer.from(signature, "base64"));
}

const EMPTY = Buffer.alloc(0);
const writes = process.argv[3] === undefined ? undefined : await openFloorStore(process.argv[3]);

function answer(req, res, body) {
  const ok = verified(req, body);
  if (ok && writes !== undefined && req.method === "POST") {
    writes(JSON.parse(body.toString("utf8")), req.headers["opc-retry-token"], (text) => {
      res.writeHead(200, ["content-type", "application/json", "content-length", Buffer.byteLength(text)]);
      res.end(text);
    });
    return;
  }
  const text = ok ? FIXED : '{"code":"NotAuthenticated","message":"bad signature"}';
  // Flat header array: the cheapest form for node:http (the demo server answers the same way).
  res.writeHead(ok ? 200 : 401, ["content-type", "application/json", "content-length", Buffer.byteLength(text)]);
  res.end(text);
}

const server = createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
  // Like the demo server, read a body only when one is announced.
  if (req.headers["content-length"] === undefined && req.headers["transfer-encoding"] === undefined) {
    answer(req, res, EMPTY);
    return;
  }
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => answer(req, res, Buffer.concat(chunks)));
});
server.listen(0, "127.0.0.1", () => process.stdout.write(`listening on http://127.0.0.1:${server.address().port}\n`));
process.on("SIGTERM", () => { server.close(() => process.exit(0)); server.closeAllConnections(); });

async function openFloorStore(file) {
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  // The demo server's table shape (src/store/sqlite/migrations.ts): same columns, same indexes.
  db.exec(`
    CREATE TABLE IF NOT EXISTS resources (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
      type TEXT NOT NULL, tenancy_id TEXT NOT NULL, region TEXT NOT NULL, compartment_id TEXT NOT NULL,
      display_name TEXT NOT NULL, state TEXT NOT NULL, next_state TEXT, due_ms INTEGER, polls_needed INTEGER,
      polls INTEGER NOT NULL DEFAULT 0, parent_id TEXT, created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,
      deleted_ms INTEGER, etag TEXT NOT NULL, doc TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS resources_parent ON resources (parent_id);
    CREATE INDEX IF NOT EXISTS resources_by_time ON resources (tenancy_id, region, type, compartment_id, created_ms, seq);
    CREATE INDEX IF NOT EXISTS resources_by_name ON resources (tenancy_id, region, type, compartment_id, display_name, seq);
    CREATE INDEX IF NOT EXISTS resources_deleted ON resources (deleted_ms) WHERE deleted_ms IS NOT NULL;
    CREATE TABLE IF NOT EXISTS retry_tokens (tenancy_id TEXT NOT NULL, token TEXT NOT NULL, request_hash TEXT NOT NULL,
      status INTEGER NOT NULL, body TEXT NOT NULL, etag TEXT, created_ms INTEGER NOT NULL, PRIMARY KEY (tenancy_id, token));
    CREATE INDEX IF NOT EXISTS retry_tokens_age ON retry_tokens (created_ms);`);
  const insert = db.prepare(`INSERT INTO resources (id, type, tenancy_id, region, compartment_id, display_name, state,
    next_state, parent_id, created_ms, updated_ms, etag, doc) VALUES (?, ?, 'ocid1.tenancy.oc1..floor', 'us-ashburn-1', ?, ?,
    'CREATING', 'AVAILABLE', ?, ?, ?, ?, ?)`);
  const saveToken = db.prepare("INSERT INTO retry_tokens VALUES ('ocid1.tenancy.oc1..floor', ?, ?, 200, ?, ?, ?)");
  const begin = db.prepare("BEGIN IMMEDIATE");
  const commit = db.prepare("COMMIT");
  // Ids as the demo server mints them (src/ocid.ts): the time first, in an order-preserving alphabet, then
  // random characters, so ids minted together share B-tree pages (hex here: the same key length, 60 chars).
  const alphabet = "234567abcdefghijklmnopqrstuvwxyz";
  const timePrefix = (ms) => {
    let out = "";
    for (let i = 0; i < 9; i++, ms = Math.floor(ms / 32)) out = alphabet[ms % 32] + out;
    return out;
  };
  const id = (type) => `ocid1.${type}.oc1.iad.${timePrefix(Date.now())}${randomBytes(26).toString("hex").slice(0, 51)}`;
  const create = (details, token) => {
    const now = Date.now();
    const compartmentId = details.compartmentId ?? "ocid1.compartment.oc1..floor";
    const backupId = id("volumegroupbackup");
    const volumeBackupIds = [id("volumebackup"), id("volumebackup")];
    for (const vb of volumeBackupIds) {
      const doc = JSON.stringify({ id: vb, compartmentId, displayName: `${details.displayName} - volume`, volumeGroupBackupId: backupId, sizeInGBs: 50 });
      insert.run(vb, "volumebackup", compartmentId, `${details.displayName} - volume`, backupId, now, now, randomBytes(16).toString("hex"), doc);
    }
    const doc = { id: backupId, compartmentId, displayName: details.displayName, type: details.type, volumeBackupIds, volumeGroupId: details.volumeGroupId };
    const text = JSON.stringify({ ...doc, lifecycleState: "CREATING" });
    const etag = randomBytes(16).toString("hex");
    insert.run(backupId, "volumegroupbackup", compartmentId, details.displayName, details.volumeGroupId, now, now, etag, JSON.stringify(doc));
    if (token !== undefined) saveToken.run(token, createHash("sha256").update(text).digest("hex"), text, etag, now);
    return text;
  };
  let queue = [];
  return (details, token, done) => {
    queue.push([details, token, done]);
    if (queue.length > 1) return;
    setImmediate(() => {
      const batch = queue;
      queue = [];
      begin.run();
      const answers = batch.map(([d, t]) => create(d, t));
      commit.run();
      batch.forEach(([, , reply], i) => reply(answers[i]));
    });
  };
}
