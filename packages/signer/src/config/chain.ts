import { ConfigError } from "./config-error.js";
import type { Provider } from "./provider.js";

/**
 * Tries providers in order and returns the first value. A provider that throws an error with
 * `tryNextLink: true` ("nothing configured here") passes to the next; any other error stops the chain,
 * so a broken config is reported instead of silently skipped.
 * @public
 */
export function chain<T>(...providers: Array<Provider<T>>): Provider<T> {
  return async () => {
    if (providers.length === 0) {
      throw new ConfigError("NO_PROVIDERS", "chain() was called without providers; pass at least one.");
    }
    let last: unknown;
    for (const provider of providers) {
      try {
        return await provider();
      } catch (error) {
        if ((error as { tryNextLink?: unknown } | null)?.tryNextLink === true) {
          last = error;
          continue;
        }
        throw error;
      }
    }
    throw last;
  };
}
