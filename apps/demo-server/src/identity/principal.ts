import type { KeyObject } from "node:crypto";

/** Who signed a request: the key's tenancy and user, and whether it is the server's own service identity. */
export interface Principal {
  keyId: string;
  tenancyId: string;
  userId: string;
  publicKey: KeyObject;
  /** The server's own identity, used for calls it makes to itself (cross-region copy). */
  service: boolean;
}

/** An identity with its private key, as generated on first start. */
export interface GeneratedIdentity {
  tenancyId: string;
  userId: string;
  fingerprint: string;
  privateKeyPem: string;
  keyId: string;
}
