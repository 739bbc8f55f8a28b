import { existsSync, readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { send, sendError } from "./http-answers.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/**
 * Where the built front-end is: `console/` beside the bundled server (dist/), or dist/console when the
 * server runs from its sources (tests). Undefined when it has not been built.
 */
export function findConsoleAssets(base: string = import.meta.url): string | undefined {
  for (const candidate of ["./console/", "../../dist/console/", "../dist/console/"]) {
    const dir = fileURLToPath(new URL(candidate, base));
    if (existsSync(join(dir, "index.html"))) return dir;
  }
  return undefined;
}

const NOT_BUILT =
  "The console's front-end is not built. Run `pnpm --filter @ocikit/demo-server build` (or `pnpm build`), then reload.";

/** Serves the built front-end: files are read once and kept; hashed asset names are cached for a year. */
export class StaticAssets {
  private readonly cache = new Map<string, Buffer>();

  constructor(private readonly dir: string | undefined) {}

  private read(relative: string): Buffer | undefined {
    if (this.dir === undefined) return undefined;
    const cached = this.cache.get(relative);
    if (cached !== undefined) return cached;
    const full = normalize(join(this.dir, relative));
    if (!full.startsWith(this.dir.endsWith(sep) ? this.dir : this.dir + sep) || !existsSync(full)) return undefined;
    const body = readFileSync(full);
    this.cache.set(relative, body);
    return body;
  }

  /** The single-page app's shell (every view address answers it). */
  index(res: ServerResponse, status = 200): void {
    const body = this.read("index.html");
    if (body === undefined) return sendError(res, 503, "ConsoleNotBuilt", NOT_BUILT);
    send(res, status, TYPES[".html"] as string, body);
  }

  /** A file under assets/. */
  asset(res: ServerResponse, name: string): void {
    if (this.dir === undefined) return sendError(res, 503, "ConsoleNotBuilt", NOT_BUILT);
    const body = /^[\w.-]+$/.test(name) ? this.read(join("assets", name)) : undefined;
    if (body === undefined) return sendError(res, 404, "NotFound", `No console asset '${name.slice(0, 100)}'.`);
    send(res, 200, TYPES[extname(name)] ?? "application/octet-stream", body, { "cache-control": "public, max-age=31536000, immutable" });
  }
}
