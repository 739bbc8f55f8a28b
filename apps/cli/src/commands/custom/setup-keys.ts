import { generateKeyPairSync } from "node:crypto";
import { join } from "node:path";
import { fingerprint } from "@ocikit/signer";
import { CliUsageError } from "../../errors/cli-errors.js";
import { expandPath } from "../../config/expand-path.js";
import { readOptionFile } from "../../args/read-option-file.js";
import { ensureDir } from "./ensure-dir.js";
import type { CommandContext, CommandResult } from "../../types.js";

function unwritable(dir: string, error: unknown): CliUsageError {
  return new CliUsageError(`Cannot write the key files into ${dir}: ${(error as Error).message}. Choose a folder you can write to with --output-dir.`, "KEY_DIR_UNWRITABLE");
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
  if (passphraseFile !== undefined) passphrase = (await readOptionFile(ctx.readFile, passphraseFile, "passphrase-file")).split(/\r?\n/)[0];
  const privatePath = join(dir, `${name}.pem`);
  const publicPath = join(dir, `${name}_public.pem`);
  if (values["overwrite"] !== true) {
    for (const path of [privatePath, publicPath]) {
      if (await io.fs.exists(path)) {
        throw new CliUsageError(`${path} already exists. Pass --overwrite to replace it, or choose another --key-name / --output-dir.`, "KEY_EXISTS");
      }
    }
  }
  // The folder first: a wrong --output-dir fails before anything is asked or generated.
  try {
    await ensureDir(io.fs, dir, 0o700);
  } catch (error) {
    throw unwritable(dir, error);
  }
  if (passphrase === undefined && passphraseFile === undefined) {
    // As `oci setup keys`: ask, so a passphrase piped on stdin (or typed) encrypts the key. No answer at
    // all (stdin closed or empty) means no passphrase, so unattended runs still work.
    io.stderr.write("Enter a passphrase for the private key (leave empty for none): ");
    passphrase = await io.stdin.readLine({ secret: true });
    if (!io.stdin.isTTY) io.stderr.write("\n");
  }
  const encryption = passphrase ? { cipher: "aes-256-cbc", passphrase } : {};
  const { privateKey, publicKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem", ...encryption },
  });
  try {
    await io.fs.writeText(privatePath, privateKey, 0o600);
    // writeFile keeps the mode of a file it overwrites; a private key must never stay readable by others.
    await io.fs.chmod(privatePath, 0o600);
    await io.fs.writeText(publicPath, publicKey, 0o644);
  } catch (error) {
    throw unwritable(dir, error);
  }
  // From the public half: the same fingerprint, without decrypting the key just written.
  const print = fingerprint(publicKey);
  return {
    kind: "text",
    text:
      `Public key written to: ${publicPath}\nPrivate key written to: ${privatePath}\nPublic key fingerprint: ${print}\n` +
      "Next: upload the public key to your user in the Console (Profile > API keys), then put key_file and this fingerprint in ~/.oci/config.\n",
  };
}
