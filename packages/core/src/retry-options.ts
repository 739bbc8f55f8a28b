import { RetryOptionsError } from "./retry-options-error.js";

/** How failed attempts are retried. @public */
export interface RetryOptions {
  /** Attempts in total, first included. Default 8, as the OCI CLI. */
  maxAttempts?: number;
  /** Base of the exponential backoff. Default 1000 ms. */
  baseDelayMs?: number;
  /** Longest wait between attempts, also the longest `retry-after` honoured. Default 30 000 ms. */
  maxDelayMs?: number;
}

/** Retry options with every default filled in. @public */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** @public */
export const DEFAULT_RETRY: ResolvedRetryOptions = Object.freeze({
  maxAttempts: 8,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
});

/**
 * Fills defaults and validates; `false` means a single attempt.
 * @public
 */
export function resolveRetryOptions(retry: RetryOptions | false | undefined): ResolvedRetryOptions {
  if (retry === false) return { ...DEFAULT_RETRY, maxAttempts: 1 };
  const { maxAttempts, baseDelayMs, maxDelayMs } = { ...DEFAULT_RETRY, ...definedOnly(retry ?? {}) };
  const problems: string[] = [];
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) problems.push(`maxAttempts is ${maxAttempts}`);
  if (!Number.isFinite(baseDelayMs) || baseDelayMs < 0) problems.push(`baseDelayMs is ${baseDelayMs}`);
  if (!Number.isFinite(maxDelayMs) || maxDelayMs < baseDelayMs) {
    problems.push(`maxDelayMs is ${maxDelayMs} (baseDelayMs ${baseDelayMs})`);
  }
  if (problems.length > 0) throw new RetryOptionsError(problems);
  return { maxAttempts, baseDelayMs, maxDelayMs };
}

function definedOnly(options: RetryOptions): RetryOptions {
  const out: RetryOptions = {};
  if (options.maxAttempts !== undefined) out.maxAttempts = options.maxAttempts;
  if (options.baseDelayMs !== undefined) out.baseDelayMs = options.baseDelayMs;
  if (options.maxDelayMs !== undefined) out.maxDelayMs = options.maxDelayMs;
  return out;
}
