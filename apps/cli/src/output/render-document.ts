import { formatJson } from "./format-json.js";
import { renderTable } from "./render-table.js";
import { pythonStr } from "./python-text.js";
import { CliUsageError } from "../errors/cli-errors.js";

export interface RenderOptions {
  output: "json" | "table";
  query?: string | undefined;
  rawOutput: boolean;
}

export interface Rendered {
  stdout: string;
  stderr: string;
}

type SearchFn = (data: unknown, expression: string) => unknown;
type CompileFn = (expression: string) => unknown;
interface JmesPath {
  search: SearchFn;
  compile: CompileFn;
}

async function loadJmesPath(): Promise<JmesPath> {
  // Loaded on first use only, so commands without --query never pay for the JMESPath parser.
  const mod = (await import("jmespath")) as unknown as Partial<JmesPath> & { default?: JmesPath };
  const lib = mod.default ?? mod;
  if (typeof lib.search !== "function" || typeof lib.compile !== "function") throw new Error("The bundled JMESPath module has no search function.");
  return lib as JmesPath;
}

function badQuery(error: unknown): CliUsageError {
  return new CliUsageError(`The --query expression could not be evaluated: ${(error as Error).message}. Check the JMESPath syntax.`, "BAD_QUERY");
}

/**
 * Parses a `--query` expression without running it, so a typo is reported before a create or delete is
 * sent rather than after the resource changed.
 */
export async function checkQuery(query: string): Promise<void> {
  const { compile } = await loadJmesPath();
  try {
    compile(query);
  } catch (error) {
    throw badQuery(error);
  }
}

/**
 * Prints a command's document the way the OCI CLI does: `--query` over the whole document, `--raw-output`
 * for bare strings, `--output table` for `data` (other top-level keys go to stderr), otherwise sorted JSON.
 */
export async function renderDocument(document: unknown, options: RenderOptions): Promise<Rendered> {
  let result: unknown = document;
  let stderr = "";
  if (options.query !== undefined) {
    const { search } = await loadJmesPath();
    try {
      result = search(document, options.query);
    } catch (error) {
      throw badQuery(error);
    }
    // Only a null result is "empty" to the OCI CLI: `[]`, `{}` and `""` are printed as they are.
    if (result === null || result === undefined) return { stdout: "", stderr: "Query returned empty result, no output to show.\n" };
  }
  if (options.rawOutput && typeof result === "string") return { stdout: `${result}\n`, stderr };
  if (options.output === "table") {
    let tableData = result;
    if (options.query === undefined && result !== null && typeof result === "object" && !Array.isArray(result) && "data" in result) {
      const { data, ...rest } = result as Record<string, unknown>;
      tableData = data;
      for (const [key, value] of Object.entries(rest)) stderr += `${key}: ${pythonStr(value)}\n`;
    }
    return { stdout: renderTable(tableData), stderr };
  }
  return { stdout: `${formatJson(result)}\n`, stderr };
}
