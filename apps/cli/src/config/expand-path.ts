import { isAbsolute, join } from "node:path";
import type { CliIo } from "../types.js";

/** Resolves a path typed by the user: `~` is the injected HOME, relative paths start at the injected cwd. */
export function expandPath(path: string, io: Pick<CliIo, "home" | "cwd">): string {
  if (path === "~") return io.home;
  if (path.startsWith("~/") || path.startsWith("~\\")) return join(io.home, path.slice(2));
  return isAbsolute(path) ? path : join(io.cwd, path);
}
