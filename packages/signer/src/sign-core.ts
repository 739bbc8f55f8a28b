import { createHash, sign as rsaSign } from "node:crypto";
import { EMPTY_BODY_SHA256, isBodyMethod, SIGNED_LIST, type SignedList } from "./signed-headers.js";
import { composeSigningString } from "./signing-string.js";
import { SigningError } from "./signing-error.js";
import { resolvePrivateKey, type SigningKey } from "./signing-key.js";

/** Headers to add to a request, by lowercase name (see `SignedHeaders`). @internal */
export type SignedHeaderRecord = Record<string, string>;

// Printable ASCII except the double quote.
const SAFE_KEY_ID = /^[\x20\x21\x23-\x7e]+$/;
// A client signs with the same keyId over and over: remember the last one that passed, so the
// check costs one string comparison (identical string objects compare by pointer).
let lastValidKeyId = "";

function checkKeyId(keyId: string): void {
  if (keyId === lastValidKeyId) return;
  if (keyId === "" || !SAFE_KEY_ID.test(keyId)) {
    // A quote or control character would break out of keyId="…" and corrupt the Authorization header.
    throw new SigningError(
      "INVALID_KEY_ID",
      'The keyId is empty or contains a double quote or control character. Use "<tenancy OCID>/<user OCID>/' +
        '<fingerprint>" or "ST$<session token>".',
    );
  }
  lastValidKeyId = keyId;
}

/**
 * The signing work shared by `signRequest` and `signRequestParts`, once the URL is split into the
 * `host` header value and the request target (path plus query as sent). Without `now`, the system
 * clock dates a request that carries no date.
 * @internal
 */
export function signSplit(
  method: string,
  host: string,
  target: string,
  get: (name: string) => string | null | undefined,
  body: Uint8Array | string | undefined,
  key: SigningKey,
  now: (() => Date) | undefined,
): SignedHeaderRecord {
  checkKeyId(key.keyId);
  const privateKey = resolvePrivateKey(key.privateKey);
  const out: SignedHeaderRecord = {};

  const xDate = get("x-date") ?? undefined;
  let dateValue = xDate ?? get("date") ?? undefined;
  if (dateValue === undefined) {
    dateValue = (now === undefined ? new Date() : now()).toUTCString();
    out.date = dateValue;
  }
  out.host = host;

  const dateName = xDate !== undefined ? "x-date" : "date";
  let list: SignedList;
  if (isBodyMethod(method)) {
    const length = body === undefined ? 0 : typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
    out["content-length"] = String(length);
    out["content-type"] = get("content-type") ?? "application/json";
    out["x-content-sha256"] =
      length === 0
        ? EMPTY_BODY_SHA256
        : createHash("sha256")
            .update(body as Uint8Array | string)
            .digest("base64");
    list = xDate !== undefined ? SIGNED_LIST["x-dateBody"] : SIGNED_LIST.dateBody;
  } else {
    list = xDate !== undefined ? SIGNED_LIST["x-date"] : SIGNED_LIST.date;
  }
  // Every listed header has a value here (the date, or one of the headers just added).
  const signingString = composeSigningString(method, target, list.names, (name) =>
    name === dateName ? dateValue : out[name],
  ) as string;
  const signature = rsaSign("sha256", Buffer.from(signingString, "utf8"), privateKey).toString("base64");
  out.authorization =
    `Signature version="1",headers="${list.header}",keyId="${key.keyId}",algorithm="rsa-sha256",` +
    `signature="${signature}"`;
  return out;
}
