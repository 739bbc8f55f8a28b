import { generateKeyPair } from "node:crypto";
import { fingerprint } from "@ocikit/signer";
import { mintOcid } from "../ocid.js";
import type { TrustedKeys } from "./trusted-keys.js";
import type { GeneratedIdentity } from "./principal.js";

/** Generates an identity with a fresh 2048-bit RSA key (off the event loop). */
export function generateIdentity(): Promise<GeneratedIdentity> {
  return new Promise((resolve, reject) => {
    generateKeyPair("rsa", { modulusLength: 2048 }, (error, _publicKey, privateKey) => {
      if (error !== null) return reject(error);
      const privateKeyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
      const tenancyId = mintOcid("tenancy", undefined);
      const userId = mintOcid("user", undefined);
      const fp = fingerprint(privateKeyPem);
      resolve({ tenancyId, userId, fingerprint: fp, privateKeyPem, keyId: `${tenancyId}/${userId}/${fp}` });
    });
  });
}

/**
 * The server's service identity, used only for the calls it makes to itself (cross-region copy
 * delivery, which may act on behalf of another tenancy). Its key lives in this process's memory only:
 * generated on first use, trusted by `keys` as the service principal, never written to the state file,
 * the data directory or a log — so nobody outside the process can obtain a key that the on-behalf-of
 * header is honoured for. A new key per process; nothing stored refers to it.
 */
export function createServiceIdentity(keys: Pick<TrustedKeys, "addIdentity">, generate: () => Promise<GeneratedIdentity> = generateIdentity): () => Promise<GeneratedIdentity> {
  let identity: Promise<GeneratedIdentity> | undefined;
  return () => {
    identity ??= generate().then((made) => {
      keys.addIdentity(made, true);
      return made;
    });
    return identity;
  };
}
