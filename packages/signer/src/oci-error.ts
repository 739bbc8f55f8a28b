// Marks every OciError, whichever copy of this module made it: @ocikit/core bundles its own copy (so
// importing core loads no signer module), and an app may end up with two versions of a package.
const OCIKIT_ERROR = Symbol.for("ocikit.error");

/**
 * The base of every error ocikit throws (`@ocikit/signer`, `@ocikit/core`; re-exported there), so one
 * `instanceof OciError` check catches them all, even across copies of the package. `code` is a stable
 * machine code; the message says what to do and never holds key material, signatures, tokens or
 * passphrases.
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
    super(message, options);
    this.code = code;
  }

  /** @internal */
  get [OCIKIT_ERROR](): true {
    return true;
  }

  /** `instanceof OciError` holds for any copy's OciError; subclasses keep the ordinary check. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of instanceof; a subclass keeps the ordinary check.
    if (this !== OciError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return (value as { [OCIKIT_ERROR]?: unknown } | null | undefined)?.[OCIKIT_ERROR] === true;
  }
}
