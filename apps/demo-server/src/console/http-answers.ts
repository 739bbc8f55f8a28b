import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

/** Headers of every console answer: no caching, no framing, no sniffing, no referrer, a strict CSP. */
export const SECURITY_HEADERS: OutgoingHttpHeaders = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  // same-origin, not no-referrer: with no-referrer, Chromium sends `Origin: null` on the page's own form posts.
  "referrer-policy": "same-origin",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'",
};

export function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": type, "content-length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

export function sendJsonValue(res: ServerResponse, status: number, value: unknown, headers: OutgoingHttpHeaders = {}): void {
  if (status === 204) {
    res.writeHead(204, { ...SECURITY_HEADERS, ...headers });
    res.end();
    return;
  }
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value), headers);
}

/** An OCI-shaped error answer. */
export function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJsonValue(res, status, { code, message });
}
