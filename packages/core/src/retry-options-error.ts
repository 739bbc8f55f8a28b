/**
 * Thrown when `retry` options are out of range.
 * @public
 */
export class RetryOptionsError extends Error {
  override readonly name = "RetryOptionsError";
  readonly code = "InvalidRetryOptions";

  constructor(problems: readonly string[]) {
    super(
      `Invalid retry options: ${problems.join("; ")}. Use integers: maxAttempts >= 1, ` +
        `0 <= baseDelayMs <= maxDelayMs; or pass retry: false to turn retries off.`,
    );
  }
}
