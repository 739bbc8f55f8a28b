// Issue 12, item 5: no work before authentication. A request with a body is verified from its headers
// (the signature covers content-length and x-content-sha256, not the body) and refused before a byte of
// its body is buffered; authenticated bodies share a bounded buffer, and connections are capped. Past a
// cap: 503 ServiceUnavailable with retry-after.
import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { startFixture, tempDir } from "./demo-fixture.js";
import { parseRawResponse, signedRawRequest } from "./raw-http.js";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const API = "/20160918";
const MIB = 1024 * 1024;
const SLOW_CLIENTS = 400;
/** The server may grow by this much while 400 unauthenticated near-1 MiB bodies arrive (≈ 400 MiB if it buffered them). */
const RSS_GROWTH_BOUND_MIB = 120;

function rssMib(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
}

/** Opens a connection, writes `bytes`, and resolves with it once the bytes are handed to the kernel. */
function sendAndHold(port: number, bytes: Buffer, seen: Buffer[]): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(bytes, (error) => (error ? reject(error) : resolve(socket)));
    });
    socket.on("data", (c: Buffer) => seen.push(c));
    socket.on("error", () => undefined);
  });
}

/** The first status line received on a socket (waits for it). */
async function statusOf(seen: Buffer[], timeoutMs = 60_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const status = parseRawResponse(Buffer.concat(seen)).status;
    if (status !== 0 || Date.now() > until) return status;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("work before authentication (a real server process)", () => {
  const dir = tempDir();
  let child: ChildProcess | undefined;
  const sockets: Socket[] = [];
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    if (child !== undefined && child.exitCode === null) {
      const exited = new Promise((r) => child?.once("exit", r));
      child.kill("SIGKILL");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    `${SLOW_CLIENTS} unauthenticated near-1 MiB bodies, all but one byte sent: each refused 401 at once, RSS grows < ${RSS_GROWTH_BOUND_MIB} MiB`,
    async () => {
      const server = spawn(process.execPath, [main, "--port", "0", "--data", dir, "--lifecycle", "immediate", "--max-connections", "1000"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = server;
      const port = await new Promise<number>((resolve, reject) => {
        let out = "";
        server.stdout?.on("data", (c: Buffer) => {
          out += c.toString();
          const m = /listening on http:\/\/[^:]+:(\d+)/.exec(out);
          if (m !== null) resolve(Number(m[1]));
        });
        server.once("exit", (code) => reject(new Error(`server exited (${code}) before listening`)));
      });
      const pid = server.pid as number;
      // A key the server does not know, signing correctly (content-length and x-content-sha256 included).
      const stranger = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
      const body = Buffer.alloc(MIB - 64, 0x20);
      const full = signedRawRequest(`127.0.0.1:${port}`, { keyId: "ocid1.tenancy.oc1..x/ocid1.user.oc1..y/00:11", privateKey: stranger }, {
        method: "POST",
        target: `${API}/volumes`,
        body,
      });
      const allButOne = full.subarray(0, full.length - 1);
      // Warm up (JIT, first request paths), then take the baseline.
      const warm: Buffer[] = [];
      sockets.push(await sendAndHold(port, full, warm));
      expect(await statusOf(warm)).toBe(401);
      await new Promise((r) => setTimeout(r, 500));
      const before = rssMib(pid);
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssMib(pid));
      }, 50);
      try {
        const seen = Array.from({ length: SLOW_CLIENTS }, (): Buffer[] => []);
        // In waves of 50, so the test client itself stays small.
        for (let i = 0; i < SLOW_CLIENTS; i += 50) {
          const wave = seen.slice(i, i + 50).map((s) => sendAndHold(port, allButOne, s));
          sockets.push(...(await Promise.all(wave)));
        }
        const statuses = await Promise.all(seen.map((s) => statusOf(s)));
        await new Promise((r) => setTimeout(r, 1000));
        peak = Math.max(peak, rssMib(pid));
        process.stderr.write(`work before authentication: server RSS ${before.toFixed(0)} MiB → peak ${peak.toFixed(0)} MiB\n`);
        expect(statuses.filter((s) => s !== 401)).toEqual([]);
        expect(peak - before, `RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MiB`).toBeLessThan(RSS_GROWTH_BOUND_MIB);
      } finally {
        clearInterval(sampler);
      }
    },
    240_000,
  );
});

describe("caps on connections and buffered bodies → 503 ServiceUnavailable with retry-after", () => {
  it("a request on a connection past --max-connections", async () => {
    const f = await startFixture({ maxConnections: 3 });
    const held: Socket[] = [];
    try {
      for (let i = 0; i < 3; i++) held.push(await new Promise<Socket>((resolve) => {
        const s = connect(f.server.port, "127.0.0.1", () => resolve(s));
      }));
      while ((await f.server.connectionCount()) < 3) await new Promise((r) => setTimeout(r, 10));
      const res = await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}`);
      expect(res.status).toBe(503);
      expect(res.error?.code).toBe("ServiceUnavailable");
      expect(res.error?.message).toContain("open connections");
      expect(res.headers.get("retry-after")).toBe("1");
      for (const s of held) s.destroy();
      while ((await f.server.connectionCount()) > 0) await new Promise((r) => setTimeout(r, 10));
      expect((await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}`)).status).toBe(200);
    } finally {
      for (const s of held) s.destroy();
      await f.close();
    }
  }, 60_000);

  it("an authenticated body that does not fit the buffered-body budget while another is being read", async () => {
    const f = await startFixture({ maxBufferedBodyBytes: 3000 });
    const sockets: Socket[] = [];
    try {
      const body = JSON.stringify({ compartmentId: f.server.compartmentId, availabilityDomain: "AD-1", displayName: "x".repeat(200) }).padEnd(2000, " ");
      const host = `127.0.0.1:${f.server.port}`;
      // A signed body that stalls one byte short: it holds its 2000 bytes of the budget.
      const slow = signedRawRequest(host, f.key, { method: "POST", target: `${API}/volumes`, body });
      const slowSeen: Buffer[] = [];
      const slowSocket = await sendAndHold(f.server.port, slow.subarray(0, slow.length - 1), slowSeen);
      sockets.push(slowSocket);
      await new Promise((r) => setTimeout(r, 200));
      const seen: Buffer[] = [];
      sockets.push(await sendAndHold(f.server.port, signedRawRequest(host, f.key, { method: "POST", target: `${API}/volumes`, body }), seen));
      const refused = parseRawResponse(Buffer.concat(await waitForAnswer(seen)));
      expect(refused.status).toBe(503);
      expect(JSON.parse(refused.body)).toMatchObject({ code: "ServiceUnavailable" });
      expect(refused.headers["retry-after"]).toBe("1");
      // The stalled body completes: it is served, and the budget is free again.
      slowSocket.write(slow.subarray(slow.length - 1));
      expect(await statusOf(slowSeen)).toBe(200);
      const again: Buffer[] = [];
      sockets.push(await sendAndHold(f.server.port, signedRawRequest(host, f.key, { method: "POST", target: `${API}/volumes`, body }), again));
      expect(await statusOf(again)).toBe(200);
    } finally {
      for (const s of sockets) s.destroy();
      await f.close();
    }
  }, 60_000);
});

async function waitForAnswer(seen: Buffer[]): Promise<Buffer[]> {
  await statusOf(seen);
  // The body follows the head in the same write (content-length framed, small).
  await new Promise((r) => setTimeout(r, 50));
  return seen;
}

