// Raw HTTP/1.1 over a TCP socket, for requests no HTTP client would send: unnormalised paths (`..`),
// raw non-UTF-8 or NUL bytes, broken framing, stalled or truncated bodies. Signed the OCI way over the
// exact bytes sent, so the server's own checks (not the signature) decide.
import { createHash, sign } from "node:crypto";
import { connect } from "node:net";
import { buildSigningString, type SigningKey } from "@ocikit/signer";

export interface RawResponse {
  /** 0 when the server closed the connection without answering. */
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RawRequest {
  method: string;
  /** Request target as sent: path and query, any bytes (a latin1 string maps 1:1 to bytes). */
  target: string;
  body?: Buffer | string;
  contentType?: string;
  /** Extra header lines, sent unsigned after the signed ones. */
  extraHeaders?: Array<[string, string]>;
}

/** The bytes of a signed request (`connection: close`), signature over `target` exactly as given. */
export function signedRawRequest(host: string, key: SigningKey, req: RawRequest): Buffer {
  const date = new Date().toUTCString();
  const values: Record<string, string> = { date, host };
  const names = ["date", "(request-target)", "host"];
  const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, "latin1");
  if (body !== undefined) {
    values["content-length"] = String(body.length);
    values["content-type"] = req.contentType ?? "application/json";
    values["x-content-sha256"] = createHash("sha256").update(body).digest("base64");
    names.push("content-length", "content-type", "x-content-sha256");
  }
  const signingString = buildSigningString({ method: req.method, target: req.target, headers: names, value: (n) => values[n] });
  const signature = sign("sha256", Buffer.from(signingString, "utf8"), key.privateKey).toString("base64");
  values.authorization =
    `Signature version="1",keyId="${key.keyId}",algorithm="rsa-sha256",headers="${names.join(" ")}",signature="${signature}"`;
  const lines = [`${req.method} ${req.target} HTTP/1.1`, ...Object.entries(values).map(([k, v]) => `${k}: ${v}`)];
  for (const [k, v] of req.extraHeaders ?? []) lines.push(`${k}: ${v}`);
  lines.push("connection: close", "", "");
  const head = Buffer.from(lines.join("\r\n"), "latin1");
  return body === undefined ? head : Buffer.concat([head, body]);
}

/** Parses a whole HTTP/1.1 response (content-length framed, as the demo server always answers). */
export function parseRawResponse(raw: Buffer): RawResponse {
  const text = raw.toString("latin1");
  const end = text.indexOf("\r\n\r\n");
  if (end < 0) return { status: 0, headers: {}, body: text };
  const [statusLine, ...headerLines] = text.slice(0, end).split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine ?? "")?.[1] ?? 0), headers, body: raw.subarray(end + 4).toString("utf8") };
}

/**
 * Connects, writes `chunks` (a number pauses that many milliseconds), and collects everything the server
 * sends until it closes the connection. `hangUp` closes from the client side after the last chunk.
 */
export function rawExchange(port: number, chunks: Array<Buffer | string | number>, options: { hangUp?: boolean } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const received: Buffer[] = [];
    socket.on("data", (c: Buffer) => received.push(c));
    // A reset after the answer (the server closes while the client still sends) is not a failure.
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ECONNRESET" && error.code !== "EPIPE") reject(error);
    });
    socket.on("close", () => resolve(parseRawResponse(Buffer.concat(received))));
    socket.on("connect", async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) return;
        if (typeof chunk === "number") await new Promise((r) => setTimeout(r, chunk));
        else socket.write(typeof chunk === "string" ? Buffer.from(chunk, "latin1") : chunk);
      }
      if (options.hangUp === true) socket.destroy();
    });
  });
}
