import { ConfigError, credentialOverridesFromEnv, resolveConfigProfile, type ResolvedProfile } from "@ocikit/signer/config";
import { CliConfigError } from "../errors/cli-errors.js";
import { checkFingerprint } from "./check-fingerprint.js";
import { expandPath } from "./expand-path.js";
import { filePermissionsWarning } from "./file-permissions.js";
import type { GlobalSettings, ResolvedIo } from "../types.js";

/**
 * Loads the signing identity the OCI CLI would use: the profile of the config file, with `OCI_CLI_*`
 * credential variables on top. Only `api_key` and `security_token` auth are supported.
 */
export async function resolveIdentity(globals: GlobalSettings, io: ResolvedIo): Promise<ResolvedProfile> {
  if (globals.auth !== "api_key" && globals.auth !== "security_token") {
    throw new CliConfigError(
      "UNSUPPORTED_AUTH",
      `--auth ${globals.auth} is not supported by ocikit. Use --auth api_key (a key in ~/.oci/config) or --auth security_token (after \`oci session authenticate\`).`,
    );
  }
  const overrides = credentialOverridesFromEnv(io.env);
  // As in the OCI CLI, a session token is used only with --auth security_token; an empty override
  // makes the profile's security_token_file count as absent.
  if (globals.auth === "api_key") overrides.securityTokenFile = "";
  // As the OCI CLI: the config file's permissions when it is loaded, then the files it names.
  await warnIfTooOpen(io, globals.configFile);
  try {
    const resolved = await resolveConfigProfile({
      path: globals.configFile,
      profile: globals.profile,
      env: io.env,
      readFile: (path) => io.fs.readText(path),
      homedir: () => io.home,
      overrides,
      optionNames: { path: "--config-file", profile: "--profile" },
    });
    if (globals.auth === "security_token" && !resolved.identity.keyId.startsWith("ST$")) {
      throw new CliConfigError(
        "NO_SECURITY_TOKEN",
        `--auth security_token needs security_token_file in profile [${globals.profile}] of ${globals.configFile} (or OCI_CLI_SECURITY_TOKEN_FILE). Run \`oci session authenticate\` to create one, or use --auth api_key.`,
      );
    }
    if (globals.auth === "api_key" && resolved.values["security_token_file"]) {
      io.stderr.write(
        `WARNING: profile [${globals.profile}] has security_token_file, but it is only used with --auth security_token; signing with the API key.\n`,
      );
    }
    const keyFile = overrides.keyContent === undefined ? (overrides.keyFile ?? resolved.values["key_file"]) : undefined;
    if (keyFile) await warnIfTooOpen(io, expandPath(keyFile, io));
    const tokenFile = overrides.securityTokenFile || resolved.values["security_token_file"];
    if (globals.auth === "security_token" && tokenFile) await warnIfTooOpen(io, expandPath(tokenFile, io));
    checkFingerprint(resolved.identity, { profile: globals.profile, configFile: globals.configFile, fromEnv: overrides.fingerprint !== undefined });
    return resolved;
  } catch (error) {
    if (error instanceof ConfigError) {
      const hint =
        error.code !== "CONFIG_NOT_FOUND"
          ? ""
          : // The signer's message may already suggest `ocikit setup keys`; say it once.
            `${error.message.includes("ocikit setup keys") ? "" : " To create a key pair run `ocikit setup keys`."} For a local demo server, use the config file it writes (--config-file <data dir>/config).`;
      throw new CliConfigError(error.code, `${error.message}${hint}`, { cause: error });
    }
    throw error;
  }
}

async function warnIfTooOpen(io: ResolvedIo, path: string): Promise<void> {
  const warning = await filePermissionsWarning(io.fs, io.env, path);
  if (warning !== undefined) io.stderr.write(warning);
}
