import { isBodyMethod } from "./signed-headers.js";
import { splitSerializedUrl } from "./split-serialized-url.js";
import { verifyRequestParts } from "./verify-request-parts.js";
import type { KeyLookup, VerifyResult } from "./verify-result.js";

/**
 * Options of {@link verifyRequest}.
 * @public
 */
export interface VerifyRequestOptions {
  /** Server clock. Defaults to `() => new Date()`. */
  now?: () => Date;
  /** Allowed clock skew in seconds (default 300). */
  maxSkewSeconds?: number;
  /**
   * The raw path and query as received, when the framework that built the `Request` may have normalised
   * its URL. Defaults to the path and query of `request.url`.
   */
  requestTarget?: string;
  /**
   * Read the body from `request` itself instead of a clone. Faster (no stream tee), but the caller can no
   * longer read the body afterwards. Default false.
   */
  consumeBody?: boolean;
}

/**
 * Verifies an OCI-signed `Request` (see {@link verifyRequestParts} for the accepted forms). The body is
 * read from a clone, so the caller can still read `request`'s body afterwards (unless `consumeBody`).
 * The signed `host` header must match the host of `request.url`.
 * @public
 */
export async function verifyRequest(
  request: Request,
  lookupKey: KeyLookup,
  options?: VerifyRequestOptions,
): Promise<VerifyResult> {
  const { host: urlHost, target } = splitSerializedUrl(request.url);
  const requestHeaders = request.headers;
  const headers = (name: string): string | undefined => {
    const value = requestHeaders.get(name);
    if (value !== null) return value;
    // A Request built by a server framework may carry its host only in the URL.
    return name === "host" ? urlHost : undefined;
  };
  let body: Uint8Array | undefined;
  if (request.body !== null && (isBodyMethod(request.method) || requestHeaders.has("x-content-sha256"))) {
    body = new Uint8Array(await (options?.consumeBody === true ? request : request.clone()).arrayBuffer());
  }
  const parts = {
    method: request.method,
    target: options?.requestTarget ?? target,
    headers,
    ...(body === undefined ? {} : { body }),
  };
  const verifyOptions = {
    host: urlHost,
    ...(options?.now === undefined ? {} : { now: options.now }),
    ...(options?.maxSkewSeconds === undefined ? {} : { maxSkewSeconds: options.maxSkewSeconds }),
  };
  return verifyRequestParts(parts, lookupKey, verifyOptions);
}
