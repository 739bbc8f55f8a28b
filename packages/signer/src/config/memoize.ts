import type { Provider } from "./provider.js";

/**
 * Resolves a provider once and shares the result; concurrent callers wait for the same promise. A
 * failure is not cached, so the next call tries again.
 * @public
 */
export function memoize<T>(provider: Provider<T>): Provider<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= provider().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
