// A minimal HTTP load balancer for tests: each request goes to the next target in turn, with its method,
// request target, headers (Host included: the signature covers it) and body passed through unchanged,
// as the nginx config of docs/deploy does.
import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface RoundRobinProxy {
  url: string;
  /** Requests sent to each target so far. */
  hits: number[];
  close(): Promise<void>;
}

/**
 * `targets` is read at each request: a caller may fill it after the proxy listens (the servers behind it
 * must know the proxy's authority, which their signed `host` names, before they start).
 */
export async function startRoundRobinProxy(targets: readonly string[]): Promise<RoundRobinProxy> {
  const hits: number[] = [];
  let next = 0;
  const server = createServer((req, res) => {
    const i = next++ % targets.length;
    hits[i] = (hits[i] ?? 0) + 1;
    const target = new URL(targets[i] as string);
    const headers: IncomingHttpHeaders = { ...req.headers };
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
      res.end('{"code":"BadGateway","message":"The replica did not answer."}');
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
