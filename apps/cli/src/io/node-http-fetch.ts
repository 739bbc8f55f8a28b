import http from "node:http";
import type https from "node:https";

/** What the CLI sends requests with: `fetch(url, init)`, without `Request` inputs. */
export type HttpFetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Options of {@link createNodeHttpFetch}. */
export interface NodeHttpFetchOptions {
  /** Agent for `http:` URLs. Default: one keep-alive agent per fetch. */
  httpAgent?: http.Agent | undefined;
  /** Agent for `https:` URLs (e.g. with a `ca` of its own). Default: one keep-alive agent, created on the first https request. */
  httpsAgent?: https.Agent | undefined;
}

// Statuses whose response can have no body (Fetch standard); `Response` refuses one.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * A `fetch` over `node:http`/`node:https` for a short-lived process. Node's global `fetch` loads and
 * compiles undici's HTTP parser (WebAssembly) on its first request, which costs a CLI call about as much
 * as everything else it does (BENCHMARKS.md § ocikit CLI cold start); this sends the same request with
 * the HTTP client Node already has. The answer is a standard `Response` with the whole body buffered.
 *
 * Differences from `fetch`: redirects are never followed (OCI's API answers none; a 3xx comes back as
 * it is), no `accept-encoding` is added (answers come uncompressed), and the body must be a string or
 * bytes. Like `fetch`, an abort rejects with `signal.reason`; other failures reject with Node's error,
 * whose `code` (ECONNREFUSED, ECONNRESET, …) tells retries whether the request left this machine.
 */
export function createNodeHttpFetch(options: NodeHttpFetchOptions = {}): HttpFetch {
  const httpAgent = options.httpAgent ?? new http.Agent({ keepAlive: true });
  let httpsAgent: Promise<https.Agent> | undefined = options.httpsAgent && Promise.resolve(options.httpsAgent);
  let httpsModule: Promise<typeof https> | undefined;
  const loadHttps = () => (httpsModule ??= import("node:https").then((m) => m.default));

  return async function nodeHttpFetch(url, init = {}) {
    const target = new URL(url);
    const signal = init.signal ?? undefined;
    signal?.throwIfAborted();
    const method = (init.method ?? "GET").toUpperCase();
    const headers = headerRecord(init.headers);
    const body = bodyBytes(init.body);
    if (target.protocol === "http:") return send(http.request, httpAgent, target, method, headers, body, signal);
    if (target.protocol !== "https:") throw new TypeError(`Cannot send a request to '${target.protocol}' URLs; use http: or https:.`);
    const module = await loadHttps();
    httpsAgent ??= Promise.resolve(new module.Agent({ keepAlive: true }));
    return send(module.request, await httpsAgent, target, method, headers, body, signal);
  };
}

type RequestFunction = (url: URL, options: http.RequestOptions, callback: (response: http.IncomingMessage) => void) => http.ClientRequest;

function send(
  request: RequestFunction,
  agent: http.Agent,
  target: URL,
  method: string,
  headers: Record<string, string | string[]>,
  body: Uint8Array | string | null,
  signal: AbortSignal | undefined,
): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      outgoing.destroy();
      reject(error);
    };
    const onAbort = () => fail(signal?.reason);
    const outgoing = request(target, { method, headers, agent }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      // A connection closed before the whole body arrived ends here too, as ECONNRESET ("aborted").
      incoming.on("error", fail);
      incoming.on("end", () => {
        if (settled) return;
        try {
          const response = toResponse(incoming, method, chunks);
          settled = true;
          signal?.removeEventListener("abort", onAbort);
          resolve(response);
        } catch (error) {
          fail(error);
        }
      });
    });
    outgoing.on("error", fail);
    signal?.addEventListener("abort", onAbort, { once: true });
    outgoing.end(body ?? undefined);
  });
}

function toResponse(incoming: http.IncomingMessage, method: string, chunks: Buffer[]): Response {
  const status = incoming.statusCode ?? 0;
  if (status < 200 || status > 599) {
    throw Object.assign(new TypeError(`The server answered with HTTP status ${status}, which is not a final answer.`), { code: "BAD_STATUS" });
  }
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  const noBody = method === "HEAD" || NULL_BODY_STATUSES.has(status);
  // Node's buffers sit on ArrayBuffers (never shared memory), which `Response` takes as they are.
  const bytes = noBody ? null : ((chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)) as Uint8Array<ArrayBuffer>);
  return new Response(bytes, { status, statusText: incoming.statusMessage ?? "", headers });
}

function headerRecord(init: HeadersInit | undefined): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  if (init === undefined) return record;
  const pairs: Iterable<readonly [string, string]> | undefined =
    Symbol.iterator in init ? (init as Iterable<readonly [string, string]>) : undefined;
  if (pairs === undefined) {
    for (const [name, value] of Object.entries(init as Record<string, string>)) record[name.toLowerCase()] = value;
    return record;
  }
  for (const [name, value] of pairs) {
    const key = name.toLowerCase();
    const seen = record[key];
    record[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return record;
}

function bodyBytes(body: BodyInit | null | undefined): Uint8Array | string | null {
  if (body === null || body === undefined) return null;
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new TypeError("The request body must be a string or bytes (Uint8Array, ArrayBuffer).");
}
