import { createPrivateKey, type KeyObject } from "node:crypto";
import { KeyError } from "./key-error.js";

const OPENSSH_MARKER = "BEGIN OPENSSH PRIVATE KEY";

function isEncryptedPem(text: string): boolean {
  // PKCS#8 encrypted keys use their own label; legacy PKCS#1 encryption is announced by a Proc-Type header.
  return text.includes("BEGIN ENCRYPTED PRIVATE KEY") || text.includes("Proc-Type: 4,ENCRYPTED");
}

function passphraseRequired(cause?: unknown): KeyError {
  return new KeyError(
    "PASSPHRASE_REQUIRED",
    "The private key is encrypted and no passphrase was given. Pass the passphrase (pass_phrase in the " +
      "OCI config file, or OCI_CLI_PASSPHRASE).",
    cause === undefined ? undefined : { cause },
  );
}

/**
 * Parses an RSA private key in PEM form (PKCS#1 `RSA PRIVATE KEY`, PKCS#8 `PRIVATE KEY`, or either one
 * encrypted with `passphrase`) into a `KeyObject`.
 *
 * @throws {@link KeyError} with a code saying what is wrong (missing or wrong passphrase, not RSA,
 * OpenSSH format, not a key at all).
 * @public
 */
export function loadPrivateKey(pem: string | Buffer, passphrase?: string): KeyObject {
  const text = typeof pem === "string" ? pem : pem.toString("utf8");
  if (text.includes(OPENSSH_MARKER)) {
    throw new KeyError(
      "OPENSSH_FORMAT",
      "The private key is in OpenSSH format, which OCI API keys cannot use. Convert it to PEM with " +
        "`ssh-keygen -p -m PEM -f <key file>` or `openssl pkey -in <key file> -out <key file>.pem`.",
    );
  }
  const encrypted = isEncryptedPem(text);
  if (encrypted && (passphrase === undefined || passphrase === "")) throw passphraseRequired();
  let key: KeyObject;
  try {
    key = createPrivateKey(
      passphrase === undefined ? { key: text, format: "pem" } : { key: text, format: "pem", passphrase },
    );
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    if (code === "ERR_MISSING_PASSPHRASE") throw passphraseRequired(cause);
    if (encrypted) {
      throw new KeyError(
        "BAD_PASSPHRASE",
        "The private key could not be decrypted: the passphrase is wrong. Check pass_phrase in the OCI " +
          "config file (or OCI_CLI_PASSPHRASE).",
        { cause },
      );
    }
    throw new KeyError(
      "INVALID_KEY",
      "The private key is not a readable PEM key. Expected a PEM file starting with " +
        "'-----BEGIN RSA PRIVATE KEY-----' or '-----BEGIN PRIVATE KEY-----'; generate one with " +
        "`ocikit setup keys` or `oci setup keys`.",
      { cause },
    );
  }
  if (key.asymmetricKeyType !== "rsa") {
    throw new KeyError(
      "NOT_RSA",
      `The private key is a ${key.asymmetricKeyType ?? "non-RSA"} key; OCI API signing requires an RSA key ` +
        "(2048 bits recommended). Generate one with `ocikit setup keys` or `oci setup keys`.",
    );
  }
  return key;
}
