import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody } from "../http/read-body.js";
import { handleConsoleApi } from "./console-api.js";
import {
  clearedSessionCookie,
  csrfToken,
  isAdminToken,
  isLoopback,
  isLoopbackHost,
  isSameOriginWrite,
  isValidSession,
  mintSession,
  sessionCookie,
  sessionOf,
} from "./console-auth.js";
import type { ConsoleDeps } from "./console-deps.js";
import { CONSOLE_PREFIX, DOCS_PREFIX } from "./console-paths.js";
import { send, sendError, sendJsonValue } from "./http-answers.js";
import { loginPage } from "./login-page.js";
import { StaticAssets } from "./static-assets.js";

/** The handler the server calls for every path under {@link CONSOLE_PREFIX} and {@link DOCS_PREFIX}. */
export type ConsoleRequestHandler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>;

function isConsolePath(path: string): boolean {
  return path === CONSOLE_PREFIX || path.startsWith(`${CONSOLE_PREFIX}/`);
}

/** Only console view addresses are valid places to go after signing in (no open redirect). */
function safeNext(next: string | null | undefined): string {
  return typeof next === "string" && isConsolePath(next.split("?")[0] as string) && !next.includes("//") && !next.includes("\\")
    ? next
    : CONSOLE_PREFIX;
}

/**
 * The web console and the API reference: loopback clients only (and a loopback Host, against DNS
 * rebinding); views and the console API need a session (`?token=` or the login form mints one);
 * state-changing calls also need the page's CSRF token and same origin.
 */
export function createConsoleHandler(deps: ConsoleDeps): ConsoleRequestHandler {
  const assets = new StaticAssets(deps.assetsDir);
  let specJson: string | undefined;

  return async (req, res, path) => {
    if (!isLoopback(req.socket.remoteAddress)) {
      return sendError(res, 403, "Forbidden", "The console answers only loopback clients (127.0.0.1 / ::1), like the admin API.");
    }
    if (!isLoopbackHost(req.headers.host)) {
      return sendError(res, 403, "Forbidden", "Open the console as http://127.0.0.1:<port>/_ocikit/console (or localhost): other host names are refused.");
    }
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "http://console.invalid");

    if (path === `${DOCS_PREFIX}/spec.json`) {
      specJson ??= JSON.stringify(deps.spec());
      return send(res, 200, "application/json; charset=utf-8", specJson);
    }
    if (path.startsWith(`${CONSOLE_PREFIX}/assets/`)) return assets.asset(res, path.slice(`${CONSOLE_PREFIX}/assets/`.length));
    if (path === DOCS_PREFIX || path.startsWith(`${DOCS_PREFIX}/`)) {
      return method === "GET" ? assets.index(res) : sendError(res, 405, "MethodNotAllowed", "The API reference is read-only: use GET.");
    }
    if (!isConsolePath(path)) return sendError(res, 404, "NotFound", `No console page '${path.slice(0, 100)}'.`);

    const nowMs = deps.now().getTime();
    if (path === `${CONSOLE_PREFIX}/login` && method === "POST") {
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${req.headers.host}`) {
        return sendError(res, 403, "Forbidden", "Sign in from the console's own page.");
      }
      const form = new URLSearchParams((await readBody(req, 16 * 1024)).toString("utf8"));
      const next = safeNext(form.get("next"));
      if (!isAdminToken(form.get("token"), deps.adminToken)) {
        return send(res, 401, "text/html; charset=utf-8", loginPage(next, "That is not the admin token of this server."));
      }
      return send(res, 303, "text/plain; charset=utf-8", "Signed in.", {
        location: next,
        "set-cookie": sessionCookie(mintSession(deps.adminToken, nowMs)),
      });
    }

    // ?token=<admin token> on any view: sign in, then the same address without the token.
    const token = url.searchParams.get("token");
    if (token !== null && method === "GET") {
      url.searchParams.delete("token");
      const clean = `${path}${url.search}`;
      if (!isAdminToken(token, deps.adminToken)) {
        return send(res, 401, "text/html; charset=utf-8", loginPage(safeNext(clean), "That is not the admin token of this server."));
      }
      return send(res, 303, "text/plain; charset=utf-8", "Signed in.", {
        location: safeNext(clean),
        "set-cookie": sessionCookie(mintSession(deps.adminToken, nowMs)),
      });
    }

    const session = sessionOf(req);
    const signedIn = session !== undefined && isValidSession(session, deps.adminToken, nowMs);
    const isApi = path.startsWith(`${CONSOLE_PREFIX}/api/`);
    if (!signedIn) {
      if (isApi || method !== "GET") {
        return sendError(res, 401, "NotAuthenticated", "Sign in to the console first: open /_ocikit/console?token=<admin token>.");
      }
      return send(res, 401, "text/html; charset=utf-8", loginPage(safeNext(`${path}${url.search}`)));
    }
    if (method !== "GET" && method !== "HEAD" && !isSameOriginWrite(req, session, deps.adminToken)) {
      return sendError(res, 403, "Forbidden", "This change must come from the console page itself (same origin, with its CSRF token).");
    }
    if (path === `${CONSOLE_PREFIX}/logout` && method === "POST") {
      return sendJsonValue(res, 204, undefined, { "set-cookie": clearedSessionCookie() });
    }
    if (isApi) return handleConsoleApi(req, res, path.slice(`${CONSOLE_PREFIX}/api/`.length), deps, csrfToken(session, deps.adminToken));
    if (method !== "GET") return sendError(res, 405, "MethodNotAllowed", "Console pages answer GET only.");
    return assets.index(res);
  };
}
