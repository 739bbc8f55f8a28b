import type { ConsoleContext, ConsoleHandler } from "../pipeline/server-state.js";
import type { RequestObserver } from "../pipeline/request-event.js";
import type { ConsoleOptions } from "./console-options.js";
import { RequestLog } from "./request-log.js";

/** The web console of a demo server: hand both parts to `startDemoServer` (one console per server: its request log is that server's). */
export interface DemoConsole {
  /** Keeps the request log the console shows (the server's `onRequest`). */
  onRequest: RequestObserver;
  /** Serves /_ocikit/console… and /_ocikit/docs… (the server's `consoleHandler`). */
  consoleHandler: ConsoleHandler;
  /** The request log itself (the last requests, with live subscribers). */
  requests: RequestLog;
}

/**
 * The web console and API reference, as the two slots of `startDemoServer` (`onRequest`,
 * `consoleHandler`). Cheap to create: the console's own code is imported on its first request, so it
 * costs nothing at start-up, and the request path only stores one small object per request.
 *
 * ```ts
 * const console = createConsole();
 * const server = await startDemoServer({ dataDir, onRequest: console.onRequest, consoleHandler: console.consoleHandler });
 * ```
 */
export function createConsole(options: ConsoleOptions = {}): DemoConsole {
  const requests = new RequestLog(options.requestLogCapacity);
  // Built once per server (its context object), on that server's first console request.
  const handlers = new WeakMap<ConsoleContext, Promise<ConsoleHandler>>();
  const consoleHandler: ConsoleHandler = (req, res, path, server) => {
    let handler = handlers.get(server);
    if (handler === undefined) {
      handler = import("./wire-console.js").then(({ wireConsole }) => wireConsole(server, requests, options));
      handlers.set(server, handler);
      // A failed load is not remembered: the next console request tries again.
      handler.catch(() => handlers.delete(server));
    }
    return handler.then((handle) => handle(req, res, path, server));
  };
  return { onRequest: requests.observe, consoleHandler, requests };
}
