import { createHash, createPublicKey, type KeyObject } from "node:crypto";
import { KeyError } from "./key-error.js";

/**
 * The OCI key fingerprint: MD5 of the DER-encoded SubjectPublicKeyInfo, as lowercase colon-separated hex
 * (`aa:bb:…`). Accepts a private or public `KeyObject`, or a PEM string of either (unencrypted).
 * @public
 */
export function fingerprint(key: KeyObject | string): string {
  let publicKey: KeyObject;
  try {
    publicKey = typeof key === "string" ? createPublicKey(key) : key.type === "public" ? key : createPublicKey(key);
  } catch (cause) {
    throw new KeyError(
      "INVALID_KEY",
      "Cannot compute a fingerprint: the key is not a readable unencrypted PEM or KeyObject. Load " +
        "encrypted keys with loadPrivateKey(pem, passphrase) first.",
      { cause },
    );
  }
  const hex = createHash("md5")
    .update(publicKey.export({ type: "spki", format: "der" }))
    .digest("hex");
  return hex.replace(/(..)(?!$)/g, "$1:");
}
