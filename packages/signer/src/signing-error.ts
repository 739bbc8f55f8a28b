import { OciError } from "./oci-error.js";

/** Machine codes carried by {@link SigningError}. @public */
export type SigningErrorCode =
  | "UNSIGNABLE_BODY"
  | "BODY_ALREADY_USED"
  | "MISSING_HEADER"
  | "INVALID_URL"
  | "INVALID_KEY_ID";

/**
 * Thrown by {@link signRequest} and {@link buildSigningString} when a request cannot be signed.
 * The message says what to change; it never contains key material or signatures.
 * @public
 */
export class SigningError extends OciError<SigningErrorCode> {
  override readonly name = "SigningError";
}
