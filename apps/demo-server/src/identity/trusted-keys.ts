import type { KeyObject } from "node:crypto";
import type { GeneratedIdentity, Principal } from "./principal.js";

/**
 * The keys a server trusts: this process's memory ({@link KeyRegistry}, one SQLite server) or the
 * database shared by replicas (store/postgres/shared-key-registry.ts). Lookups may answer a promise;
 * `add` takes effect in this process at once, and `flush` waits until it is stored for the others.
 */
export interface TrustedKeys {
  addIdentity(identity: GeneratedIdentity, service?: boolean): Principal;
  add(tenancyId: string, userId: string, fingerprint: string, key: KeyObject, service?: boolean): Principal;
  /** Resolves once every key added so far is visible to every replica. */
  flush(): Promise<void>;
  principal(keyId: string): Principal | undefined | Promise<Principal | undefined>;
  readonly lookup: (keyId: string) => KeyObject | undefined | Promise<KeyObject | undefined>;
}
