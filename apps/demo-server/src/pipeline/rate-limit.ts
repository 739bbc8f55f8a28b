import type { RateLimiter } from "../admin/rate-limiter.js";
import { errorAnswer, type Answer } from "./answer.js";

/** Stage 5, rate limit: 429 TooManyRequests with `retry-after` once the tenancy has used its rate. */
export function rateLimit(limiter: RateLimiter | undefined, tenancyId: string): Answer | undefined {
  if (limiter === undefined) return undefined;
  const wait = limiter.take(tenancyId);
  if (wait <= 0) return undefined;
  return errorAnswer(429, "TooManyRequests", `Too many requests for the tenancy; retry after ${wait} s.`, { "retry-after": String(wait) });
}
