import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeHttpFetch } from "./node-http-fetch.js";

// A self-signed certificate for 127.0.0.1, valid until 2126, made for this test only
// (openssl req -x509 -newkey rsa:2048 -nodes -days 36500 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1,DNS:localhost).
const cert = readFileSync(new URL("./fixtures/localhost-test-cert.pem", import.meta.url));
const key = readFileSync(new URL("./fixtures/localhost-test-key.pem", import.meta.url));

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string; socket: number };

// One handler for both servers: the path picks the answer; every request is recorded.
function handler(seen: Seen[]) {
  const sockets = new WeakMap<object, number>();
  let nextSocket = 0;
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (!sockets.has(req.socket)) sockets.set(req.socket, nextSocket++);
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), socket: sockets.get(req.socket) ?? -1 });
      const path = (req.url ?? "").split("?")[0];
      if (path === "/json") {
        res.writeHead(200, "Fine", [["content-type", "application/json"], ["opc-request-id", "r1"], ["x-multi", "a"], ["x-multi", "b"]]);
        res.end(JSON.stringify({ id: "ocid1.x", échec: "ü" }));
      } else if (path === "/echo") {
        res.writeHead(201, { "content-type": "application/json" });
        res.end(JSON.stringify({ method: req.method, body: Buffer.concat(chunks).toString("utf8") }));
      } else if (path === "/status") {
        const status = Number(new URL(req.url ?? "", "http://x").searchParams.get("s"));
        res.writeHead(status, { etag: '"e1"' });
        res.end(status === 204 || status === 304 ? undefined : `answer ${status}`);
      } else if (path === "/big") {
        res.writeHead(200, { "content-type": "application/octet-stream" });
        // Several chunks, so the body is put together from parts.
        for (let i = 0; i < 64; i++) res.write(Buffer.alloc(16 * 1024, i));
        res.end();
      } else if (path === "/slow") {
        res.writeHead(200, { "content-type": "text/plain" });
        res.write("partial");
        // Never ends on its own; the client gives up.
      } else if (path === "/cut") {
        res.writeHead(200, { "content-length": "100" });
        res.write("only part of it");
        setTimeout(() => res.socket?.destroy(), 20);
      } else {
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ code: "NotAuthorizedOrNotFound", message: "no" }));
      }
    });
  };
}

const seen: Seen[] = [];
let plain: http.Server;
let secure: https.Server;
let base: string;
let secureBase: string;

async function listen(server: http.Server | https.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  plain = http.createServer(handler(seen));
  secure = https.createServer({ cert, key }, handler(seen));
  base = `http://127.0.0.1:${await listen(plain)}`;
  secureBase = `https://127.0.0.1:${await listen(secure)}`;
});
afterAll(async () => {
  plain.closeAllConnections();
  secure.closeAllConnections();
  await Promise.all([new Promise((r) => plain.close(r)), new Promise((r) => secure.close(r))]);
});

const fetchPlain = createNodeHttpFetch();
const fetchSecure = createNodeHttpFetch({ httpsAgent: new https.Agent({ keepAlive: true, ca: cert }) });

describe("createNodeHttpFetch answers as fetch would", () => {
  it.each([
    ["http", () => base, fetchPlain],
    ["https (real TLS, the test's own CA)", () => secureBase, fetchSecure],
  ])("GET over %s: status, status text, headers (repeated ones joined), UTF-8 body", async (_name, root, send) => {
    const response = await send(`${root()}/json?x=1`, { headers: { "opc-request-id": "abc" } });
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.statusText, response.ok]).toEqual([200, "Fine", true]);
    expect(response.headers.get("opc-request-id")).toBe("r1");
    expect(response.headers.get("x-multi")).toBe("a, b");
    expect(await response.json()).toEqual({ id: "ocid1.x", échec: "ü" });
    const request = seen.at(-1);
    expect([request?.method, request?.url, request?.headers["opc-request-id"]]).toEqual(["GET", "/json?x=1", "abc"]);
  });

  it.each([
    ["a string", '{"displayName":"é"}', '{"displayName":"é"}'],
    ["bytes", new TextEncoder().encode('{"a":1}'), '{"a":1}'],
    ["an ArrayBuffer", new TextEncoder().encode("[1,2]").buffer, "[1,2]"],
    ["no body", null, ""],
  ])("POST with %s sends it whole, with the right content-length", async (_name, body, expected) => {
    const response = await fetchPlain(`${base}/echo`, { method: "post", body: body as BodyInit | null, headers: { "content-type": "application/json" } });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ method: "POST", body: expected });
    expect(seen.at(-1)?.headers["content-length"]).toBe(String(Buffer.byteLength(expected)));
  });

  it.each([
    ["a record", { "X-Name": "v" }],
    ["a Headers", new Headers({ "X-Name": "v" })],
    ["pairs", [["X-Name", "v"]] as [string, string][]],
  ])("takes headers as %s", async (_name, headers) => {
    await fetchPlain(`${base}/json`, { headers });
    expect(seen.at(-1)?.headers["x-name"]).toBe("v");
  });

  it.each([
    [204, "GET", null],
    [304, "GET", null],
    [404, "GET", "answer 404"],
    [503, "GET", "answer 503"],
    [200, "HEAD", null],
  ])("status %i to %s comes back as a Response (body %s), never a rejection", async (status, method, text) => {
    const response = await fetchPlain(`${base}/status?s=${status}`, { method });
    expect(response.status).toBe(status);
    expect(response.headers.get("etag")).toBe('"e1"');
    if (text === null) expect(response.body).toBeNull();
    else expect(await response.text()).toBe(text);
  });

  it("puts a body of many chunks back together byte for byte", async () => {
    const bytes = new Uint8Array(await (await fetchPlain(`${base}/big`)).arrayBuffer());
    expect(bytes.byteLength).toBe(64 * 16 * 1024);
    expect([bytes[0], bytes[16 * 1024], bytes.at(-1)]).toEqual([0, 1, 63]);
  });

  it("reuses one keep-alive connection for calls in a row", async () => {
    await fetchPlain(`${base}/json`);
    await fetchPlain(`${base}/json`);
    const [a, b] = seen.slice(-2);
    expect(a?.socket).toBe(b?.socket);
  });
});

describe("createNodeHttpFetch fails as fetch would", () => {
  it("rejects with the signal's reason when it is already aborted, sending nothing", async () => {
    const before = seen.length;
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    await expect(fetchPlain(`${base}/json`, { signal: controller.signal })).rejects.toThrow("stop");
    expect(seen.length).toBe(before);
  });

  it("rejects with the timeout's reason when the answer stalls (what --read-timeout uses)", async () => {
    const error = await fetchPlain(`${base}/slow`, { signal: AbortSignal.timeout(150) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("TimeoutError");
  });

  it("rejects with ECONNREFUSED when nothing listens (a request that never left: safe to retry)", async () => {
    const closed = http.createServer();
    const port = await listen(closed);
    await new Promise((r) => closed.close(r));
    await expect(fetchPlain(`http://127.0.0.1:${port}/`)).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  it("rejects with ECONNRESET when the connection drops mid-body", async () => {
    await expect(fetchPlain(`${base}/cut`)).rejects.toMatchObject({ code: "ECONNRESET" });
  });

  it("rejects an https server whose certificate it does not trust", async () => {
    await expect(createNodeHttpFetch()(`${secureBase}/json`)).rejects.toMatchObject({ code: "DEPTH_ZERO_SELF_SIGNED_CERT" });
  });

  it.each([
    ["a URL scheme other than http(s)", "ftp://127.0.0.1/x", {}, /use http: or https:/],
    ["a body that is neither a string nor bytes", "/json", { method: "POST", body: new Blob(["x"]) }, /string or bytes/],
  ])("refuses %s with a TypeError that says what works", async (_name, url, init, message) => {
    const target = url.startsWith("/") ? `${base}${url}` : url;
    await expect(fetchPlain(target, init as RequestInit)).rejects.toThrow(message);
  });
});
