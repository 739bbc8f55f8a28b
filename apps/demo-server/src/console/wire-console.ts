import { loadSpec } from "@ocikit/spec";
import { advanceClockView, readClockView } from "../clock/clock-view.js";
import { parseFaultRule } from "../admin/fault-injector.js";
import type { ConsoleContext, ConsoleHandler } from "../pipeline/server-state.js";
import { createConsoleHandler } from "./console-handler.js";
import type { ConsoleClock } from "./console-deps.js";
import type { ConsoleOptions } from "./console-options.js";
import type { RequestLog } from "./request-log.js";
import { findConsoleAssets } from "./static-assets.js";
import { createStoreConsoleData } from "./store-console-data.js";

/** The console's clock controls over the server clock; an advance answers after the scheduler caught up. */
function clockOf(server: ConsoleContext): ConsoleClock {
  return { get: () => readClockView(server.clock), advance: (seconds) => advanceClockView(server.scheduler, seconds) };
}

/**
 * Builds the console over a running server's context, on the console's first request: reads through
 * the server's store, the admin API's fault rules, the store's reset, the server clock.
 */
export function wireConsole(server: ConsoleContext, requests: RequestLog, options: ConsoleOptions): ConsoleHandler {
  const clock = options.clock ?? clockOf(server);
  const extraTypes = options.extraTypes ?? ["volumebackuppolicy"];
  let spec: Record<string, unknown> | undefined;
  const handle = createConsoleHandler({
    adminToken: server.adminToken,
    data: createStoreConsoleData({ store: server.store, now: server.now, demo: server.demo, region: server.region, extraTypes }),
    requests,
    faults: {
      list: () => server.faults.list(),
      add: (rule) => server.faults.add(parseFaultRule(rule)),
      remove: (id) => server.faults.remove(id),
    },
    reset: () => server.store.reset(),
    region: server.region,
    spec: () => (spec ??= loadSpec()),
    assetsDir: findConsoleAssets(),
    // Sessions expire on real time: moving the server clock must not sign the console out.
    now: server.realNow,
    extraTypes,
    clock,
  });
  return (req, res, path) => handle(req, res, path);
}
