import { verify as rsaVerify, type KeyObject } from "node:crypto";
import { parseAuthorizationCached, type ParsedAuthorization } from "./parse-authorization.js";
import { parseHttpDate } from "./parse-http-date.js";

import { BASE_SIGNED_HEADERS, BODY_SIGNED_HEADERS, isBodyMethod } from "./signed-headers.js";
import { composeSigningString, missingSignedHeader } from "./signing-string.js";
import { verifyBody } from "./verify-body.js";
import type { KeyLookup, VerifyFailureCode, VerifyResult } from "./verify-result.js";

/**
 * A received request as a node:http server sees it, without building a `Request`.
 * @public
 */
export interface RequestParts {
  method: string;
  /** Raw path plus query as received on the request line (e.g. `IncomingMessage.url`). */
  target: string;
  /** Header lookup; always called with lowercase names, so `(n) => req.headers[n]` works for node:http. */
  headers: (name: string) => string | undefined;
  /** The raw body bytes, when the request has one. */
  body?: Uint8Array;
}

/**
 * Options of {@link verifyRequestParts}.
 * @public
 */
export interface VerifyOptions {
  /** Server clock. Defaults to `() => new Date()`. */
  now?: () => Date;
  /** Allowed distance between the request date and `now`, in seconds (default 300, as OCI). */
  maxSkewSeconds?: number;
  /** When given, the signed `host` header must equal it (case-insensitive). */
  host?: string;
  /**
   * Verify the signature from the headers alone, before the body is read: `content-length` and
   * `x-content-sha256` are signed, the body is not. The ok result then carries `signedBody`; check the
   * body with {@link verifyBody} once it is read. Lets a server refuse an unauthenticated request
   * without buffering its body.
   */
  deferBody?: boolean;
}

const DEFAULT_MAX_SKEW_SECONDS = 300;
const listsPassed = new WeakMap<readonly string[], number>();
const BAD_SIGNATURE_MESSAGE =
  "Failed to verify the HTTP(S) Signature. Check that the request is signed with the private key that " +
  "matches the keyId, and that method, path, query and signed headers were not changed after signing.";

function fail(code: VerifyFailureCode, message: string): VerifyResult {
  return { ok: false, code, message };
}

function checkSignedList(
  auth: ParsedAuthorization,
  dateName: "date" | "x-date",
  bodyMethod: boolean,
  method: string,
): VerifyResult | undefined {
  const signed = auth.headers;
  const missing: string[] = [];
  if (!signed.includes(dateName)) missing.push(dateName);
  for (const h of BASE_SIGNED_HEADERS) if (!signed.includes(h)) missing.push(h);
  if (bodyMethod) for (const h of BODY_SIGNED_HEADERS) if (!signed.includes(h)) missing.push(h);
  if (missing.length === 0) return undefined;
  const why =
    dateName === "x-date" && missing.includes("x-date") && signed.includes("date")
      ? " (the request carries x-date, which takes precedence over date, so x-date must be the signed one)"
      : "";
  return fail(
    "MISSING_SIGNED_HEADER",
    `The signature does not cover required header(s) ${missing.map((m) => `'${m}'`).join(", ")}${why}. ` +
      `A ${method.toUpperCase()} request must sign ${bodyMethod ? "date|x-date, (request-target), host, content-length, content-type and x-content-sha256" : "date|x-date, (request-target) and host"}; ` +
      "list them in the headers parameter of the Authorization header.",
  );
}

/**
 * Verifies an OCI-signed request given as its raw parts — the allocation-light path for a node:http
 * server. Accepts every official SDK's form: `date` or `x-date` (`x-date` wins when both are present),
 * any parameter order, mixed-case names in `headers=`, `ST$…` keyIds, extra unsigned headers.
 *
 * Never throws for a bad request; returns `{ ok: false, code, message }` instead. Errors thrown by
 * `lookupKey` propagate.
 * @public
 */
export async function verifyRequestParts(
  parts: RequestParts,
  lookupKey: KeyLookup,
  options?: VerifyOptions,
): Promise<VerifyResult> {
  const { method, headers } = parts;
  const header = headers("authorization");
  if (header === undefined || header === "") {
    return fail(
      "MISSING_AUTHORIZATION",
      "The request has no Authorization header. Sign it with an OCI API key (signature version 1, rsa-sha256).",
    );
  }
  let auth: ParsedAuthorization;
  try {
    auth = parseAuthorizationCached(header);
  } catch (error) {
    return fail("MALFORMED_AUTHORIZATION", (error as Error).message);
  }
  if (auth.version !== undefined && auth.version !== "1") {
    return fail(
      "UNSUPPORTED_ALGORITHM",
      `Signature version '${auth.version}' is not supported; sign with version="1".`,
    );
  }
  if (auth.algorithm !== "rsa-sha256" && auth.algorithm?.toLowerCase() !== "rsa-sha256") {
    return fail(
      "UNSUPPORTED_ALGORITHM",
      `Signature algorithm '${auth.algorithm ?? "(none)"}' is not supported; sign with algorithm="rsa-sha256".`,
    );
  }

  const xDate = headers("x-date");
  const dateName = xDate !== undefined ? "x-date" : "date";
  const bodyMethod = isBodyMethod(method);
  // Lists are cached frozen arrays (parseAuthorization), so a list that passed is remembered per
  // date header and method kind.
  const listBit = 1 << ((dateName === "x-date" ? 2 : 0) | (bodyMethod ? 1 : 0));
  const passed = listsPassed.get(auth.headers) ?? 0;
  if ((passed & listBit) === 0) {
    const listProblem = checkSignedList(auth, dateName, bodyMethod, method);
    if (listProblem !== undefined) return listProblem;
    listsPassed.set(auth.headers, passed | listBit);
  }

  // One pass reads each signed header once and builds the signing string; the checks below reuse
  // the values it picked up.
  const names = auth.headers;
  let dateValue = "";
  let signedHost = "";
  let declaredLength: string | undefined;
  let declaredHash: string | undefined;
  const signedValue = (name: string): string | undefined => {
    const value = headers(name);
    if (value !== undefined) {
      if (name === dateName) dateValue = value;
      else if (name === "host") signedHost = value;
      else if (name === "content-length") declaredLength = value;
      else if (name === "x-content-sha256") declaredHash = value;
    }
    return value;
  };
  const signingString = composeSigningString(method, parts.target, names, signedValue);
  if (signingString === undefined) {
    return fail(
      "HEADER_NOT_PRESENT",
      `Header '${missingSignedHeader(names, headers)}' is listed as signed but is missing from the request. ` +
        "Send it, or do not list it in the headers parameter.",
    );
  }

  const requestTime = parseHttpDate(dateValue);
  if (Number.isNaN(requestTime)) {
    return fail(
      "INVALID_DATE",
      `The ${dateName} header '${dateValue}' is not a valid date. Send an RFC 7231 date in GMT, e.g. ` +
        "'Thu, 05 Jan 2014 21:31:40 GMT'.",
    );
  }
  const now = options?.now ? options.now().getTime() : Date.now();
  const skewMs = (options?.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS) * 1000;
  if (requestTime < now - skewMs || requestTime > now + skewMs) {
    return fail(
      "CLOCK_SKEW",
      `Date '${dateValue}' is not within allowed clock skew. Current '${new Date(now).toUTCString()}', ` +
        `valid datetime range: ['${new Date(now - skewMs).toUTCString()}', '${new Date(now + skewMs).toUTCString()}']. ` +
        "Synchronise the client clock (NTP) and sign again.",
    );
  }

  if (options?.host !== undefined && signedHost.toLowerCase() !== options.host.toLowerCase()) {
    return fail(
      "HOST_MISMATCH",
      `The signed host '${signedHost}' does not match the host the request was sent to ('${options.host}'). ` +
        "Sign the request for the endpoint it is sent to.",
    );
  }

  if (options?.deferBody !== true) {
    const bodyFailure = verifyBody({ contentLength: declaredLength, sha256: declaredHash }, parts.body);
    if (bodyFailure !== undefined) return bodyFailure;
  }

  // Most lookups are synchronous map reads; skip the extra microtask of awaiting a plain value.
  const found = lookupKey(auth.keyId);
  const key: KeyObject | undefined = found instanceof Promise ? await found : found;
  if (key === undefined) {
    if (auth.keyId.startsWith("ST$")) {
      return fail(
        "UNKNOWN_KEY",
        "The session token in keyId 'ST$<token redacted>' is unknown or expired. Refresh it with " +
          "`oci session refresh --profile <profile>` (or start a new session with `oci session authenticate`) " +
          "and sign again.",
      );
    }
    return fail(
      "UNKNOWN_KEY",
      `No API key is registered for keyId '${redactKeyId(auth.keyId)}'. Upload the public key for this ` +
        "user (or check tenancy, user and fingerprint in the keyId).",
    );
  }

  // Strict RFC 4648 base64 (padding, no whitespace, canonical): Buffer.from skips junk and decodes what
  // is left, so the value must be exactly what its bytes encode back to. Cheaper than a regular
  // expression over the ~344 characters, and the bytes are the ones verified.
  const signatureBytes = Buffer.from(auth.signature, "base64");
  if (signatureBytes.toString("base64") !== auth.signature) {
    return fail(
      "BAD_SIGNATURE",
      `${BAD_SIGNATURE_MESSAGE} The signature value is not valid base64 (RFC 4648: A-Z a-z 0-9 + /, padded with '=', no whitespace).`,
    );
  }
  let valid = false;
  try {
    valid = rsaVerify("sha256", Buffer.from(signingString, "utf8"), key, signatureBytes);
  } catch {
    valid = false;
  }
  if (!valid) return fail("BAD_SIGNATURE", BAD_SIGNATURE_MESSAGE);
  if (options?.deferBody !== true) return { ok: true, keyId: auth.keyId };
  return { ok: true, keyId: auth.keyId, signedBody: { contentLength: declaredLength, sha256: declaredHash } };
}

// Session-token keyIds carry a bearer token; never echo it back.
function redactKeyId(keyId: string): string {
  return keyId.startsWith("ST$") ? "ST$<token redacted>" : keyId;
}
