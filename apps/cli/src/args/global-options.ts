import type { OptionSpec } from "../types.js";

/**
 * Options accepted anywhere on the line, as the OCI CLI's root options (oci-cli.md §5). Their env-var and rc
 * fallbacks are applied in `resolve-globals.ts`.
 */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: "config-file", kind: "string", hint: "<PATH>", help: "Config file with credentials (env OCI_CLI_CONFIG_FILE; default ~/.oci/config)." },
  { name: "profile", kind: "string", hint: "<NAME>", help: "Profile in the config file (env OCI_CLI_PROFILE; rc default_profile; default DEFAULT)." },
  { name: "cli-rc-file", kind: "string", hint: "<PATH>", aliases: ["--defaults-file"], help: "Defaults file (env OCI_CLI_RC_FILE; default ~/.oci/oci_cli_rc)." },
  { name: "region", kind: "string", hint: "<REGION>", help: "Region, e.g. us-ashburn-1 (env OCI_CLI_REGION; default: the profile's region)." },
  { name: "endpoint", kind: "string", hint: "<URL>", help: "Service endpoint including the API version, e.g. http://127.0.0.1:8080/20160918 (env OCI_CLI_ENDPOINT)." },
  { name: "auth", kind: "enum", choices: ["api_key", "security_token", "instance_principal", "resource_principal", "instance_obo_user", "oke_workload_identity"], help: "How to authenticate (env OCI_CLI_AUTH; default api_key). ocikit supports api_key and security_token." },
  { name: "output", kind: "enum", choices: ["json", "table"], help: "Output format (default json)." },
  { name: "query", kind: "string", hint: "<JMESPATH>", help: "JMESPath query over the whole output document; query://NAME uses a canned query from the rc file." },
  { name: "raw-output", kind: "flag", help: "Print a string result without JSON quotes." },
  { name: "no-retry", kind: "flag", help: "Do not retry failed requests." },
  { name: "max-retries", kind: "int", hint: "<N>", help: "Maximum number of attempts per request (cannot be used with --no-retry)." },
  { name: "debug", kind: "flag", aliases: ["-d"], help: "Log each request and response (signatures redacted) to stderr." },
  { name: "request-id", kind: "string", hint: "<ID>", aliases: ["--opc-request-id", "--opc-client-request-id"], help: "Request id sent as opc-request-id (default: a random id)." },
  { name: "connection-timeout", kind: "int", hint: "<SECONDS>", help: "Seconds to wait for a connection (default 10)." },
  { name: "read-timeout", kind: "int", hint: "<SECONDS>", help: "Seconds to wait for a response (default 60)." },
  { name: "generate-full-command-json-input", kind: "flag", help: "Print a JSON skeleton of every option of the command for --from-json and exit." },
  { name: "generate-param-json-input", kind: "string", hint: "<OPTION>", help: "Print a JSON example for one complex option of the command and exit." },
  { name: "version", kind: "flag", aliases: ["-v"], help: "Print the version and exit." },
];

/**
 * OCI CLI root options that ocikit understands but cannot honour, with what to do instead. They are parsed
 * (so a script gets this advice, exit 1) rather than rejected as unknown (exit 2, no advice).
 */
export const UNSUPPORTED_GLOBALS: Readonly<Record<string, string>> = {
  "cert-bundle": "ocikit trusts Node's certificate store; run it with NODE_EXTRA_CA_CERTS=<bundle file> instead of --cert-bundle.",
  proxy: "ocikit cannot send requests through a proxy; run it where the endpoint is reachable directly, or point --endpoint at a reachable address.",
  "realm-specific-endpoint": "pass the realm-specific URL itself with --endpoint https://…/20160918 instead.",
  "enable-dual-stack": "pass the dual-stack URL itself with --endpoint https://…/20160918 instead.",
  "cli-auto-prompt": "ocikit has no interactive mode; type the whole command (see ocikit -h).",
};

/** Root options of the OCI CLI that ocikit accepts only to explain `UNSUPPORTED_GLOBALS`. */
export const UNSUPPORTED_GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: "cert-bundle", kind: "string", hint: "<PATH>", help: "Not supported; use NODE_EXTRA_CA_CERTS." },
  { name: "proxy", kind: "string", hint: "<URL>", help: "Not supported." },
  { name: "realm-specific-endpoint", kind: "flag", help: "Not supported; pass the URL with --endpoint." },
  { name: "enable-dual-stack", kind: "flag", help: "Not supported; pass the URL with --endpoint." },
  { name: "cli-auto-prompt", kind: "flag", aliases: ["-i"], help: "Not supported." },
];

/** Spellings that ask for help at any level. */
export const HELP_FLAGS: ReadonlySet<string> = new Set(["--help", "-h", "-?"]);
