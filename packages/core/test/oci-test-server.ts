// A real node:http server on 127.0.0.1 for the client tests: it verifies every request's OCI
// signature with @ocikit/signer, records what arrived, and answers from a test-supplied script.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { verifyRequest, type VerifyResult } from "@ocikit/signer";

export interface RecordedRequest {
  readonly method: string;
  /** Raw request target (path + query) as received. */
  readonly target: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly verified: VerifyResult;
}

/** A canned answer; "destroy" drops the connection without a response. */
export type Reply = { status: number; headers?: Record<string, string>; body?: unknown } | "destroy";

export type Handler = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export interface TestServer {
  /** Service root, e.g. http://127.0.0.1:PORT */
  readonly url: string;
  readonly requests: RecordedRequest[];
  setHandler(handler: Handler): void;
  close(): Promise<void>;
}

export interface TestKey {
  readonly keyId: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

export function generateTestKey(keyId = "ocid1.tenancy.oc1..test/ocid1.user.oc1..test/aa:bb:cc"): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { keyId, privateKey, publicKey };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const method = req.method ?? "GET";
  const withBody = method !== "GET" && method !== "HEAD";
  return new Request(`http://${req.headers.host}${req.url}`, {
    method,
    headers,
    ...(withBody ? { body: new Uint8Array(body) } : {}),
  });
}

export async function startTestServer(
  key: TestKey,
  handler: Handler = () => ({ status: 200, body: {} }),
): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  let current = handler;

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const verified = await verifyRequest(toRequest(req, body), async (keyId) =>
      keyId === key.keyId ? key.publicKey : undefined,
    );
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers[name] = value;
    }
    const recorded: RecordedRequest = {
      method: req.method ?? "",
      target: req.url ?? "",
      headers,
      body: body.toString("utf8"),
      verified,
    };
    requests.push(recorded);
    const reply: Reply = verified.ok
      ? await current(recorded, requests.length - 1)
      : { status: 401, body: { code: "NotAuthenticated", message: verified.message } };
    if (reply === "destroy") {
      req.socket.destroy();
      return;
    }
    const payload = reply.body === undefined ? "" : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(payload),
      "opc-request-id": headers["opc-request-id"] ?? "server-minted",
      ...reply.headers,
    });
    res.end(payload);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setHandler(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
