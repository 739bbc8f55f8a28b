import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

/** Extra response headers of an API answer. */
export interface ResponseExtras {
  etag?: string | undefined;
  nextPage?: string | undefined;
  headers?: OutgoingHttpHeaders;
}

/**
 * Writes a JSON (or empty, for 204) response with `opc-request-id`. Headers go to `writeHead` as a flat
 * array, the cheapest form for node:http (this is on the path of every request).
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: string | undefined,
  requestId: string,
  extras?: ResponseExtras,
): void {
  const headers: Array<string | number | string[]> = ["opc-request-id", requestId];
  if (extras !== undefined) {
    if (extras.etag !== undefined) headers.push("etag", extras.etag);
    if (extras.nextPage !== undefined) headers.push("opc-next-page", extras.nextPage);
    if (extras.headers !== undefined) {
      for (const [name, value] of Object.entries(extras.headers)) if (value !== undefined) headers.push(name, value);
    }
  }
  if (body === undefined || status === 204) {
    if (status !== 204) headers.push("content-length", 0);
    res.writeHead(status, headers as unknown as OutgoingHttpHeaders);
    res.end();
    return;
  }
  headers.push("content-type", "application/json", "content-length", Buffer.byteLength(body));
  res.writeHead(status, headers as unknown as OutgoingHttpHeaders);
  res.end(body);
}

/** `{"code","message"}` error body. */
export function errorBody(code: string, message: string): string {
  return JSON.stringify({ code, message });
}
