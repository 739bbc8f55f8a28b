import { readFile as fsReadFile } from "node:fs/promises";
import { homedir as osHomedir } from "node:os";
import type { Env, ReadFile } from "./provider.js";

// The only place that reaches for the process: every provider takes these as overridable options.
/** @internal */
export const defaultEnv = (): Env => process.env;
/** @internal */
export const defaultReadFile: ReadFile = (path) => fsReadFile(path, "utf8");
/** @internal */
export const defaultHomedir = (): string => osHomedir();

/** Whether an fs error means "no such file". @internal */
export function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
