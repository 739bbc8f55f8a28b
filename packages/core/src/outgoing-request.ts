import { PlainRequest } from "./plain-request.js";

/**
 * One logical call as the retry loop needs it: the body already in memory so every attempt can
 * resend it.
 * @internal
 */
export interface OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** Body bytes, hashed for the signature. */
  readonly body: Uint8Array<ArrayBuffer> | null;
  /** What to hand to fetch: the original string when there is one (undici sends it cheaper). */
  readonly sendBody: string | Uint8Array<ArrayBuffer> | null;
  readonly signal: AbortSignal | undefined;
  readonly redirect: RequestRedirect;
}

const encoder = new TextEncoder();

/**
 * Reads a `Request`, a {@link PlainRequest}, or `fetch`-style arguments into an
 * {@link OutgoingRequest}, buffering the body once. Synchronous for the common case (a
 * {@link PlainRequest} with a string body or none), so the hot path skips an await.
 * @internal
 */
export function toOutgoing(
  input: Request | PlainRequest | string | URL,
  init?: RequestInit,
): OutgoingRequest | Promise<OutgoingRequest> {
  if (input instanceof PlainRequest) {
    const { url, method, headers, signal, redirect, body } = input;
    if (body === null) return { url, method, headers, body: null, sendBody: null, signal, redirect };
    if (typeof body === "string")
      return { url, method, headers, body: encoder.encode(body), sendBody: body, signal, redirect };
    return bodyBytes(body).then((bytes) => ({ url, method, headers, body: bytes, sendBody: bytes, signal, redirect }));
  }
  return readRequest(input, init);
}

async function readRequest(input: Request | string | URL, init?: RequestInit): Promise<OutgoingRequest> {
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  const body = request.body === null ? null : new Uint8Array(await request.arrayBuffer());
  const { url, method, signal, redirect } = request;
  return { url, method, headers: request.headers, body, sendBody: body, signal, redirect };
}

// A non-string body (null and strings are handled by the caller without an await).
async function bodyBytes(body: Exclude<BodyInit, string>): Promise<Uint8Array<ArrayBuffer>> {
  if (body instanceof Uint8Array)
    return body.buffer instanceof ArrayBuffer ? (body as Uint8Array<ArrayBuffer>) : new Uint8Array(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  // Blob, FormData, URLSearchParams, streams: let Response do the serializing.
  return new Uint8Array(await new Response(body).arrayBuffer());
}
