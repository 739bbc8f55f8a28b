import { AbortedError, BadOptionError, CliConfigError, CliUsageError, MissingOptionError, WaitEndedError } from "./cli-errors.js";
import { renderUsageHint } from "../output/render-help.js";
import type { Api, CliIo, CommandNode, GlobalSettings, GroupCommand } from "../types.js";

/** What was known when an error happened, to word its report. */
export interface ErrorScope {
  /** The command tree the invocation was parsed against. */
  root: GroupCommand;
  path: readonly string[];
  node: CommandNode;
  operationId: string | undefined;
  api: Api | undefined;
  globals: GlobalSettings | undefined;
}

function nodeAt(root: GroupCommand, path: readonly string[]): CommandNode {
  let node: CommandNode = root;
  for (const word of path) {
    if (node.kind !== "group") break;
    const child: CommandNode | undefined = node.children.find((c) => c.name === word);
    if (!child) break;
    node = child;
  }
  return node;
}

/**
 * The exit code of an error, as the OCI CLI's (oci-cli.md §9): click-style usage errors 2, a wait that
 * timed out 2; missing options, in-command usage errors, service and connection errors, config errors, a
 * declined prompt, a wait that hit a failure state and anything unexpected 1.
 */
export function exitCodeOf(error: unknown): number {
  if (error instanceof BadOptionError) return 2;
  if (error instanceof WaitEndedError) return error.code === "WAIT_TIMEOUT" ? 2 : 1;
  return 1;
}

/**
 * Writes an error the way the OCI CLI does for the same situation and returns its exit code.
 */
export async function reportError(error: unknown, scope: ErrorScope, io: CliIo): Promise<number> {
  const code = exitCodeOf(error);
  if (error instanceof BadOptionError || error instanceof MissingOptionError) {
    io.stderr.write(`${renderUsageHint(error.commandPath, nodeAt(scope.root, error.commandPath))}\nError: ${error.message}\n`);
    return code;
  }
  if (error instanceof WaitEndedError) {
    io.stderr.write(`${error.message}\n`);
    return code;
  }
  if (error instanceof CliUsageError) {
    io.stderr.write(`UsageError: ${error.message}\n`);
    return code;
  }
  if (error instanceof AbortedError) {
    io.stderr.write("Aborted!\n");
    return code;
  }
  // Loaded only here, so --help and usage errors never evaluate the HTTP client.
  const { OciNetworkError, OciServiceError } = await import("@ocikit/core");
  if (error instanceof OciServiceError || error instanceof OciNetworkError) {
    const { networkErrorReport, serviceErrorReport } = await import("../output/service-error-report.js");
    if (error instanceof OciNetworkError) {
      io.stderr.write(networkErrorReport(error, io.now()));
      return code;
    }
    // As the OCI CLI: the clock-skew warning first, then the ServiceError block.
    if (error.status === 401 && scope.api !== undefined) {
      const { clockSkewWarning } = await import("../engine/clock-skew.js");
      const warning = await clockSkewWarning(io, scope.api.baseUrl);
      if (warning !== undefined) io.stderr.write(warning);
    }
    io.stderr.write(serviceErrorReport(error, scope.operationId));
    return code;
  }
  if (error instanceof CliConfigError) {
    io.stderr.write(`ERROR: ${error.message}\n`);
    return code;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`ERROR: ${message}\n`);
  if (scope.globals?.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return code;
}
