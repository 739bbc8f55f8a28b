function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}

/**
 * JSON as Python's `json.dumps(indent=N, sort_keys=True, ensure_ascii=False)` prints it: keys sorted at every
 * level (by code point, like Python), non-ASCII kept.
 */
export function formatJson(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(value), null, indent) ?? "null";
}
