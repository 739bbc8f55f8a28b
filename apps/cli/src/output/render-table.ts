function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * Renders rows as an ASCII table like terminaltables' `AsciiTable` (used by the OCI CLI's `--output table`):
 * `+---+` borders, a header row of keys, one row per item. Scalars become a one-column table.
 */
export function renderTable(data: unknown): string {
  const rows = Array.isArray(data) ? data : [data];
  if (rows.length === 0) return "";
  const objects = rows.every((r) => r !== null && typeof r === "object" && !Array.isArray(r));
  let header: string[];
  let body: string[][];
  if (objects) {
    const keys = new Set<string>();
    for (const row of rows as Array<Record<string, unknown>>) for (const key of Object.keys(row)) keys.add(key);
    header = [...keys].sort();
    body = (rows as Array<Record<string, unknown>>).map((row) => header.map((key) => cellText(row[key])));
  } else {
    header = ["Column1"];
    body = rows.map((row) => (Array.isArray(row) ? row.map(cellText) : [cellText(row)]));
    const columns = Math.max(...body.map((r) => r.length));
    header = Array.from({ length: columns }, (_, i) => `Column${i + 1}`);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const border = `+${widths.map((w) => "-".repeat(w + 2)).join("+")}+`;
  const line = (cells: readonly string[]): string => `|${widths.map((w, i) => ` ${(cells[i] ?? "").padEnd(w)} `).join("|")}|`;
  return [border, line(header), border, ...body.map(line), border].join("\n");
}
