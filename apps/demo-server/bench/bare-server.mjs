// Reference server for the benchmark: node:http plus the bare minimum of OCI signature checking done
// with node:crypto directly (cached public KeyObject, signing string, RSA verify, body hash for
// POST), answering a fixed body. No routing, no storage, no validation.
// Usage: node bare-server.mjs <public-key.pem>   → prints "listening on http://127.0.0.1:PORT"
import { createHash, createPublicKey, verify } from "node:crypto";
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

function answer(req, res, body) {
  const ok = verified(req, body);
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
