import type { Sleep } from "@ocikit/core";

/**
 * The OCI CLI's waiter (the Python SDK's `wait_until`) does not poll at a fixed pace: it sleeps 1 s, then
 * doubles each time up to `--wait-interval-seconds`. So a resource that settles in 3 s ends a 30 s-interval
 * wait after about 3 s, not 30. Wraps `sleep` to follow that schedule; a shorter pause asked for by the
 * caller (the time left before the deadline) still wins.
 */
export function doublingSleep(sleep: Sleep, maxIntervalSeconds: number): Sleep {
  let nextSeconds = Math.min(1, maxIntervalSeconds);
  return (ms, signal) => {
    const pause = Math.min(ms, nextSeconds * 1000);
    nextSeconds = Math.min(nextSeconds * 2, maxIntervalSeconds);
    return sleep(pause, signal);
  };
}
