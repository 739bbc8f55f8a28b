/** Sections of an `oci_cli_rc` file; keys lower-cased as Python's configparser does. */
export type RcSections = Record<string, Record<string, string>>;

/**
 * Parses the OCI CLI's rc file (Python configparser dialect): `[SECTION]`, `key = value` or `key: value`,
 * `#`/`;` comment lines, indented continuation lines. Unlike the credentials file, a malformed line is
 * skipped rather than fatal, because the rc file only holds defaults.
 */
export function parseRcFile(text: string): RcSections {
  const sections: RcSections = Object.create(null) as RcSections;
  let current: Record<string, string> | undefined;
  let lastKey: string | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const trimmed = rawLine.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) {
      lastKey = undefined;
      continue;
    }
    if (/^\s/.test(rawLine) && current && lastKey !== undefined) {
      current[lastKey] = `${current[lastKey] ?? ""}\n${trimmed}`;
      continue;
    }
    const header = /^\[(.+)\]$/.exec(trimmed);
    if (header) {
      const name = (header[1] as string).trim();
      if (name === "__proto__") {
        current = undefined;
        continue;
      }
      current = sections[name] ??= Object.create(null) as Record<string, string>;
      lastKey = undefined;
      continue;
    }
    const sep = /[=:]/.exec(trimmed);
    if (!current || !sep) continue;
    const key = trimmed.slice(0, sep.index).trim().toLowerCase();
    if (key === "__proto__") continue;
    current[key] = trimmed.slice(sep.index + 1).trim();
    lastKey = key;
  }
  return sections;
}
