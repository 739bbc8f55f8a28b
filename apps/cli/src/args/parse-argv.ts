import { BadOptionError } from "../errors/cli-errors.js";
import { GLOBAL_OPTIONS, HELP_FLAGS, UNSUPPORTED_GLOBAL_OPTIONS } from "./global-options.js";
import type { CommandNode, GroupCommand, LeafCommand, OptionSpec, RawValues } from "../types.js";

export interface ParsedArgv {
  /** Command words after alias expansion, e.g. `["bv", "volume-group-backup", "get"]`. */
  path: string[];
  node: CommandNode;
  leaf: LeafCommand | undefined;
  globals: RawValues;
  options: RawValues;
  help: boolean;
}

export interface ParseOptions {
  /** `[OCI_CLI_COMMAND_ALIASES]`: `ls = list`, or dotted full paths. */
  commandAliases?: Readonly<Record<string, string>>;
  /** `[OCI_CLI_PARAM_ALIASES]`: `--dn = --display-name`. */
  paramAliases?: Readonly<Record<string, string>>;
}

function indexOptions(specs: readonly OptionSpec[]): Map<string, OptionSpec> {
  const byFlag = new Map<string, OptionSpec>();
  for (const spec of specs) {
    byFlag.set(`--${spec.name}`, spec);
    for (const alias of spec.aliases ?? []) byFlag.set(alias, spec);
  }
  return byFlag;
}

const globalIndex = indexOptions([...GLOBAL_OPTIONS, ...UNSUPPORTED_GLOBAL_OPTIONS]);

function record(values: RawValues, name: string, value: string | true): void {
  const list = values.get(name);
  if (list) list.push(value);
  else values.set(name, [value]);
}

/**
 * Splits argv into command path, global options and the leaf command's options, the way click does for the
 * OCI CLI: `--opt value` and `--opt=value`, repeatable options, flags; globals anywhere on the line.
 * Unknown options and commands raise `BadOptionError` (exit 2).
 */
export function parseArgv(argv: readonly string[], root: GroupCommand, options: ParseOptions = {}): ParsedArgv {
  const commandAliases = options.commandAliases ?? {};
  const paramAliases = options.paramAliases ?? {};
  const queue = [...argv];
  const path: string[] = [];
  let node: CommandNode = root;
  let leafIndex: Map<string, OptionSpec> | undefined;
  const globals: RawValues = new Map();
  const leafValues: RawValues = new Map();
  let help = false;

  while (queue.length > 0) {
    const token = queue.shift() as string;
    if (token === "--") continue;
    if (HELP_FLAGS.has(token)) {
      help = true;
      continue;
    }
    if (token.startsWith("-") && token.length > 1) {
      const eq = token.startsWith("--") ? token.indexOf("=") : -1;
      let flag = eq > 0 ? token.slice(0, eq) : token;
      const inline = eq > 0 ? token.slice(eq + 1) : undefined;
      flag = paramAliases[flag] ?? flag;
      const spec = leafIndex?.get(flag) ?? globalIndex.get(flag);
      if (!spec) {
        if (help) continue;
        throw new BadOptionError(`No such option: ${flag}`, path);
      }
      const target = leafIndex?.has(flag) ? leafValues : globals;
      if (spec.kind === "flag") {
        if (inline !== undefined) throw new BadOptionError(`Option '${flag}' does not take a value.`, path);
        record(target, spec.name, true);
        continue;
      }
      const value = inline ?? queue.shift();
      if (value === undefined) throw new BadOptionError(`Option '${flag}' requires an argument.`, path);
      record(target, spec.name, value);
      continue;
    }
    if (node.kind !== "group") {
      if (help) continue;
      throw new BadOptionError(`Got unexpected extra argument (${token})`, path);
    }
    const alias = commandAliases[token];
    if (alias !== undefined && alias.includes(".")) {
      queue.unshift(...alias.split(".").filter((w) => w.length > 0));
      continue;
    }
    const word = alias ?? token;
    const child: CommandNode | undefined = node.children.find((c) => c.name === word);
    if (!child) {
      if (help) continue;
      throw new BadOptionError(`No such command '${token}'.`, path);
    }
    path.push(child.name);
    node = child;
    if (child.kind !== "group") leafIndex = indexOptions(child.options);
  }
  return { path, node, leaf: node.kind === "group" ? undefined : node, globals, options: leafValues, help };
}
