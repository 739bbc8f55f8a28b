import { coerceJsonValue, coerceText } from "./coerce-option.js";
import { CliUsageError, MissingOptionError } from "../errors/cli-errors.js";
import { kebabToCamel } from "./case.js";
import { readOptionFile } from "./read-option-file.js";
import type { LeafCommand, OptionSpec, RawValues, ReadTextFile, OptionValues } from "../types.js";

/** The `--from-json` key of an option: its camelCased name, except `--all` (`allPages`, as in the OCI CLI). */
export function jsonKeyOf(spec: OptionSpec): string {
  return spec.name === "all" ? "allPages" : kebabToCamel(spec.name);
}

export interface ResolveSources {
  cli: RawValues;
  /** `rcDefault(name)` returns the rc file's default for this command, if any. */
  rcDefault: (name: string) => string | undefined;
  readFile: ReadTextFile;
  commandPath: readonly string[];
}

async function loadFromJson(text: string, readFile: ReadTextFile): Promise<Record<string, unknown>> {
  let source = text;
  if (text.startsWith("file://")) source = await readOptionFile(readFile, text.slice("file://".length), "from-json");
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    throw new CliUsageError("Parameter 'from_json' must be in JSON format.", "BAD_JSON");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new CliUsageError("We expect a JSON object to be provided to --from-json", "FROM_JSON_NOT_OBJECT");
  }
  return parsed as Record<string, unknown>;
}

/**
 * Merges option values in the OCI CLI's order — the command line, then `--from-json`, then the rc file, then
 * built-in defaults — and checks required options last, so that JSON input and rc defaults satisfy them.
 */
export async function resolveOptions(leaf: LeafCommand, sources: ResolveSources): Promise<OptionValues> {
  const { cli, rcDefault, readFile, commandPath } = sources;
  const values: OptionValues = {};
  const fromJsonText = cli.get("from-json")?.at(-1);
  const fromJson = typeof fromJsonText === "string" ? await loadFromJson(fromJsonText, readFile) : {};

  for (const spec of leaf.options) {
    const typed = cli.get(spec.name);
    if (typed && typed.length > 0) {
      const coerced = await Promise.all(typed.map((t) => coerceText(spec, t, commandPath, readFile)));
      values[spec.name] = spec.multiple ? coerced : coerced.at(-1);
      continue;
    }
    const key = jsonKeyOf(spec);
    if (spec.name !== "from-json" && Object.hasOwn(fromJson, key)) {
      const raw = fromJson[key];
      if (spec.multiple) {
        const list = Array.isArray(raw) ? raw : [raw];
        values[spec.name] = await Promise.all(list.map((v) => coerceJsonValue(spec, v, commandPath, readFile)));
      } else {
        values[spec.name] = await coerceJsonValue(spec, raw, commandPath, readFile);
      }
      continue;
    }
    const rc = rcDefault(spec.name);
    if (rc !== undefined) {
      const coerced = await coerceText(spec, spec.kind === "flag" ? isTruthy(rc) : rc, commandPath, readFile);
      if (spec.kind === "flag" && !isTruthy(rc)) continue;
      values[spec.name] = spec.multiple ? [coerced] : coerced;
      continue;
    }
    if (spec.defaultValue !== undefined) values[spec.name] = spec.defaultValue;
  }
  return values;
}

function isTruthy(text: string): true | string {
  return ["true", "1", "yes", "on"].includes(text.trim().toLowerCase()) ? true : text;
}

/** Throws `MissingOptionError` naming every required option still absent. */
export function checkRequired(leaf: LeafCommand, values: OptionValues, commandPath: readonly string[]): void {
  const missing = leaf.options.filter((s) => s.required && (values[s.name] === undefined || values[s.name] === null)).map((s) => s.name);
  if (missing.length > 0) throw new MissingOptionError(missing, commandPath);
}

/** Rejects blank path ids with the OCI CLI's wording, before any request is sent. */
export function checkPathIds(leaf: LeafCommand, values: OptionValues): void {
  for (const spec of leaf.options) {
    if (spec.target?.in !== "path") continue;
    const value = values[spec.name];
    if (typeof value === "string" && value.trim() === "") {
      throw new CliUsageError(`Parameter --${spec.name} cannot be whitespace or empty string`, "BLANK_PATH_ID");
    }
  }
}
