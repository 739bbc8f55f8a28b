import { eastAsianWidth } from "get-east-asian-width";
import { pythonStr } from "./python-text.js";

type Row = readonly unknown[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Python's `sorted()` of strings: by code point (JavaScript's default sort compares UTF-16 units). */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] as string).codePointAt(0)! - (y[i] as string).codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function headersOf(records: readonly unknown[]): string[] {
  const keys = new Set<string>();
  for (const record of records) if (isRecord(record)) for (const key of Object.keys(record)) keys.add(key);
  return [...keys].sort(byCodePoint);
}

const columns = (count: number): string[] => Array.from({ length: count }, (_, i) => `Column${i + 1}`);

/**
 * The rows the OCI CLI's `print_table` builds from a value: a header row, then one row per item. A list
 * is read by its first item: strings or other scalars make one `Column1`, dicts a column per key of
 * every item (sorted, a missing key an empty cell), lists `Column1…N`. Returns a message instead for an
 * empty list or a value no table can show.
 */
function tableRows(data: unknown): Row[] | { message: string } {
  if (typeof data === "string") return [["Column1"], [data]];
  if (Array.isArray(data)) {
    if (data.length === 0) return { message: "Command returned empty list, no table to display." };
    const first: unknown = data[0];
    if (isRecord(first)) {
      const header = headersOf(data);
      return [header, ...data.map((item) => header.map((key) => (isRecord(item) && Object.hasOwn(item, key) ? item[key] : "")))];
    }
    if (Array.isArray(first)) return [columns(first.length), ...data.map((row) => (Array.isArray(row) ? row : [row]))];
    return [["Column1"], ...data.map((row) => [row])];
  }
  if (isRecord(data)) {
    const header = headersOf([data]);
    return [header, header.map((key) => data[key])];
  }
  return { message: `Table format not supported for operation return type: ${pythonStr(data)}` };
}

// Python's str.splitlines() boundaries.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
const ANSI_COLOUR = /\x1b\[[\d;]+m/g;

/** Lines of a cell as terminaltables splits it: a trailing line break leaves an empty last line. */
function cellLines(text: string): string[] {
  const lines = text.split(LINE_BREAK);
  return lines.length > 1 && lines.at(-1) === "" && !/\n$/.test(text) ? lines.slice(0, -1) : lines;
}

/** Columns a line takes on a terminal: East Asian wide and fullwidth characters count two, colour codes none. */
export function visibleWidth(line: string): number {
  let width = 0;
  for (const char of line.replace(ANSI_COLOUR, "")) {
    width += eastAsianWidth(char.codePointAt(0) as number) === 2 ? 2 : 1;
  }
  return width;
}

/**
 * Renders a value as the OCI CLI's `--output table` does (terminaltables' `AsciiTable` over cells made
 * with Python's `str()`): `+---+` borders, the header row, one row per item, multi-line cells over
 * several lines. Returns what goes to stdout, final newline included.
 */
export function renderTable(data: unknown): string {
  const rows = tableRows(data);
  if (!Array.isArray(rows)) return `${rows.message}\n`;
  const cells = rows.map((row) => row.map((cell) => cellLines(pythonStr(cell))));
  const count = Math.max(...cells.map((row) => row.length));
  const widths = Array.from({ length: count }, (_, i) => Math.max(0, ...cells.map((row) => Math.max(0, ...(row[i] ?? []).map(visibleWidth)))));
  const border = `+${widths.map((w) => "-".repeat(w + 2)).join("+")}+`;
  const lines: string[] = [border];
  cells.forEach((row, r) => {
    const height = Math.max(1, ...row.map((cell) => cell.length));
    for (let l = 0; l < height; l++) {
      const parts = widths.map((w, i) => {
        const text = row[i]?.[l] ?? "";
        return ` ${text}${" ".repeat(w - visibleWidth(text))} `;
      });
      lines.push(`|${parts.join("|")}|`);
    }
    if (r === 0) lines.push(border);
  });
  // A header alone still gets its closing border, as terminaltables draws it.
  if (cells.length > 1 || lines.at(-1) !== border) lines.push(border);
  return `${lines.join("\n")}\n`;
}
