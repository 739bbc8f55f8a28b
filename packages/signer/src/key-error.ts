import { OciError } from "./oci-error.js";

/** Machine codes carried by {@link KeyError}. @public */
export type KeyErrorCode = "PASSPHRASE_REQUIRED" | "BAD_PASSPHRASE" | "NOT_RSA" | "OPENSSH_FORMAT" | "INVALID_KEY";

/**
 * Thrown when a private key cannot be loaded. Messages describe the problem and the fix, never the key
 * or its passphrase.
 * @public
 */
export class KeyError extends OciError<KeyErrorCode> {
  override readonly name = "KeyError";
}
