import { ConfigError } from "./config-error.js";

/** Sections of an INI file as written: section name → key → value (null-prototype records). @public */
export type IniSections = Record<string, Record<string, string>>;

/**
 * The two INI dialects OCI tools read:
 * - `"oci-config"` — the credentials file `~/.oci/config`, as the SDKs read it: `key=value` split at the
 *   first `=`, `#` comment lines, keys kept as written, and any malformed line is an error.
 * - `"configparser"` — the CLI's `~/.oci/oci_cli_rc` (Python configparser): `key = value` or
 *   `key: value`, `#` and `;` comment lines, indented continuation lines, keys lower-cased, and
 *   malformed lines skipped (the file only holds defaults).
 * @public
 */
export type IniDialect = "oci-config" | "configparser";

/** Options of {@link parseIni}. @public */
export interface ParseIniOptions {
  /** Default `"oci-config"`. */
  dialect?: IniDialect;
  /** A file name, used only in error messages (default `"OCI config"`). */
  source?: string;
}

/** A parsed INI file. @public */
export interface IniFile {
  /** Sections as written, `[DEFAULT]` included; a section repeated in the file is merged, later keys win. */
  readonly sections: IniSections;
  /** Whether the file has a `[name]` section. */
  has(name: string): boolean;
  /**
   * The values of `[name]` over those of `[DEFAULT]`, key by key (how the SDKs resolve a profile and
   * configparser a section): `[DEFAULT]`'s alone when `[name]` is absent. A new null-prototype record.
   */
  resolve(name: string): Record<string, string>;
}

const FORBIDDEN_NAMES = new Set(["__proto__", "constructor", "prototype"]);

function record(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/**
 * Parses INI text into sections with `[DEFAULT]` inheritance (see {@link IniDialect} for the rules of
 * each dialect). In both, lines are trimmed, blank lines skipped and `[NAME]` opens a section.
 *
 * @throws {@link ConfigError} `INVALID_CONFIG` naming the line at fault (`"oci-config"` dialect only).
 * @public
 */
export function parseIni(text: string, options: ParseIniOptions = {}): IniFile {
  const sections =
    options.dialect === "configparser" ? parseConfigparser(text) : parseOciConfig(text, options.source ?? "OCI config");
  return {
    sections,
    has: (name) => Object.hasOwn(sections, name),
    resolve: (name) =>
      Object.assign(record(), sections.DEFAULT, Object.hasOwn(sections, name) ? sections[name] : undefined),
  };
}

function parseOciConfig(text: string, source: string): IniSections {
  const sections = Object.create(null) as IniSections;
  let current: Record<string, string> | undefined;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim();
    if (line === "" || line.startsWith("#")) continue;
    const where = `${source}, line ${index + 1}`;
    if (line.startsWith("[")) {
      if (!line.endsWith("]")) throw invalid(`${where}: a profile header must look like [NAME].`, source);
      const name = line.slice(1, -1).trim();
      if (name === "") throw invalid(`${where}: the profile name is empty; write [DEFAULT] or [NAME].`, source);
      if (FORBIDDEN_NAMES.has(name)) {
        throw invalid(`${where}: '${name}' cannot be used as a profile name; rename the profile.`, source);
      }
      current = sections[name] ??= record();
      continue;
    }
    const eq = line.indexOf("=");
    if (eq === -1) throw invalid(`${where}: expected key=value or [PROFILE].`, source);
    if (current === undefined) {
      throw invalid(
        `${where}: '${line.slice(0, eq).trim()}' appears before any [PROFILE] header; add [DEFAULT] above it.`,
        source,
      );
    }
    const key = line.slice(0, eq).trim();
    if (key === "") throw invalid(`${where}: the key before '=' is empty.`, source);
    current[key] = line.slice(eq + 1).trim();
  }
  return sections;
}

function invalid(message: string, path: string): ConfigError {
  return new ConfigError("INVALID_CONFIG", `Invalid OCI config file: ${message}`, { path });
}

function parseConfigparser(text: string): IniSections {
  const sections = Object.create(null) as IniSections;
  let current: Record<string, string> | undefined;
  let lastKey: string | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const trimmed = rawLine.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) {
      lastKey = undefined;
      continue;
    }
    if (/^\s/.test(rawLine) && current !== undefined && lastKey !== undefined) {
      current[lastKey] = `${current[lastKey] ?? ""}\n${trimmed}`;
      continue;
    }
    const header = /^\[(.+)\]$/.exec(trimmed);
    if (header) {
      const name = (header[1] as string).trim();
      // A [__proto__] section is ignored with its keys.
      if (name === "__proto__") {
        current = undefined;
      } else {
        sections[name] ??= record();
        current = sections[name];
      }
      lastKey = undefined;
      continue;
    }
    const sep = /[=:]/.exec(trimmed);
    if (current === undefined || sep === null) continue;
    const key = trimmed.slice(0, sep.index).trim().toLowerCase();
    if (key === "__proto__") continue;
    current[key] = trimmed.slice(sep.index + 1).trim();
    lastKey = key;
  }
  return sections;
}
