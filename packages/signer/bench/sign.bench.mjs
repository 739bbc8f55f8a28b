// Signing/verification throughput of @ocikit/signer (dist) against (a) the floor — the unavoidable work
// done by hand with node:crypto — and (b) Oracle's oci-common DefaultRequestSigner, interleaved in one
// run. Progress goes to stderr; the markdown section goes to stdout.
import { createHash, generateKeyPairSync, sign as rsaSign, verify as rsaVerify } from "node:crypto";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { signRequest, signRequestParts, verifyRequest, verifyRequestParts } from "../dist/index.js";

const require = createRequire(import.meta.url);
const { DefaultRequestSigner, SimpleAuthenticationDetailsProvider } = require("oci-common");

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 1000);

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const privatePem = privateKey.export({ type: "pkcs1", format: "pem" });
const KEY_ID =
  "ocid1.tenancy.oc1..aaaaaaaatenancyexample/ocid1.user.oc1..aaaaaaaauserexample/28:67:04:23:ba:0b:6e:97:e1:4c:93:a0:e6:31:95:26";
const HOST = "iaas.us-ashburn-1.oraclecloud.com";
const PATH = "/20160918/volumeGroupBackups";
const URL_ = `https://${HOST}${PATH}`;
const BODY = JSON.stringify({
  volumeGroupId: "ocid1.volumegroup.oc1.iad.aaaaaaaaexampleexampleexampleexampleexampleexample",
  displayName: "nightly-backup-2026-11-27",
  type: "INCREMENTAL",
  freeformTags: { env: "demo", team: "platform" },
}).padEnd(210, " ");
if (Buffer.byteLength(BODY) !== 210) throw new Error(`body is ${Buffer.byteLength(BODY)} bytes, expected 210`);
const init = () => ({ method: "POST", headers: { "content-type": "application/json" }, body: BODY });
const signingKey = { keyId: KEY_ID, privateKey };
// The same key given as PEM text, as read from a key file or an environment variable.
const pemSigningKey = { keyId: KEY_ID, privateKey: privatePem };

// ---- signing contenders -------------------------------------------------------------------------
const ociSigner = new DefaultRequestSigner(
  new SimpleAuthenticationDetailsProvider(
    "ocid1.tenancy.oc1..aaaaaaaatenancyexample",
    "ocid1.user.oc1..aaaaaaaauserexample",
    "28:67:04:23:ba:0b:6e:97:e1:4c:93:a0:e6:31:95:26",
    privatePem,
    null,
  ),
);

const sign = {
  ocikit: () => signRequest(new Request(URL_, init()), signingKey),
  "ocikit PEM string key": () => signRequest(new Request(URL_, init()), pemSigningKey),
  floor: async () => {
    const request = new Request(URL_, init());
    const body = new Uint8Array(await request.arrayBuffer());
    const sha = createHash("sha256").update(body).digest("base64");
    const signingString =
      `date: ${new Date().toUTCString()}\n(request-target): post ${PATH}\nhost: ${HOST}\n` +
      `content-length: ${body.byteLength}\ncontent-type: application/json\nx-content-sha256: ${sha}`;
    return rsaSign("sha256", Buffer.from(signingString), privateKey);
  },
  // Same input as the floor: the Request is built and its body read, then the parts API signs it.
  "ocikit signRequestParts": async () => {
    const request = new Request(URL_, init());
    const body = new Uint8Array(await request.arrayBuffer());
    const original = request.headers;
    return signRequestParts({ method: "POST", url: request.url, headers: (n) => original.get(n), body }, signingKey);
  },
  // Not a target: the floor plus the one thing the API requires on top — returning a new Request (which
  // carries over the input's body bytes and abort signal). Shows where the gap to the floor goes.
  "floor + new Request": async () => {
    const request = new Request(URL_, init());
    const buffer = await request.arrayBuffer();
    const body = new Uint8Array(buffer);
    const sha = createHash("sha256").update(body).digest("base64");
    const signingString =
      `date: ${new Date().toUTCString()}\n(request-target): post ${PATH}\nhost: ${HOST}\n` +
      `content-length: ${body.byteLength}\ncontent-type: application/json\nx-content-sha256: ${sha}`;
    rsaSign("sha256", Buffer.from(signingString), privateKey);
    return new Request(request, { method: "POST", body: buffer });
  },
  "oci-common": () =>
    ociSigner.signHttpRequest({
      method: "POST",
      uri: URL_,
      headers: new Headers({ "Content-Type": "application/json" }),
      body: BODY,
    }),
};

// ---- verification contenders --------------------------------------------------------------------
const signedOnce = await signRequest(new Request(URL_, init()), signingKey);
const signedHeaders = Object.fromEntries(signedOnce.headers);
const signatureB64 = /signature="([^"]+)"/.exec(signedHeaders.authorization)[1];
const bodyBytes = new TextEncoder().encode(BODY);
const fixedNow = new Date(Date.parse(signedHeaders.date));
const now = () => fixedNow;
const lookup = (id) => (id === KEY_ID ? publicKey : undefined);
const headerLookup = (name) => signedHeaders[name];
const floorSigningString = (get, sha) =>
  `date: ${get("date")}\n(request-target): post ${PATH}\nhost: ${get("host")}\n` +
  `content-length: ${get("content-length")}\ncontent-type: ${get("content-type")}\nx-content-sha256: ${sha}`;

const verifyParts = {
  ocikit: async () => {
    const r = await verifyRequestParts(
      { method: "POST", target: PATH, headers: headerLookup, body: bodyBytes },
      lookup,
      { now },
    );
    if (!r.ok) throw new Error(r.message);
  },
  floor: async () => {
    const sha = createHash("sha256").update(bodyBytes).digest("base64");
    if (sha !== signedHeaders["x-content-sha256"]) throw new Error("hash");
    const ok = rsaVerify(
      "sha256",
      Buffer.from(floorSigningString(headerLookup, sha)),
      publicKey,
      Buffer.from(signatureB64, "base64"),
    );
    if (!ok) throw new Error("verify");
  },
};
const requestInit = () => ({ method: "POST", headers: signedHeaders, body: BODY });
const verifyReq = {
  ocikit: async () => {
    const r = await verifyRequest(new Request(URL_, requestInit()), lookup, { now });
    if (!r.ok) throw new Error(r.message);
  },
  "ocikit consumeBody": async () => {
    const r = await verifyRequest(new Request(URL_, requestInit()), lookup, { now, consumeBody: true });
    if (!r.ok) throw new Error(r.message);
  },
  floor: async () => {
    const request = new Request(URL_, requestInit());
    const body = new Uint8Array(await request.arrayBuffer());
    const sha = createHash("sha256").update(body).digest("base64");
    const get = (n) => request.headers.get(n);
    if (sha !== get("x-content-sha256")) throw new Error("hash");
    const ok = rsaVerify(
      "sha256",
      Buffer.from(floorSigningString(get, sha)),
      publicKey,
      Buffer.from(signatureB64, "base64"),
    );
    if (!ok) throw new Error("verify");
  },
};

// ---- runner -------------------------------------------------------------------------------------
// Other processes share the 2 cores, so contenders are interleaved in small slices (10-20 ms each)
// within every round: a burst of load then hits all of them alike instead of one whole round.
// Time is the process's CPU time (user + system), not wall time: on a shared machine a contender that
// is descheduled mid-slice would otherwise be charged for someone else's work.
// Rotating the order every slice spreads garbage-collection work evenly across contenders (forcing a
// collection between slices was tried: it distorts CPU time far more than it corrects).
async function runSlice(fn, batch) {
  const start = process.cpuUsage();
  for (let i = 0; i < batch; i++) await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) * 1000;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function compare(title, contenders, { sliceMs }) {
  const names = Object.keys(contenders);
  // Warm up, and size each contender's batch so one slice takes about SLICE_MS.
  const batch = {};
  for (const name of names) {
    let n = 0;
    const start = process.hrtime.bigint();
    while (Number(process.hrtime.bigint() - start) < 300e6) {
      await contenders[name]();
      n++;
    }
    // (wall time is fine for sizing batches)
    batch[name] = Math.max(1, Math.round((n / 300) * sliceMs));
  }
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const ns = Object.fromEntries(names.map((n) => [n, 0]));
    const ops = Object.fromEntries(names.map((n) => [n, 0]));
    const slices = Math.max(1, Math.round(ROUND_MS / (sliceMs * names.length)));
    for (let slice = 0; slice < slices; slice++) {
      for (let i = 0; i < names.length; i++) {
        const name = names[(i + slice) % names.length];
        ns[name] += await runSlice(contenders[name], batch[name]);
        ops[name] += batch[name];
      }
    }
    for (const name of names) samples[name].push((ops[name] * 1e9) / ns[name]);
    process.stderr.write(
      `${title}: round ${round + 1}/${ROUNDS} ${names.map((n) => `${n}=${Math.round(samples[n].at(-1))}`).join(" ")}\n`,
    );
  }
  const result = Object.fromEntries(names.map((n) => [n, median(samples[n])]));
  // Ratios are taken per round (contenders of one round shared the same slices of machine load),
  // then the median of those: steadier than a ratio of two medians taken from different rounds.
  result.ratio = (a, b) => median(samples[a].map((x, i) => x / samples[b][i]));
  return result;
}

const ONLY = process.env.BENCH_ONLY;
const skip = (name) => ONLY !== undefined && ONLY !== name;
const none = {
  ratio: () => NaN,
  "ocikit signRequestParts": NaN,
  "ocikit PEM string key": NaN,
  ocikit: NaN,
  floor: NaN,
  "oci-common": NaN,
  "ocikit consumeBody": NaN,
  "floor + new Request": NaN,
};

const fmt = (n) => Math.round(n).toLocaleString("en-US");

const s = skip("sign") ? none : await compare("sign", sign, { sliceMs: 20 });
const vp = skip("parts") ? none : await compare("verifyRequestParts", verifyParts, { sliceMs: 10 });
const vr = skip("request") ? none : await compare("verifyRequest", verifyReq, { sliceMs: 10 });

const targets = [
  { what: "signRequest vs floor", value: s.ratio("ocikit", "floor"), target: 0.9 },
  { what: "signRequest (PEM string key) vs floor", value: s.ratio("ocikit PEM string key", "floor"), target: 0.9 },
  { what: "signRequest vs oci-common", value: s.ratio("ocikit", "oci-common"), target: 3 },
  { what: "signRequestParts vs floor", value: s.ratio("ocikit signRequestParts", "floor"), target: 0.9 },
  { what: "verifyRequestParts vs floor", value: vp.ratio("ocikit", "floor"), target: 0.9 },
  { what: "verifyRequest (consumeBody) vs floor", value: vr.ratio("ocikit consumeBody", "floor"), target: 0.9 },
];
const met = targets.filter((t) => t.value >= t.target);

const out = [];
out.push("### @ocikit/signer: signing and verification (RSA-2048, POST with a 210-byte JSON body)");
out.push("");
out.push(
  `Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} at the end; ${ROUNDS} rounds ` +
    `of ~${ROUND_MS} ms, contenders interleaved in 10–20 ms slices, order rotated; median ` +
    "ops per CPU-second of the rounds (single caller, sequential awaits).",
);
out.push("");
out.push("| operation | ocikit ops/CPU-s | reference | reference ops/CPU-s | ratio | target | met |");
out.push("|---|---:|---|---:|---:|---:|:-:|");
const row = (op, set, a, refName, b, target) => {
  const r = set.ratio(a, b);
  out.push(
    `| ${op} | ${fmt(set[a])} | ${refName} | ${fmt(set[b])} | ${r.toFixed(2)}× | ≥ ${target}× | ${r >= target ? "yes" : "no"} |`,
  );
};
row("signRequest", s, "ocikit", "floor: Request + read/hash body + crypto.sign", "floor", 0.9);
row("signRequest, key as a PEM string", s, "ocikit PEM string key", "floor", "floor", 0.9);
out.push(
  `| signRequest, PEM string key | ${fmt(s["ocikit PEM string key"])} | signRequest, KeyObject | ${fmt(s.ocikit)} | ` +
    `${s.ratio("ocikit PEM string key", "ocikit").toFixed(2)}× | (context: 1.00× = no cost for the string) | — |`,
);
row("signRequest", s, "ocikit", "oci-common DefaultRequestSigner", "oci-common", 3);
row("signRequestParts (Request built and read as in the floor)", s, "ocikit signRequestParts", "floor", "floor", 0.9);
out.push(
  `| signRequest | ${fmt(s.ocikit)} | floor + new Request(request, init) (what the API must return) | ` +
    `${fmt(s["floor + new Request"])} | ${s.ratio("ocikit", "floor + new Request").toFixed(2)}× | (context, no target) | — |`,
);
row("verifyRequestParts", vp, "ocikit", "floor: hash body + crypto.verify", "floor", 0.9);
row(
  "verifyRequest, consumeBody",
  vr,
  "ocikit consumeBody",
  "floor: Request + read/hash body + crypto.verify",
  "floor",
  0.9,
);
out.push(
  `| verifyRequest (default: reads a clone, body stays readable) | ${fmt(vr.ocikit)} | same floor | ${fmt(vr.floor)} | ${vr.ratio("ocikit", "floor").toFixed(2)}× | (no target: pays a stream tee the floor skips) | — |`,
);
out.push("");
out.push(
  met.length === targets.length
    ? `All ${targets.length} targets met.`
    : `Targets met: ${met.length}/${targets.length}; missed: ${targets
        .filter((t) => t.value < t.target)
        .map((t) => `${t.what} (${t.value.toFixed(2)}× < ${t.target}×)`)
        .join(", ")}.`,
);
process.stdout.write(`${out.join("\n")}\n`);
