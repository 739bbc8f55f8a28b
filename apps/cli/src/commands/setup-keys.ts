import { generateKeyPairSync } from "node:crypto";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fingerprint, loadPrivateKey } from "@ocikit/signer";
import type { CommandContext } from "../cli/command-context.js";
import type { CommandResult } from "../cli/command-spec.js";
import { CliUsageError } from "../cli/cli-errors.js";
import { expandPath } from "../cli/expand-path.js";

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * `ocikit setup keys`: a 2048-bit RSA key pair as PEM (PKCS#8 private key, mode 0600; SPKI public key), and
 * the fingerprint to enter in the console and the config file. Refuses to overwrite without --overwrite.
 */
export async function setupKeys(ctx: CommandContext): Promise<CommandResult> {
  const { io, values } = ctx;
  const dir = expandPath((values["output-dir"] as string | undefined) ?? "~/.oci", io);
  const name = values["key-name"] as string;
  let passphrase = values["passphrase"] as string | undefined;
  const passphraseFile = values["passphrase-file"] as string | undefined;
  if (passphrase !== undefined && passphraseFile !== undefined) {
    throw new CliUsageError("Pass either --passphrase or --passphrase-file, not both.", "PASSPHRASE_CONFLICT");
  }
  if (passphraseFile !== undefined) passphrase = (await readFile(expandPath(passphraseFile, io), "utf8")).split(/\r?\n/)[0];
  const privatePath = join(dir, `${name}.pem`);
  const publicPath = join(dir, `${name}_public.pem`);
  if (values["overwrite"] !== true) {
    for (const path of [privatePath, publicPath]) {
      if (await exists(path)) {
        throw new CliUsageError(`${path} already exists. Pass --overwrite to replace it, or choose another --key-name / --output-dir.`, "KEY_EXISTS");
      }
    }
  }
  const encryption = passphrase ? { cipher: "aes-256-cbc", passphrase } : {};
  const { privateKey, publicKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem", ...encryption },
  });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(privatePath, privateKey, { mode: 0o600 });
  // writeFile keeps the mode of a file it overwrites; a private key must never stay readable by others.
  await chmod(privatePath, 0o600);
  await writeFile(publicPath, publicKey, { mode: 0o644 });
  const print = fingerprint(loadPrivateKey(privateKey, passphrase));
  return {
    kind: "text",
    text: `Public key written to: ${publicPath}\nPrivate key written to: ${privatePath}\nPublic key fingerprint: ${print}\n`,
  };
}
