import { hash } from "node:crypto";
import type { SignedBody, VerifyFailure } from "./verify-result.js";

const EMPTY = new Uint8Array(0);

/**
 * Checks a body against the signed `content-length` and `x-content-sha256` (each only when signed):
 * the second half of a verification made with `deferBody` (see {@link VerifyOptions.deferBody}).
 * Returns the failure, or undefined when the body is the signed one.
 * @public
 */
export function verifyBody(signed: SignedBody, body: Uint8Array | undefined): VerifyFailure | undefined {
  if (signed.contentLength !== undefined) {
    const actual = body?.byteLength ?? 0;
    if (signed.contentLength !== String(actual)) {
      return {
        ok: false,
        code: "CONTENT_LENGTH_MISMATCH",
        message:
          `The signed content-length '${signed.contentLength}' does not match the body length (${actual} bytes). Send the ` +
          "length of the body in bytes (UTF-8), not characters.",
      };
    }
  }
  if (signed.sha256 !== undefined) {
    // One-shot hash (Node ≥ 20.12): no Hash object per request.
    const actual = hash("sha256", body ?? EMPTY, "base64");
    if (signed.sha256 !== actual) {
      return {
        ok: false,
        code: "BODY_HASH_MISMATCH",
        message:
          "The x-content-sha256 header does not match the SHA-256 of the body. Hash the exact bytes sent " +
          "(base64 of SHA-256) and sign again.",
      };
    }
  }
  return undefined;
}
