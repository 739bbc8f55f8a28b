import type { OptionSpec } from "./command-spec.js";

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
  { name: "version", kind: "flag", aliases: ["-v"], help: "Print the version and exit." },
];

/** Spellings that ask for help at any level. */
export const HELP_FLAGS: ReadonlySet<string> = new Set(["--help", "-h", "-?"]);
