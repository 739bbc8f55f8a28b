/**
 * Token bucket per tenancy: `ratePerSecond` requests per second, bursts up to one second's worth.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly ratePerSecond: number,
    private readonly nowMs: () => number = Date.now,
  ) {}

  /** 0 when the request may proceed, else the seconds to wait before retrying. */
  take(key: string): number {
    const now = this.nowMs();
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      bucket = { tokens: this.ratePerSecond, at: now };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(this.ratePerSecond, bucket.tokens + ((now - bucket.at) / 1000) * this.ratePerSecond);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.ratePerSecond));
  }
}
