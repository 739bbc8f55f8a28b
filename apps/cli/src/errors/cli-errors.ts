/**
 * Errors the CLI raises itself. `report-error.ts` is the one place that turns them (and every other error)
 * into output and the exit code the OCI CLI uses for the same situation (oci-cli.md §9).
 */

/** A command-line problem that click itself would catch: usage line, `Error: …`, exit 2. */
export class BadOptionError extends Error {
  readonly code: string = "BAD_OPTION";
  constructor(
    message: string,
    readonly commandPath: readonly string[],
  ) {
    super(message);
    this.name = "BadOptionError";
  }
}

/** Required options absent after `--from-json` and rc defaults: usage line, `Error: Missing option(s) …`, exit 1. */
export class MissingOptionError extends Error {
  readonly code = "MISSING_OPTION";
  constructor(
    readonly missing: readonly string[],
    readonly commandPath: readonly string[],
  ) {
    super(`Missing option(s) ${missing.map((m) => `--${m}`).join(", ")}.`);
    this.name = "MissingOptionError";
  }
}

/** A usage problem detected while running a command: `UsageError: …`, exit 1. */
export class CliUsageError extends Error {
  readonly code: string;
  constructor(message: string, code = "USAGE") {
    super(message);
    this.name = "CliUsageError";
    this.code = code;
  }
}

/** The user declined a confirmation prompt (or stdin ended): `Aborted!`, exit 1. */
export class AbortedError extends Error {
  readonly code = "ABORTED";
  constructor() {
    super("Aborted!");
    this.name = "AbortedError";
  }
}

/** The credentials or config file cannot be used; the message says how to fix it. Exit 1. */
export class CliConfigError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CliConfigError";
    this.code = code;
  }
}

/**
 * A wait ended without reaching a requested state. The command's last known result is carried so the
 * entry point can print it as normal output before the stderr line.
 */
export class WaitEndedError extends Error {
  readonly code: "WAIT_TIMEOUT" | "WAIT_FAILED";
  constructor(
    code: "WAIT_TIMEOUT" | "WAIT_FAILED",
    message: string,
    readonly lastResult: unknown,
  ) {
    super(message);
    this.name = "WaitEndedError";
    this.code = code;
  }
}
