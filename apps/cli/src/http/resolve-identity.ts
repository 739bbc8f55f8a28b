import { ConfigError, credentialOverridesFromEnv, resolveConfigProfile, type ResolvedProfile } from "@ocikit/signer/config";
import { readFile } from "node:fs/promises";
import type { CliIo } from "../io.js";
import type { GlobalSettings } from "../cli/resolve-globals.js";
import { CliConfigError } from "../cli/cli-errors.js";

/**
 * Loads the signing identity the OCI CLI would use: the profile of the config file, with `OCI_CLI_*`
 * credential variables on top. Only `api_key` and `security_token` auth are supported.
 */
export async function resolveIdentity(globals: GlobalSettings, io: CliIo): Promise<ResolvedProfile> {
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
  try {
    const resolved = await resolveConfigProfile({
      path: globals.configFile,
      profile: globals.profile,
      env: io.env,
      readFile: (path) => readFile(path, "utf8"),
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
