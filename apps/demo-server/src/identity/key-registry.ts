import { createPublicKey, type KeyObject } from "node:crypto";
import type { GeneratedIdentity, Principal } from "./principal.js";
import type { TrustedKeys } from "./trusted-keys.js";

/** The keys the server trusts, by keyId (`<tenancy>/<user>/<fingerprint>`), in this process's memory. */
export class KeyRegistry implements TrustedKeys {
  private readonly principals = new Map<string, Principal>();

  /** Trusts `identity`'s public key. */
  addIdentity(identity: GeneratedIdentity, service = false): Principal {
    return this.add(identity.tenancyId, identity.userId, identity.fingerprint, createPublicKey(identity.privateKeyPem), service);
  }

  add(tenancyId: string, userId: string, fingerprint: string, key: KeyObject, service = false): Principal {
    const publicKey = key.type === "public" ? key : createPublicKey(key);
    const keyId = `${tenancyId}/${userId}/${fingerprint}`;
    const principal: Principal = { keyId, tenancyId, userId, publicKey, service };
    this.principals.set(keyId, principal);
    return principal;
  }

  /** Nothing to wait for: the keys live in this process only. */
  async flush(): Promise<void> {}

  /** The principal of a keyId, or undefined for an unknown key. */
  principal(keyId: string): Principal | undefined {
    return this.principals.get(keyId);
  }

  /** Key lookup for the signature verifier (cached KeyObjects, no parsing per request). */
  readonly lookup = (keyId: string): KeyObject | undefined => this.principals.get(keyId)?.publicKey;

  get size(): number {
    return this.principals.size;
  }
}
