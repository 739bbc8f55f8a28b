import { signSplit } from "./sign-core.js";
import { SigningError } from "./signing-error.js";
import type { SigningKey } from "./signing-key.js";

/**
 * Options of {@link signRequest} and {@link signRequestParts}.
 * @public
 */
export interface SignOptions {
  /** Clock used for the `date` header when the request has none. Defaults to `() => new Date()`. */
  now?: () => Date;
}

/**
 * A request to sign, given as parts (no `Request` needed).
 * @public
 */
export interface SignParts {
  method: string;
  /** Absolute URL; its path and query are signed exactly as serialised, its host (with port) as `host`. */
  url: string | URL;
  /** The request's existing headers, case-insensitive; `date`, `x-date` and `content-type` are honoured. */
  headers?: (name: string) => string | null | undefined;
  /** Raw body bytes (or text, signed as UTF-8) of a POST/PUT/PATCH. */
  body?: Uint8Array | string;
}

/**
 * Headers to add to the request, by lowercase name: `date` (only when the request had neither `date`
 * nor `x-date`), `host`, for POST/PUT/PATCH `content-length`, `content-type`, `x-content-sha256`, and
 * `authorization`.
 * @public
 */
export type SignedHeaders = Record<string, string>;

const noHeaders = (): undefined => undefined;

function parseUrl(url: string | URL): URL {
  if (typeof url !== "string") return url;
  try {
    return new URL(url);
  } catch (cause) {
    throw new SigningError("INVALID_URL", `Cannot sign a request without an absolute URL (got '${url}').`, { cause });
  }
}

/**
 * Computes the OCI signature headers for a request given as parts — the synchronous core of
 * {@link signRequest}, for callers that already hold the body bytes and build their own request.
 *
 * @throws {@link SigningError} `INVALID_KEY_ID` / `INVALID_URL`; {@link KeyError} for an unreadable PEM.
 * @public
 */
export function signRequestParts(parts: SignParts, key: SigningKey, options?: SignOptions): SignedHeaders {
  const url = parseUrl(parts.url);
  return signSplit(
    parts.method,
    url.host,
    url.pathname + url.search,
    parts.headers ?? noHeaders,
    parts.body,
    key,
    options?.now,
  );
}
