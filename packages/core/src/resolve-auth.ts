import type { SigningKey } from "@ocikit/signer";
import { loadAttemptRuntime } from "./load-attempt-runtime.js";
import type { Provider, SigningIdentity } from "@ocikit/signer/config";
import type { ParsedSigningKey } from "./sign-attempt.js";

/**
 * Credentials for signing: a key as is, or a provider (e.g. `fromConfigFile()`) that is
 * called on the first request and remembered.
 * @public
 */
export type AuthOption = SigningKey | Provider<SigningIdentity>;

/**
 * Turns an {@link AuthOption} into a memoized key getter. A PEM string is parsed once (parsing
 * costs more than a signature). Concurrent first calls share one load; a failed load is
 * forgotten so the next request tries again (a config file fixed meanwhile is picked up).
 * @internal
 */
export function createKeyResolver(auth: AuthOption): () => ParsedSigningKey | Promise<ParsedSigningKey> {
  let pending: Promise<ParsedSigningKey> | undefined;
  let resolved: ParsedSigningKey | undefined;
  const load = async (): Promise<ParsedSigningKey> => {
    const { keyId, privateKey } = typeof auth === "function" ? await auth() : auth;
    if (typeof privateKey !== "string") return { keyId, privateKey };
    const { loadPrivateKey } = await loadAttemptRuntime();
    return { keyId, privateKey: loadPrivateKey(privateKey) };
  };
  return () => {
    if (resolved) return resolved;
    pending ??= load().then(
      (key) => (resolved = key),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}
