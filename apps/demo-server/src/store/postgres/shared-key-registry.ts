import { createPublicKey, type KeyObject } from "node:crypto";
import type pg from "pg";
import type { GeneratedIdentity, Principal } from "../../identity/principal.js";
import type { TrustedKeys } from "../../identity/trusted-keys.js";
import { reachable } from "./unavailable.js";

interface KeyRow {
  key_id: string;
  tenancy_id: string;
  user_id: string;
  public_key_pem: string;
  service: boolean;
}

/**
 * The keys the service trusts, kept in PostgreSQL so that a key trusted by one replica (its
 * `--trust-config`, the demo identity) is trusted by all of them.
 *
 * Cache: a principal found once is kept in this process for good. That is never stale: a keyId is
 * `<tenancy>/<user>/<fingerprint>` and the fingerprint is the hash of the public key, so a keyId names one
 * key for ever, and the server never revokes keys. Unknown keyIds are not cached (a key another replica
 * trusts a moment later must work at once); each costs one primary-key lookup.
 */
export class SharedKeyRegistry implements TrustedKeys {
  private readonly principals = new Map<string, Principal>();
  private readonly writes: Array<Promise<unknown>> = [];

  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => number = Date.now,
  ) {}

  /** Trusts `identity`'s public key (written to the database; {@link flush} waits for it). */
  addIdentity(identity: GeneratedIdentity, service = false): Principal {
    return this.add(identity.tenancyId, identity.userId, identity.fingerprint, createPublicKey(identity.privateKeyPem), service);
  }

  add(tenancyId: string, userId: string, fingerprint: string, key: KeyObject, service = false): Principal {
    const publicKey = key.type === "public" ? key : createPublicKey(key);
    const keyId = `${tenancyId}/${userId}/${fingerprint}`;
    const principal: Principal = { keyId, tenancyId, userId, publicKey, service };
    this.principals.set(keyId, principal);
    const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
    this.writes.push(
      this.pool.query({
        name: "ocikit_key_add",
        text: `INSERT INTO trusted_keys (key_id, tenancy_id, user_id, public_key_pem, service, added_ms)
               VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key_id) DO NOTHING`,
        values: [keyId, tenancyId, userId, pem, service, this.now()],
      }),
    );
    return principal;
  }

  /** Resolves once every key added so far is in the database (call before serving requests). */
  async flush(): Promise<void> {
    await Promise.all(this.writes.splice(0));
  }

  /**
   * The principal of a keyId, or undefined for an unknown key: from this process's cache at once, else
   * from the database (a promise).
   */
  principal(keyId: string): Principal | undefined | Promise<Principal | undefined> {
    return this.principals.get(keyId) ?? this.load(keyId);
  }

  /** Key lookup for the signature verifier. */
  readonly lookup = (keyId: string): KeyObject | undefined | Promise<KeyObject | undefined> => {
    const cached = this.principals.get(keyId);
    return cached !== undefined ? cached.publicKey : this.load(keyId).then((p) => p?.publicKey);
  };

  private async load(keyId: string): Promise<Principal | undefined> {
    const { rows } = await reachable(this.pool.query<KeyRow>({
      name: "ocikit_key_find",
      text: "SELECT key_id, tenancy_id, user_id, public_key_pem, service FROM trusted_keys WHERE key_id = $1",
      values: [keyId],
    }));
    const row = rows[0];
    if (row === undefined) return undefined;
    const principal: Principal = {
      keyId: row.key_id,
      tenancyId: row.tenancy_id,
      userId: row.user_id,
      publicKey: createPublicKey(row.public_key_pem),
      service: row.service,
    };
    this.principals.set(keyId, principal);
    return principal;
  }

  /** Keys known to this process so far (the database may hold more). */
  get size(): number {
    return this.principals.size;
  }
}
