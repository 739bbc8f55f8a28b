import { BadOptionError, CliUsageError } from "../errors/cli-errors.js";
import { kebabToSnake } from "./case.js";
import { readOptionFile } from "./read-option-file.js";
import type { OptionSpec, ReadTextFile } from "../types.js";

const TRUE_WORDS = new Set(["true", "1", "yes", "y", "t", "on"]);
const FALSE_WORDS = new Set(["false", "0", "no", "n", "f", "off"]);

/**
 * Turns one typed value into the option's type with click's messages for bad ints, enums and booleans
 * (exit 2) and the OCI CLI's message for bad JSON (raised inside the command: exit 1).
 */
export async function coerceText(
  spec: OptionSpec,
  text: string | true,
  commandPath: readonly string[],
  readFile: ReadTextFile,
): Promise<unknown> {
  const flag = `--${spec.name}`;
  if (text === true) return true;
  switch (spec.kind) {
    case "flag":
      return true;
    case "string":
      return text;
    case "int": {
      if (!/^\s*[+-]?\d+\s*$/.test(text)) {
        throw new BadOptionError(`Invalid value for '${flag}': '${text}' is not a valid integer.`, commandPath);
      }
      return Number.parseInt(text, 10);
    }
    case "bool": {
      const lower = text.trim().toLowerCase();
      if (TRUE_WORDS.has(lower)) return true;
      if (FALSE_WORDS.has(lower)) return false;
      throw new BadOptionError(`Invalid value for '${flag}': '${text}' is not a valid boolean.`, commandPath);
    }
    case "enum": {
      const choices = spec.choices ?? [];
      const match = choices.find((c) => c.toLowerCase() === text.toLowerCase());
      if (match === undefined) {
        const list = choices.map((c) => `'${c}'`).join(", ");
        throw new BadOptionError(`Invalid value for '${flag}': '${text}' is not one of ${list}.`, commandPath);
      }
      return match;
    }
    case "json":
      return parseJsonOption(spec, text, readFile);
  }
}

async function parseJsonOption(spec: OptionSpec, text: string, readFile: ReadTextFile): Promise<unknown> {
  let source = text;
  if (text.startsWith("file://")) source = await readOptionFile(readFile, text.slice("file://".length), spec.name);
  try {
    return JSON.parse(source);
  } catch {
    throw new CliUsageError(`Parameter '${kebabToSnake(spec.name)}' must be in JSON format.`, "BAD_JSON");
  }
}

/**
 * Accepts a value that came from `--from-json` (already JSON-typed). Strings still go through the text rules
 * so that `"type": "full"` is normalised like `--type full`.
 */
export async function coerceJsonValue(
  spec: OptionSpec,
  value: unknown,
  commandPath: readonly string[],
  readFile: ReadTextFile,
): Promise<unknown> {
  if (spec.kind === "json") return value;
  if (spec.kind === "flag" || spec.kind === "bool") {
    if (typeof value === "boolean") return value;
    return coerceText({ ...spec, kind: "bool" }, String(value), commandPath, readFile);
  }
  if (spec.kind === "int" && typeof value === "number" && Number.isInteger(value)) return value;
  return coerceText(spec, String(value), commandPath, readFile);
}
