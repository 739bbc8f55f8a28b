/**
 * The base of every error ocikit throws (`@ocikit/signer`, `@ocikit/core`; re-exported there), so one
 * `instanceof OciError` check catches them all. `code` is a stable machine code; the message says what
 * to do and never holds key material, signatures, tokens or passphrases.
 *
 * Codes are spelled one way: ocikit's own codes are UPPER_SNAKE_CASE (`INVALID_KEY`, `CONFIG_NOT_FOUND`,
 * `NETWORK_ERROR`); the one exception is `OciServiceError.code`, which is the service's own code as OCI
 * sent it (PascalCase, e.g. `NotAuthorizedOrNotFound`).
 * @public
 */
export class OciError<Code extends string = string> extends Error {
  override readonly name: string = "OciError";
  readonly code: Code;

  constructor(code: Code, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}
