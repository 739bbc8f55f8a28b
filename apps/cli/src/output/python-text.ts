/**
 * How Python prints the JSON values the OCI CLI holds: `str()` for a table cell, `repr()` for what is
 * inside a list or dict. `None`, `True`/`False`, `['a', 'b']`, `{'k': 1}`, floats as Python writes them.
 */

/** Python's `str(value)` of a JSON value: strings as they are, everything else as `repr`. */
export function pythonStr(value: unknown): string {
  return typeof value === "string" ? value : pythonRepr(value);
}

/** Python's `repr(value)` of a JSON value (lists, dicts in insertion order, quoted strings). */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return pythonNumber(value);
  if (typeof value === "string") return pythonStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(", ")}]`;
  if (typeof value === "object") {
    const items = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pythonStringRepr(k)}: ${pythonRepr(v)}`);
    return `{${items.join(", ")}}`;
  }
  return String(value);
}

/**
 * A JSON number as Python prints it: whole numbers as `int` (every digit), others as `float.__repr__`:
 * the shortest round-trip digits (the same as JavaScript's), in positional form down to 1e-4 and as
 * `1.5e-05` below (JavaScript writes positional down to 1e-6 and `1.5e-7` below that).
 */
export function pythonNumber(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (Number.isInteger(value)) return BigInt(value).toString();
  const [mantissa, exponentText] = value.toExponential().split("e") as [string, string];
  const exponent = Number(exponentText);
  if (exponent >= -4) return String(value);
  return `${mantissa}e-${String(-exponent).padStart(2, "0")}`;
}

// Python escapes what `str.isprintable()` rejects: the Unicode categories Other (C*) and Separator (Z*),
// except the ASCII space.
const NOT_PRINTABLE = /[\p{C}\p{Z}]/u;
const NAMED: Readonly<Record<string, string>> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Python's `repr(str)`: single quotes unless the text has a single quote and no double quote. */
export function pythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const named = NAMED[char];
    if (named !== undefined) out += named;
    else if (char === quote) out += `\\${quote}`;
    else if (char !== " " && NOT_PRINTABLE.test(char)) out += escapeCodePoint(char.codePointAt(0) as number);
    else out += char;
  }
  return out + quote;
}

function escapeCodePoint(code: number): string {
  const hex = code.toString(16);
  if (code < 0x100) return `\\x${hex.padStart(2, "0")}`;
  if (code < 0x10000) return `\\u${hex.padStart(4, "0")}`;
  return `\\U${hex.padStart(8, "0")}`;
}
