import type { KeyObject } from "node:crypto";

/**
 * Why a request was rejected. Each code has its own message explaining what the caller should fix.
 * @public
 */
export type VerifyFailureCode =
  | "MISSING_AUTHORIZATION"
  | "MALFORMED_AUTHORIZATION"
  | "UNSUPPORTED_ALGORITHM"
  | "MISSING_SIGNED_HEADER"
  | "HEADER_NOT_PRESENT"
  | "HOST_MISMATCH"
  | "BODY_HASH_MISMATCH"
  | "CONTENT_LENGTH_MISMATCH"
  | "INVALID_DATE"
  | "CLOCK_SKEW"
  | "UNKNOWN_KEY"
  | "BAD_SIGNATURE";

/**
 * Outcome of {@link verifyRequest} / {@link verifyRequestParts}.
 * @public
 */
export type VerifyResult = { ok: true; keyId: string; signedBody?: SignedBody } | VerifyFailure;

/**
 * A rejected request: why, and what to fix.
 * @public
 */
export interface VerifyFailure {
  ok: false;
  code: VerifyFailureCode;
  message: string;
}

/**
 * The body facts a signature covers (present when signed): what {@link verifyBody} checks a body
 * against after a verification with `deferBody`.
 * @public
 */
export interface SignedBody {
  contentLength?: string | undefined;
  sha256?: string | undefined;
}

/**
 * Resolves a keyId to the key that verifies its signatures (a public key, or a private key from which
 * the public one derives). May answer synchronously or with a promise.
 * @public
 */
export type KeyLookup = (keyId: string) => Promise<KeyObject | undefined> | KeyObject | undefined;
