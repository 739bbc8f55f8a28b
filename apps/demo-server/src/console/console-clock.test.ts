// The clock controls drop in once the server has a clock: /api/clock forwards to ConsoleDeps.clock
// and the session says so; without one the route does not exist.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSRF_HEADER } from "./console-auth.js";
import { startFixture } from "../../test/demo-fixture.js";
import type { ClockState, ConsoleClock, ConsoleDeps } from "./console-deps.js";
import { createConsole } from "./create-console.js";
import { createConsoleHandler } from "./console-handler.js";
import { RequestLog } from "./request-log.js";

const TOKEN = "clock-test-admin-token";

function deps(clock?: ConsoleDeps["clock"]): ConsoleDeps {
  return {
    adminToken: TOKEN,
    data: { scopes: async () => [], list: async () => [], get: async () => undefined },
    requests: new RequestLog(10),
    faults: { list: () => [], add: (r) => r, remove: () => false },
    reset: () => {},
    region: "us-ashburn-1",
    spec: () => ({ paths: {} }),
    assetsDir: undefined,
    now: () => new Date(),
    ...(clock ? { clock } : {}),
  };
}

async function serve(d: ConsoleDeps): Promise<{ server: Server; base: string }> {
  const handle = createConsoleHandler(d);
  const server = createServer((req, res) => void handle(req, res, (req.url ?? "/").split("?")[0] as string));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function signIn(base: string, token = TOKEN): Promise<{ cookie: string; csrf: string; features: Record<string, boolean> }> {
  const login = await fetch(`${base}/_ocikit/console?token=${token}`, { redirect: "manual" });
  const cookie = (login.headers.get("set-cookie") as string).split(";")[0] as string;
  const session = (await (await fetch(`${base}/_ocikit/console/api/session`, { headers: { cookie } })).json()) as { csrfToken: string; features: Record<string, boolean> };
  return { cookie, csrf: session.csrfToken, features: session.features };
}

describe("with a server clock", () => {
  let state: ClockState = { now: "2026-12-02T00:00:00.000Z", offsetSeconds: 0 };
  const advanced: number[] = [];
  let s: { server: Server; base: string };
  beforeAll(async () => {
    s = await serve(
      deps({
        get: async () => state,
        advance: async (seconds) => {
          advanced.push(seconds);
          state = { now: new Date(Date.parse(state.now) + seconds * 1000).toISOString(), offsetSeconds: state.offsetSeconds + seconds };
          return state;
        },
      }),
    );
  });
  afterAll(() => new Promise<void>((r) => s.server.close(() => r())));

  it("the session announces it, GET reads it and POST advances it (CSRF-checked, never backwards)", async () => {
    const { cookie, csrf, features } = await signIn(s.base);
    expect(features.clock).toBe(true);
    expect(await (await fetch(`${s.base}/_ocikit/console/api/clock`, { headers: { cookie } })).json()).toEqual(state);
    const post = (body: unknown, headers: Record<string, string> = { [CSRF_HEADER]: csrf }) =>
      fetch(`${s.base}/_ocikit/console/api/clock`, { method: "POST", headers: { cookie, "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    expect((await post({ advanceSeconds: 86_400 }, {})).status).toBe(403);
    expect((await post({ advanceSeconds: -1 })).status).toBe(400);
    expect((await post({ advanceSeconds: 1.5 })).status).toBe(400);
    const ok = await post({ advanceSeconds: 86_400 });
    expect(await ok.json()).toEqual({ now: "2026-12-03T00:00:00.000Z", offsetSeconds: 86_400 });
    expect(advanced).toEqual([86_400]);
  });
});

describe("without a server clock", () => {
  it("the session says so and /api/clock does not exist", async () => {
    const s = await serve(deps());
    try {
      const { cookie, features } = await signIn(s.base);
      expect(features.clock).toBe(false);
      expect((await fetch(`${s.base}/_ocikit/console/api/clock`, { headers: { cookie } })).status).toBe(404);
      expect((await fetch(`${s.base}/_ocikit/console/volumes`, { headers: { cookie } })).status).toBe(503);
    } finally {
      await new Promise<void>((r) => s.server.close(() => r()));
    }
  });
});

describe("createConsole on a real server", () => {
  it("drives the server clock: an advance from the console is the admin API's clock, after the scheduler caught up", async () => {
    const webConsole = createConsole();
    const f = await startFixture({ onRequest: webConsole.onRequest, consoleHandler: webConsole.consoleHandler });
    try {
      const base = `http://127.0.0.1:${f.server.port}`;
      const { cookie, csrf, features } = await signIn(base, f.server.adminToken);
      expect(features).toEqual({ clock: true, policies: true });
      const moved = await fetch(`${base}/_ocikit/console/api/clock`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json", [CSRF_HEADER]: csrf },
        body: JSON.stringify({ advanceSeconds: 7 * 86_400 }),
      });
      const state = (await moved.json()) as ClockState;
      expect(state.offsetSeconds).toBe(7 * 86_400);
      const admin = (await (await f.admin("GET", "/_ocikit/clock")).json()) as ClockState;
      expect(admin.offsetSeconds).toBe(7 * 86_400);
      expect(Date.parse(admin.now)).toBeGreaterThanOrEqual(Date.parse(state.now));
      // Sessions run on real time: a week on the server clock does not sign the console out.
      expect((await fetch(`${base}/_ocikit/console/api/session`, { headers: { cookie } })).status).toBe(200);
    } finally {
      await f.close();
    }
  });

  it("prefers a clock given as an option", async () => {
    const capability: ConsoleClock = { get: async () => ({ now: "2030-01-01T00:00:00.000Z", offsetSeconds: 42 }), advance: async () => ({ now: "", offsetSeconds: 0 }) };
    const webConsole = createConsole({ clock: capability });
    const f = await startFixture({ onRequest: webConsole.onRequest, consoleHandler: webConsole.consoleHandler });
    try {
      const base = `http://127.0.0.1:${f.server.port}`;
      const { cookie } = await signIn(base, f.server.adminToken);
      expect(await (await fetch(`${base}/_ocikit/console/api/clock`, { headers: { cookie } })).json()).toEqual({ now: "2030-01-01T00:00:00.000Z", offsetSeconds: 42 });
    } finally {
      await f.close();
    }
  });
});
