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

function generatedJson(parsed: ParsedArgv, leaf: LeafCommand): string | undefined {
  if (leaf.kind !== "operation") return undefined;
  if (parsed.options.has("generate-full-command-json-input")) return `${formatJson(fullCommandSkeleton(leaf))}\n`;
  const param = parsed.options.get("generate-param-json-input")?.at(-1);
  if (typeof param === "string") {
    const name = param.replace(/^--/, "");
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
  return undefined;
}

async function runLeaf(leaf: LeafCommand, ctx: CommandContext, scope: ErrorScope): Promise<CommandResult> {
  if (leaf.kind === "custom") {
    const handler = await leaf.load();
    return handler(ctx);
  }
  scope.operationId = leaf.operationId;
  // Loaded only now, so --help, --version and usage errors never load the HTTP client.
  const [{ runOperation }, { resolveIdentity }, { createApi, endpointRoot }] = await Promise.all([
    import("./engine/run-operation.js"),
    import("./config/resolve-identity.js"),
    import("./engine/api-client.js"),
  ]);
  const profile = await resolveIdentity(ctx.globals, ctx.io);
  const region = ctx.globals.region ?? profile.region;
  return runOperation(leaf, ctx, async (options = {}) => {
    const api: Api =
      options.region === undefined
        ? createApi({ globals: ctx.globals, io: ctx.io, identity: profile.identity, region })
        : createApi({
            globals: ctx.globals,
            io: ctx.io,
            identity: profile.identity,
            region: options.region,
            // A local server serves other regions under /<region>/20160918 (the demo server's layout).
            ...(ctx.globals.endpoint === undefined ? {} : { endpointOverride: `${endpointRoot(ctx.globals.endpoint)}/${options.region}` }),
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
  if (result.document === undefined) return;
  const { renderDocument } = await import("./output/render-document.js");
  const rendered = await renderDocument(result.document, { output: globals.output, query: globals.query, rawOutput: globals.rawOutput });
  io.stdout.write(rendered.stdout);
  io.stderr.write(rendered.stderr);
}
