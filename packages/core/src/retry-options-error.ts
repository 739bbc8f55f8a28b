import { OciError } from "@ocikit/signer/errors";
/**
 * Thrown when `retry` options are out of range.
 * @public
 */
export class RetryOptionsError extends OciError<"INVALID_RETRY_OPTIONS"> {
  override readonly name = "RetryOptionsError";

  constructor(problems: readonly string[]) {
    super(
      "INVALID_RETRY_OPTIONS",
      `Invalid retry options: ${problems.join("; ")}. Use integers: maxAttempts >= 1, ` +
        `0 <= baseDelayMs <= maxDelayMs; or pass retry: false to turn retries off.`,
    );
  }
}
