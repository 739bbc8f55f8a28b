import type { CliIo } from "./io.js";
import type { CommandNode } from "./cli/command-spec.js";
import type { GlobalSettings } from "./cli/resolve-globals.js";
import type { Api } from "./http/api-client.js";
import { AbortedError, BadOptionError, CliConfigError, CliUsageError, MissingOptionError } from "./cli/cli-errors.js";
import { renderUsageHint } from "./cli/render-help.js";
import { ROOT } from "./commands/command-tree.js";

/** What was known when an error happened, to word its report. */
export interface ErrorScope {
  path: readonly string[];
  node: CommandNode;
  operationId: string | undefined;
  api: Api | undefined;
  globals: GlobalSettings | undefined;
}

function nodeAt(path: readonly string[]): CommandNode {
  let node: CommandNode = ROOT;
  for (const word of path) {
    if (node.kind !== "group") break;
    const child: CommandNode | undefined = node.children.find((c) => c.name === word);
    if (!child) break;
    node = child;
  }
  return node;
}

/**
 * Writes an error the way the OCI CLI does for the same situation and returns the exit code (oci-cli.md §9):
 * click-style usage errors 2, missing options and in-command usage errors 1, service and connection errors 1
 * with their JSON blocks, a declined prompt 1.
 */
export async function reportError(error: unknown, scope: ErrorScope, io: CliIo): Promise<number> {
  if (error instanceof BadOptionError || error instanceof MissingOptionError) {
    io.stderr.write(`${renderUsageHint(error.commandPath, nodeAt(error.commandPath))}\nError: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof CliUsageError) {
    io.stderr.write(`UsageError: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof AbortedError) {
    io.stderr.write("Aborted!\n");
    return error.exitCode;
  }
  // Loaded only here, so --help and usage errors never evaluate the HTTP client.
  const { OciNetworkError, OciServiceError } = await import("@ocikit/core");
  if (error instanceof OciServiceError || error instanceof OciNetworkError) {
    const { networkErrorReport, serviceErrorReport } = await import("./output/service-error-report.js");
    if (error instanceof OciNetworkError) {
      io.stderr.write(networkErrorReport(error, io.now()));
      return 1;
    }
    // As the OCI CLI: the clock-skew warning first, then the ServiceError block.
    if (error.status === 401 && scope.api !== undefined) {
      const { clockSkewWarning } = await import("./http/clock-skew.js");
      const warning = await clockSkewWarning(io, scope.api.baseUrl);
      if (warning !== undefined) io.stderr.write(warning);
    }
    io.stderr.write(serviceErrorReport(error, scope.operationId));
    return 1;
  }
  if (error instanceof CliConfigError) {
    io.stderr.write(`ERROR: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`ERROR: ${message}\n`);
  if (scope.globals?.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return 1;
}
