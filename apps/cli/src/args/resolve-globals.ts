import { lookupRcDefault } from "../config/rc-settings.js";
import { GLOBAL_OPTIONS, UNSUPPORTED_GLOBALS } from "./global-options.js";
import { coerceText } from "./coerce-option.js";
import { BadOptionError, CliUsageError } from "../errors/cli-errors.js";
import { expandPath } from "../config/expand-path.js";
import type { CliIo, GlobalSettings, RawValues, RcSettings } from "../types.js";

async function single(raw: RawValues, name: string, path: readonly string[]): Promise<unknown> {
  const typed = raw.get(name)?.at(-1);
  if (typed === undefined) return undefined;
  const spec = GLOBAL_OPTIONS.find((s) => s.name === name);
  if (!spec) return undefined;
  return coerceText(spec, typed, path, async () => "");
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

function rcBool(value: string | undefined): boolean {
  return value !== undefined && ["true", "1", "yes", "on"].includes(value.trim().toLowerCase());
}

/** The profile in effect: --profile, OCI_CLI_PROFILE, the rc file's default_profile, else DEFAULT. */
export function resolveProfile(raw: RawValues, io: CliIo, rc: RcSettings): string {
  const typed = raw.get("profile")?.at(-1);
  return (typeof typed === "string" ? typed : undefined) ?? nonEmpty(io.env["OCI_CLI_PROFILE"]) ?? rc.defaultProfile ?? "DEFAULT";
}

/**
 * Applies the OCI CLI's precedence to each global option: command line, then its environment variable,
 * then the rc file's profile section, then the built-in default.
 */
export async function resolveGlobals(raw: RawValues, io: CliIo, rc: RcSettings, commandPath: readonly string[]): Promise<GlobalSettings> {
  for (const [name, advice] of Object.entries(UNSUPPORTED_GLOBALS)) {
    if (raw.has(name)) throw new CliUsageError(`ocikit does not support --${name}: ${advice}`, "UNSUPPORTED_OPTION");
  }
  const env = io.env;
  const profile = resolveProfile(raw, io, rc);
  const rcValues = rc.profileDefaults(profile);
  const rcValue = (key: string): string | undefined => lookupRcDefault(rcValues, commandPath, key);

  const output = ((await single(raw, "output", commandPath)) ?? rcValue("output") ?? "json") as string;
  if (output !== "json" && output !== "table") {
    throw new BadOptionError(`Invalid value for '--output': '${output}' is not one of 'json', 'table'.`, commandPath);
  }
  const noRetry = raw.has("no-retry") || rcBool(rcValue("no_retry")) || rcBool(rcValue("no-retry"));
  const maxRetries = (await single(raw, "max-retries", commandPath)) as number | undefined;
  if (raw.has("no-retry") && maxRetries !== undefined) {
    throw new CliUsageError("The option --max-retries cannot be used with --no-retry.", "RETRY_OPTIONS_CONFLICT");
  }
  if (maxRetries !== undefined && maxRetries < 0) {
    throw new BadOptionError(`Invalid value for '--max-retries': ${maxRetries} is smaller than the minimum 0.`, commandPath);
  }
  const configFile = ((await single(raw, "config-file", commandPath)) as string | undefined) ?? nonEmpty(env["OCI_CLI_CONFIG_FILE"]) ?? "~/.oci/config";
  const auth = ((await single(raw, "auth", commandPath)) as string | undefined) ?? nonEmpty(env["OCI_CLI_AUTH"]) ?? rcValue("auth") ?? "api_key";
  const rawQuery = ((await single(raw, "query", commandPath)) as string | undefined) ?? rcValue("query");

  return {
    configFile: expandPath(configFile, io),
    profile,
    region: ((await single(raw, "region", commandPath)) as string | undefined) ?? nonEmpty(env["OCI_CLI_REGION"]) ?? rcValue("region"),
    endpoint: ((await single(raw, "endpoint", commandPath)) as string | undefined) ?? nonEmpty(env["OCI_CLI_ENDPOINT"]),
    endpointGiven: raw.has("endpoint"),
    auth,
    output,
    query: rawQuery === undefined ? undefined : expandCannedQuery(rawQuery, rc),
    rawOutput: raw.has("raw-output") || rcBool(rcValue("raw-output")),
    noRetry,
    maxRetries,
    debug: raw.has("debug") || rcBool(rcValue("debug")),
    requestId: (await single(raw, "request-id", commandPath)) as string | undefined,
    connectionTimeout: ((await single(raw, "connection-timeout", commandPath)) as number | undefined) ?? 10,
    readTimeout: ((await single(raw, "read-timeout", commandPath)) as number | undefined) ?? 60,
  };
}

/** `query://name` → the query named in `[OCI_CLI_CANNED_QUERIES]`. */
export function expandCannedQuery(query: string, rc: RcSettings): string {
  if (!query.startsWith("query://")) return query;
  const name = query.slice("query://".length);
  const found = rc.cannedQueries[name.toLowerCase()];
  if (found === undefined) {
    const known = Object.keys(rc.cannedQueries);
    throw new CliUsageError(
      `Query '${name}' is not defined in the [OCI_CLI_CANNED_QUERIES] section of the rc file${known.length ? ` (known: ${known.join(", ")})` : ""}. Add '${name} = <JMESPath>' there or pass the query itself.`,
      "UNKNOWN_CANNED_QUERY",
    );
  }
  return found;
}
