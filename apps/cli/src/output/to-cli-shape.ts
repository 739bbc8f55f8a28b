import { camelToKebab } from "../args/case.js";
import { DATE_TIME_FIELDS, USER_MAP_FIELDS } from "../commands/generated/operations.js";

const DATETIME = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/i;

/**
 * Formats an RFC 3339 datetime the way Python's `datetime.isoformat()` prints it in the OCI CLI:
 * `Z` becomes `+00:00`, fractions become microseconds and a zero fraction disappears.
 */
export function toPythonIsoformat(value: string): string {
  const match = DATETIME.exec(value);
  if (!match) return value;
  const [, base, fraction, zone] = match as unknown as [string, string, string | undefined, string];
  const micros = (fraction ?? "").padEnd(6, "0").slice(0, 6);
  const offset = zone.toUpperCase() === "Z" ? "+00:00" : zone;
  return `${base}${/^0*$/.test(micros) ? "" : `.${micros}`}${offset}`;
}

/**
 * Converts an API model (camelCase JSON) into the OCI CLI's printed form: kebab-case keys, Python-style
 * datetimes, and user tag maps left untouched.
 */
export function toCliShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toCliShape);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    let converted: unknown;
    if (USER_MAP_FIELDS.has(key)) converted = inner;
    else if (typeof inner === "string" && DATE_TIME_FIELDS.has(key)) converted = toPythonIsoformat(inner);
    else converted = toCliShape(inner);
    out[camelToKebab(key)] = converted;
  }
  return out;
}
