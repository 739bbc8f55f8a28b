import type { ResolvedRetryOptions } from "./retry-options.js";

/**
 * Delay before attempt `attempt + 1`, after `attempt` failures: full jitter over a capped
 * exponential (AWS architecture blog "Exponential Backoff And Jitter"), so many clients
 * throttled together do not come back in lockstep.
 * @param random - uniform in [0, 1)
 * @public
 */
export function backoffDelay(attempt: number, options: ResolvedRetryOptions, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Parses `retry-after` (delta seconds or an HTTP date) into milliseconds from `now`;
 * `undefined` when absent or unreadable.
 * @public
 */
export function parseRetryAfter(value: string | null, now: () => Date): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // Only an HTTP date (it names a weekday and month); Date.parse would also take "-3" as a year.
  const date = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now().getTime());
}
