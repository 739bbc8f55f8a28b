import { ROOT } from "./commands/command-tree.js";
import { parseArgv, type ParsedArgv } from "./args/parse-argv.js";
import { loadRc } from "./config/load-rc.js";
import { renderHelp } from "./output/render-help.js";
import { fullCommandSkeleton, sampleValue } from "./args/json-skeleton.js";
import { formatJson } from "./output/format-json.js";
import { checkPathIds, checkRequired, resolveOptions } from "./args/resolve-options.js";
import { resolveGlobals } from "./args/resolve-globals.js";
import { lookupRcDefault } from "./config/rc-settings.js";
import { expandPath } from "./config/expand-path.js";
import { CliUsageError, WaitEndedError } from "./errors/cli-errors.js";
import { reportError, type ErrorScope } from "./errors/report-error.js";
import { VERSION } from "./version.js";
import { nodeFileSystem } from "./io/node-file-system.js";
import type { Api, CliIo, CommandContext, CommandResult, GlobalSettings, GroupCommand, LeafCommand, ResolvedIo } from "./types.js";

/**
 * Runs one invocation in-process and returns its exit code. Everything outside comes through `io`
 * (its filesystem defaults to the real one); `root` is the command tree (default: the generated one).
 * Errors become output and exit codes in one place, `errors/report-error.ts`.
 * @public
 */
export async function run(argv: readonly string[], given: CliIo, root: GroupCommand = ROOT): Promise<number> {
  const io: ResolvedIo = { ...given, fs: given.fs ?? nodeFileSystem };
  const scope: ErrorScope = { root, path: [], node: root, operationId: undefined, api: undefined, globals: undefined };
  try {
    const rc = await loadRc(argv, io);
    const parsed = parseArgv(argv, root, { commandAliases: rc.commandAliases, paramAliases: rc.paramAliases });
    scope.path = parsed.path;
    scope.node = parsed.node;
    if (parsed.globals.has("version")) {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (parsed.help || parsed.leaf === undefined) {
      io.stdout.write(renderHelp(parsed.path, parsed.node));
      return 0;
    }
    const leaf = parsed.leaf;
    const generated = generatedJson(parsed, leaf);
    if (generated !== undefined) {
      io.stdout.write(generated);
      return 0;
    }
    const globals = await resolveGlobals(parsed.globals, io, rc, parsed.path);
    scope.globals = globals;
    if (globals.query !== undefined) await (await import("./output/render-document.js")).checkQuery(globals.query);
    const readText = (path: string) => io.fs.readText(expandPath(path, io));
    const profileValues = rc.profileDefaults(globals.profile);
    const values = await resolveOptions(leaf, {
      cli: parsed.options,
      rcDefault: (name) => lookupRcDefault(profileValues, parsed.path, name),
      readFile: readText,
      commandPath: parsed.path,
    });
    checkRequired(leaf, values, parsed.path);
    checkPathIds(leaf, values);
    const ctx: CommandContext = { io, command: leaf, commandPath: parsed.path, values, globals, readFile: readText };
    const result = await runLeaf(leaf, ctx, scope);
    await printResult(result, globals, io);
    return 0;
  } catch (error) {
    if (error instanceof WaitEndedError) {
      // The OCI CLI prints the last known resource as normal output before giving up.
      if (scope.globals !== undefined) await printResult({ kind: "document", document: error.lastResult as Record<string, unknown> | undefined }, scope.globals, io);
    }
    return reportError(error, scope, io);
  }
}

/** The option's value whether it was given as the command's option or, as the OCI CLI allows, before the command. */
function jsonInputFlag(parsed: ParsedArgv, name: string): string | true | undefined {
  return parsed.options.get(name)?.at(-1) ?? parsed.globals.get(name)?.at(-1);
}

function generatedJson(parsed: ParsedArgv, leaf: LeafCommand): string | undefined {
  const full = jsonInputFlag(parsed, "generate-full-command-json-input");
  const param = jsonInputFlag(parsed, "generate-param-json-input");
  if (full === undefined && param === undefined) return undefined;
  if (leaf.kind !== "operation") {
    throw new CliUsageError(`${parsed.path.join(" ")} takes no JSON input; drop --generate-full-command-json-input / --generate-param-json-input.`, "NO_JSON_INPUT");
  }
  if (full !== undefined && param !== undefined) {
    throw new CliUsageError("Cannot specify both the --generate-full-command-json-input and --generate-param-json-input parameters", "JSON_INPUT_CONFLICT");
  }
  if (full !== undefined) return `${formatJson(fullCommandSkeleton(leaf))}\n`;
  const name = String(param).replace(/^--/, "");
  const spec = leaf.options.find((s) => s.name === name && s.kind === "json");
  if (!spec) {
    const complex = leaf.options.filter((s) => s.kind === "json").map((s) => s.name);
    throw new CliUsageError(
      `--generate-param-json-input takes one of this command's JSON options: ${complex.join(", ") || "(none)"}.`,
      "BAD_PARAM_JSON_INPUT",
    );
  }
  return `${formatJson(sampleValue(spec))}\n`;
}

async function runLeaf(leaf: LeafCommand, ctx: CommandContext, scope: ErrorScope): Promise<CommandResult> {
  if (leaf.kind === "custom") {
    const handler = await leaf.load();
    return handler(ctx);
  }
  scope.operationId = leaf.operationId;
  // Loaded only now, so --help, --version and usage errors never load the HTTP client.
  const [{ runOperation }, { resolveIdentity }, { createApi, endpointRoot }, { localRegionRoot }] = await Promise.all([
    import("./engine/run-operation.js"),
    import("./config/resolve-identity.js"),
    import("./engine/api-client.js"),
    import("./engine/local-region-endpoint.js"),
  ]);
  const profile = await resolveIdentity(ctx.globals, ctx.io);
  const endpoint = ctx.globals.endpoint;
  return runOperation(leaf, ctx, async (options = {}) => {
    // --region (or a copy's destination) names the region; the profile's region is only a fallback.
    const target = options.region ?? ctx.globals.region;
    // A local server serves every region under /<region>/20160918 (the demo server's layout).
    const local = target !== undefined && endpoint !== undefined ? localRegionRoot(endpoint, target) : undefined;
    const endpointOverride =
      local ?? (options.region !== undefined && endpoint !== undefined ? `${endpointRoot(endpoint)}/${options.region}` : undefined);
    const api: Api = createApi({
      globals: ctx.globals,
      io: ctx.io,
      identity: profile.identity,
      region: target ?? profile.region,
      ...(endpointOverride === undefined ? {} : { endpointOverride }),
    });
    scope.api ??= api;
    return api;
  });
}

async function printResult(result: CommandResult, globals: GlobalSettings, io: CliIo): Promise<void> {
  if (result.kind === "text") {
    io.stdout.write(result.text);
    if (result.stderr) io.stderr.write(result.stderr);
    return;
  }
  if (result.document !== undefined) {
    const { renderDocument } = await import("./output/render-document.js");
    const rendered = await renderDocument(result.document, { output: globals.output, query: globals.query, rawOutput: globals.rawOutput });
    io.stdout.write(rendered.stdout);
    io.stderr.write(rendered.stderr);
  }
  // After the output, as the OCI CLI prints its pagination warning.
  if (result.kind === "document" && result.notice !== undefined) io.stderr.write(result.notice);
}
