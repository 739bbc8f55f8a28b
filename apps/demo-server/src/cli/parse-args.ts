import { parseArgs } from "node:util";
import { DEFAULT_REQUEST_TIMEOUT_MS, type DemoServerOptions } from "../start-demo-server.js";
import { parseDatabaseUrl } from "../store/postgres/database-url.js";

/** Default TCP port of the command (the library defaults to 0, any free port). */
export const DEFAULT_PORT = 12000;

/** A command-line flag is missing, unknown or has a bad value. Exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly code = "USAGE";
}

/** What the command should do. */
export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "run"; options: DemoServerOptions & { port: number; host: string } };

export const USAGE = `Usage: ocikit-demo-server [options]

A local OCI Block Volume server (volumes, volume groups, volume group backups) that verifies real
OCI request signatures and keeps its state in SQLite (or in PostgreSQL, shared by replicas).

Options:
  --port N                TCP port (default ${DEFAULT_PORT}; 0 = any free port)
  --host HOST             interface to bind (default 127.0.0.1)
  --data DIR              state directory: state.db, config, oci_api_key.pem, admin-token
                          (default ./.ocikit-demo)
  --database URL          keep the state in PostgreSQL (postgres://USER:PASSWORD@HOST:PORT/DB, also
                          OCIKIT_DATABASE_URL) instead of SQLite in --data: every server started
                          with the same URL is a replica of one service
  --region REGION         the server's own region (default us-ashburn-1); other regions are
                          served under /<region>/20160918/...
  --trust-config FILE     also trust every profile's API key in this OCI config file (repeatable)
  --compartment NAME      create this compartment under the demo tenancy's root (repeatable; an
                          existing one of that name is kept); list them: GET /_ocikit/compartments
  --strict-compartments   a create, list or move naming a compartment the server does not know is
                          404 NotAuthorizedOrNotFound, as in OCI (default: registered on first use)
  --lifecycle MODE        immediate | time | polls (default time)
  --lifecycle-seconds N   time mode: seconds per transition (default 2)
  --lifecycle-polls N     polls mode: GETs per transition (default 2)
  --rate-limit N          requests per second per tenancy before 429 TooManyRequests
  --request-timeout S     seconds a client has to send a whole request before 408 (default 30)
  --headers-timeout S     seconds a client has to send the request headers before 408 (default 10)
  --allowed-host H[:P]    also accept requests signed for this host (repeatable), e.g. a proxy's
                          authority; always accepted: the listening address and localhost forms
                          with the port (bound to 0.0.0.0 or ::, any host unless this is given)
  --max-connections N     open client connections before a request on a new one is answered
                          503 ServiceUnavailable with retry-after (default 512)
  --max-body-buffer-mib N request bodies held in memory at once, in MiB, all requests together
                          (bodies are read only after the signature verified); past it 503 with
                          retry-after (default 64)
  --clock-offset S        start the server clock S seconds ahead of real time (default 0; a larger
                          offset stored in the data dir wins: the clock never goes back)
  --help                  show this help
  --version               print the version
`;

function number(flag: string, value: string | undefined, check: (n: number) => boolean, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || !check(n)) throw new UsageError(`--${flag} must be ${what}, got '${value}'.`);
  return n;
}

/**
 * Parses the command line (without `node` and the script). Pure: no I/O; the environment is a parameter
 * (only `OCIKIT_DATABASE_URL` is read, and `--database` wins over it). A malformed database URL throws
 * `DatabaseUrlError` (store/postgres/database-url.ts), whose message never shows the password.
 */
export function parseCommandLine(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        data: { type: "string" },
        database: { type: "string" },
        region: { type: "string" },
        "trust-config": { type: "string", multiple: true },
        compartment: { type: "string", multiple: true },
        "strict-compartments": { type: "boolean" },
        lifecycle: { type: "string" },
        "lifecycle-seconds": { type: "string" },
        "lifecycle-polls": { type: "string" },
        "rate-limit": { type: "string" },
        "request-timeout": { type: "string" },
        "headers-timeout": { type: "string" },
        "max-connections": { type: "string" },
        "allowed-host": { type: "string", multiple: true },
        "max-body-buffer-mib": { type: "string" },
        "clock-offset": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.help === true) return { kind: "help" };
  if (v.version === true) return { kind: "version" };

  const port = number("port", v.port, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, "an integer from 0 to 65535") ?? DEFAULT_PORT;
  const seconds = number("lifecycle-seconds", v["lifecycle-seconds"], (n) => n >= 0, "a number ≥ 0");
  const polls = number("lifecycle-polls", v["lifecycle-polls"], (n) => Number.isInteger(n) && n >= 1, "an integer ≥ 1");
  const rateLimit = number("rate-limit", v["rate-limit"], (n) => n > 0, "a positive number");
  const requestTimeout = number("request-timeout", v["request-timeout"], (n) => n >= 0.001, "a number of seconds ≥ 0.001");
  const headersTimeout = number("headers-timeout", v["headers-timeout"], (n) => n >= 0.001, "a number of seconds ≥ 0.001");
  const maxConnections = number("max-connections", v["max-connections"], (n) => Number.isInteger(n) && n >= 1, "an integer ≥ 1");
  const bodyBufferMib = number("max-body-buffer-mib", v["max-body-buffer-mib"], (n) => n >= 1, "a number of MiB ≥ 1");
  const clockOffset = number("clock-offset", v["clock-offset"], (n) => n >= 0, "a number of seconds ≥ 0");
  const mode = v.lifecycle ?? (polls !== undefined ? "polls" : "time");
  let lifecycle: DemoServerOptions["lifecycle"];
  if (mode === "immediate") lifecycle = { mode };
  else if (mode === "time") lifecycle = { mode, seconds: seconds ?? 2 };
  else if (mode === "polls") lifecycle = { mode, polls: polls ?? 2 };
  else throw new UsageError(`--lifecycle must be immediate, time or polls, got '${mode}'.`);
  if (seconds !== undefined && mode !== "time") throw new UsageError("--lifecycle-seconds applies only to --lifecycle time.");
  if (polls !== undefined && mode !== "polls") throw new UsageError("--lifecycle-polls applies only to --lifecycle polls.");
  for (const [flag, value] of [["host", v.host], ["data", v.data], ["database", v.database], ["region", v.region]] as const) {
    if (value !== undefined && value.trim() === "") throw new UsageError(`--${flag} needs a value.`);
  }

  const options: DemoServerOptions & { port: number; host: string } = {
    port,
    host: v.host ?? "127.0.0.1",
    dataDir: v.data ?? ".ocikit-demo",
    region: v.region ?? "us-ashburn-1",
    lifecycle,
  };
  const database = v.database ?? (env.OCIKIT_DATABASE_URL?.trim() === "" ? undefined : env.OCIKIT_DATABASE_URL);
  if (database !== undefined) options.database = parseDatabaseUrl(database).url;
  if (v["trust-config"] !== undefined) options.trustConfig = v["trust-config"];
  for (const name of v.compartment ?? []) {
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(name)) {
      throw new UsageError(`--compartment must be 1 to 100 letters, digits, periods, hyphens or underscores, got '${name}'.`);
    }
  }
  if (v.compartment !== undefined) options.compartments = v.compartment;
  if (v["strict-compartments"] === true) options.strictCompartments = true;
  if (rateLimit !== undefined) options.rateLimit = rateLimit;
  if (maxConnections !== undefined) options.maxConnections = maxConnections;
  if (v["allowed-host"] !== undefined) options.allowedHosts = v["allowed-host"];
  if (bodyBufferMib !== undefined) options.maxBufferedBodyBytes = Math.round(bodyBufferMib * 1024 * 1024);
  if (clockOffset !== undefined) options.clockOffsetSeconds = clockOffset;
  if (requestTimeout !== undefined) options.requestTimeoutMs = Math.round(requestTimeout * 1000);
  if (headersTimeout !== undefined) options.headersTimeoutMs = Math.round(headersTimeout * 1000);
  if ((options.headersTimeoutMs ?? 0) > (options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS)) {
    throw new UsageError("--headers-timeout must not exceed --request-timeout.");
  }
  return { kind: "run", options };
}
