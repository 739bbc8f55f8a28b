import { GLOBAL_OPTIONS } from "../args/global-options.js";
import type { CommandNode, OptionSpec } from "../types.js";

const HELP_OPTION: OptionSpec = { name: "help", kind: "flag", aliases: ["-h", "-?"], help: "Show this message and exit." };

function usageLine(path: readonly string[], node: CommandNode): string {
  const words = ["ocikit", ...path].join(" ");
  return node.kind === "group" ? `Usage: ${words} [OPTIONS] COMMAND [ARGS]...` : `Usage: ${words} [OPTIONS]`;
}

/** The two lines click prints above a usage error. */
export function renderUsageHint(path: readonly string[], node: CommandNode): string {
  return `${usageLine(path, node)}\nTry '${["ocikit", ...path].join(" ")} -h' for help.\n`;
}

function optionLabel(spec: OptionSpec): string {
  const names = [`--${spec.name}`, ...(spec.aliases ?? [])].join(", ");
  if (spec.kind === "flag") return names;
  if (spec.kind === "enum") return `${names} [${(spec.choices ?? []).join("|")}]`;
  return `${names} ${spec.hint ?? (spec.kind === "int" ? "<INTEGER>" : "<TEXT>")}`;
}

function optionLines(specs: readonly OptionSpec[]): string[] {
  const labels = specs.map(optionLabel);
  const width = Math.min(48, Math.max(...labels.map((l) => l.length)) + 2);
  return specs.map((spec, i) => {
    const label = labels[i] as string;
    const notes = [spec.required ? "[required]" : "", spec.multiple ? "[multiple]" : ""].filter(Boolean).join(" ");
    const text = `${notes ? `${notes} ` : ""}${spec.help}`;
    return label.length + 2 > width ? `  ${label}\n  ${" ".repeat(width)}${text}` : `  ${label.padEnd(width)}${text}`;
  });
}

/** Help for any level of the tree: usage, description, options or sub-commands, and examples. */
export function renderHelp(path: readonly string[], node: CommandNode): string {
  const out: string[] = [usageLine(path, node), "", `  ${node.summary}`, "", `  ${node.description}`, ""];
  if (node.kind === "group") {
    out.push("Commands:");
    const width = Math.max(...node.children.map((c) => c.name.length)) + 2;
    for (const child of node.children) out.push(`  ${child.name.padEnd(width)}${child.summary}`);
    out.push("");
    if (path.length === 0) {
      out.push("Global options (accepted anywhere on the line):", ...optionLines([...GLOBAL_OPTIONS, HELP_OPTION]), "");
    }
  } else {
    out.push("Options:", ...optionLines([...node.options, HELP_OPTION]), "");
    out.push("Global options such as --profile, --region, --endpoint, --query and --output work here too; see `ocikit -h`.", "");
  }
  out.push("Examples:", ...node.examples.map((e) => `  $ ${e}`), "");
  return out.join("\n");
}
