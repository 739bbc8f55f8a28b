import type { KeyObject } from "node:crypto";
import { loadPrivateKey } from "./load-private-key.js";

/**
 * What {@link signRequest} needs: the keyId (`<tenancy>/<user>/<fingerprint>` or `ST$<token>`) and the
 * RSA private key, as a `KeyObject` or an unencrypted PEM string.
 * @public
 */
export interface SigningKey {
  keyId: string;
  privateKey: KeyObject | string;
}

// PEM parsing costs far more than a signature, so a PEM string is parsed once per process. Bounded so a
// caller that mints keys in a loop cannot grow it forever.
const MAX_CACHED_PEMS = 32;
const pemCache = new Map<string, KeyObject>();

/** Returns the `KeyObject` for a key given as an object or a PEM string (cached). @internal */
export function resolvePrivateKey(privateKey: KeyObject | string): KeyObject {
  if (typeof privateKey !== "string") return privateKey;
  let key = pemCache.get(privateKey);
  if (key === undefined) {
    key = loadPrivateKey(privateKey);
    if (pemCache.size >= MAX_CACHED_PEMS) pemCache.clear();
    pemCache.set(privateKey, key);
  }
  return key;
}
