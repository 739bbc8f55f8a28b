import { createHash, sign as rsaSign } from "node:crypto";
import { buildSigningString } from "./build-signing-string.js";
import { EMPTY_BODY_SHA256, isBodyMethod, SIGNED_LIST } from "./signed-headers.js";
import { SigningError } from "./signing-error.js";
import { resolvePrivateKey, type SigningKey } from "./signing-key.js";

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

const defaultNow = (): Date => new Date();
// Printable ASCII except the double quote.
const SAFE_KEY_ID = /^[\x20\x21\x23-\x7e]+$/;
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
  if (key.keyId === "" || !SAFE_KEY_ID.test(key.keyId)) {
    // A quote or control character would break out of keyId="…" and corrupt the Authorization header.
    throw new SigningError(
      "INVALID_KEY_ID",
      'The keyId is empty or contains a double quote or control character. Use "<tenancy OCID>/<user OCID>/' +
        '<fingerprint>" or "ST$<session token>".',
    );
  }
  const privateKey = resolvePrivateKey(key.privateKey);
  const url = parseUrl(parts.url);
  const get = parts.headers ?? noHeaders;
  const out: SignedHeaders = {};

  const xDate = get("x-date") ?? undefined;
  const dateName = xDate !== undefined ? "x-date" : "date";
  let dateValue = xDate ?? get("date") ?? undefined;
  if (dateValue === undefined) {
    dateValue = (options?.now ?? defaultNow)().toUTCString();
    out.date = dateValue;
  }
  const host = url.host;
  out.host = host;

  const withBody = isBodyMethod(parts.method);
  let contentLength = "";
  let contentType = "";
  let contentSha = "";
  if (withBody) {
    const body = parts.body;
    const length = body === undefined ? 0 : typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
    contentLength = String(length);
    contentSha = length === 0 ? EMPTY_BODY_SHA256 : createHash("sha256").update(body as Uint8Array | string).digest("base64");
    contentType = get("content-type") ?? "application/json";
    out["content-length"] = contentLength;
    out["content-type"] = contentType;
    out["x-content-sha256"] = contentSha;
  }

  const signed = withBody
    ? dateName === "date"
      ? SIGNED_LIST.dateBody
      : SIGNED_LIST["x-dateBody"]
    : SIGNED_LIST[dateName];
  const signingString = buildSigningString({
    method: parts.method,
    target: url.pathname + url.search,
    headers: signed.names,
    value: (name) => {
      switch (name) {
        case "date":
        case "x-date":
          return dateValue;
        case "host":
          return host;
        case "content-length":
          return contentLength;
        case "content-type":
          return contentType;
        case "x-content-sha256":
          return contentSha;
        default:
          return get(name);
      }
    },
  });
  const signature = rsaSign("sha256", Buffer.from(signingString, "utf8"), privateKey).toString("base64");
  out.authorization =
    `Signature version="1",headers="${signed.list}",keyId="${key.keyId}",algorithm="rsa-sha256",` +
    `signature="${signature}"`;
  return out;
}
