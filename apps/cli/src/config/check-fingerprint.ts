import { fingerprint } from "@ocikit/signer";
import type { SigningIdentity } from "@ocikit/signer/config";
import { CliConfigError } from "../errors/cli-errors.js";

/**
 * OCI finds the public key by the keyId's fingerprint, so a config `fingerprint` that is not the
 * fingerprint of the key that signs can only end in 401 NotAuthenticated. Says so before any request,
 * with both fingerprints. Session tokens (`ST$…`) carry no fingerprint and are not checked.
 */
export function checkFingerprint(identity: SigningIdentity, where: { profile: string; configFile: string; fromEnv: boolean }): void {
  if (identity.keyId.startsWith("ST$") || identity.fingerprint === undefined) return;
  const actual = fingerprint(identity.privateKey);
  if (identity.fingerprint.trim().toLowerCase() === actual) return;
  const source = where.fromEnv ? "OCI_CLI_FINGERPRINT" : `fingerprint= in profile [${where.profile}] of ${where.configFile}`;
  throw new CliConfigError(
    "FINGERPRINT_MISMATCH",
    `The fingerprint ${identity.fingerprint} (${source}) is not the fingerprint of the private key that signs the requests (${actual}), so OCI would reject every request with 401 NotAuthenticated. ` +
      `If the public key uploaded for the user is that key's, set fingerprint=${actual}; otherwise point key_file (or OCI_CLI_KEY_FILE) at the key whose fingerprint is ${identity.fingerprint}.`,
  );
}
