import type { KeyObject } from "node:crypto";
import { signRequestParts, type SignParts } from "@ocikit/signer";

/** A signing key whose private key is already parsed. @internal */
export interface ParsedSigningKey {
  readonly keyId: string;
  readonly privateKey: KeyObject;
}

/**
 * Signs one attempt in place on lower-case `headers` with the signer's parts-level
 * `signRequestParts`: sets `date` (unless `date`/`x-date` is present), for POST/PUT/PATCH
 * `content-length`, `content-type` and `x-content-sha256`, then `authorization`.
 *
 * `host` is signed as `url.host` but not set: fetch derives the very same value from the URL, and a
 * caller-set `host` header makes undici's request path measurably slower. No `Request` objects are
 * built: the retry loop already holds the body bytes, and two `Request`s with body streams per
 * attempt cost more than the RSA signature (bench/client.bench.mjs).
 * @internal
 */
export function signAttempt(
  method: string,
  url: URL,
  headers: Record<string, string>,
  body: Uint8Array | null,
  key: ParsedSigningKey,
  now: () => Date,
): void {
  const parts: SignParts = { method, url, headers: (name) => headers[name] };
  if (body) parts.body = body;
  const signed = signRequestParts(parts, key, { now });
  for (const name in signed) {
    if (name !== "host") headers[name] = signed[name] as string;
  }
}
