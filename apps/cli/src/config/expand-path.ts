import { isAbsolute, join } from "node:path";
import { expandHome } from "@ocikit/signer/config";
import type { CliIo } from "../types.js";

/** Resolves a path typed by the user: `~` is the injected HOME (as the OCI CLI expands it), relative paths start at the injected cwd. */
export function expandPath(path: string, io: Pick<CliIo, "home" | "cwd">): string {
  const expanded = expandHome(path, io.home);
  return isAbsolute(expanded) ? expanded : join(io.cwd, expanded);
}
