import type { IncomingMessage, ServerResponse } from "node:http";
import { ADMIN_PREFIX, handleAdmin, isLoopback } from "../admin/admin-api.js";
import { errorBody, sendJson } from "../http/send-json.js";
import type { ServerState } from "./server-state.js";

const CONSOLE_PATHS = ["/_ocikit/console", "/_ocikit/docs"];

function isConsolePath(path: string): boolean {
  return CONSOLE_PATHS.some((p) => path === p || path.startsWith(`${p}/`));
}

/**
 * The server's own paths, outside the API pipeline: `/health`, the console and docs (given to the
 * console handler when there is one), and the admin API. Returns false for every other path.
 */
export function serveLocalPath(state: ServerState, req: IncomingMessage, res: ServerResponse, path: string, requestId: string): Promise<void> | false {
  if (path === "/health") {
    sendJson(res, 200, '{"status":"ok"}', requestId);
    return Promise.resolve();
  }
  if (!path.startsWith(ADMIN_PREFIX)) return false;
  if (isConsolePath(path)) {
    if (!isLoopback(req.socket.remoteAddress)) {
      sendJson(res, 403, errorBody("Forbidden", "The console answers only loopback clients (127.0.0.1 / ::1)."), requestId);
      return Promise.resolve();
    }
    if (state.consoleHandler === undefined) {
      sendJson(res, 404, errorBody("NotFound", "This server has no console. Start it with a console handler to serve /_ocikit/console and /_ocikit/docs."), requestId);
      return Promise.resolve();
    }
    return state.consoleHandler(req, res, path, state);
  }
  return handleAdmin(req, res, path, state, requestId);
}
