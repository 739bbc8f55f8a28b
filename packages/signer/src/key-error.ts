/** Machine codes carried by {@link KeyError}. @public */
export type KeyErrorCode =
  | "PASSPHRASE_REQUIRED"
  | "BAD_PASSPHRASE"
  | "NOT_RSA"
  | "OPENSSH_FORMAT"
  | "INVALID_KEY";

/**
 * Thrown when a private key cannot be loaded. Messages describe the problem and the fix, never the key
 * or its passphrase.
 * @public
 */
export class KeyError extends Error {
  override readonly name = "KeyError";
  readonly code: KeyErrorCode;

  constructor(code: KeyErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
