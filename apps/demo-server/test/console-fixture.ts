// A demo-server fixture with the web console plugged into its two slots (onRequest, consoleHandler),
// as `ocikit-demo-server` plugs it in; an `onRequest` of the test still sees every event.
import { createConsole, type ConsoleOptions, type DemoConsole, type DemoServerOptions } from "../src/index.js";
import { startFixture, type Fixture } from "./demo-fixture.js";

export interface ConsoleFixture extends Fixture {
  console: DemoConsole;
  /** The console's address, `http://127.0.0.1:PORT/_ocikit/console`. */
  consoleUrl: string;
}

export async function startConsoleFixture(options: Partial<DemoServerOptions> = {}, consoleOptions: ConsoleOptions = {}): Promise<ConsoleFixture> {
  const webConsole = createConsole(consoleOptions);
  const observe = options.onRequest;
  const f = await startFixture({
    ...options,
    onRequest:
      observe === undefined
        ? webConsole.onRequest
        : (event) => {
            webConsole.onRequest(event);
            observe(event);
          },
    consoleHandler: webConsole.consoleHandler,
  });
  return { ...f, console: webConsole, consoleUrl: `http://127.0.0.1:${f.server.port}/_ocikit/console` };
}

/** Signs in with `?token=` and returns the session cookie and the page's CSRF token. */
export async function signIn(f: ConsoleFixture): Promise<{ cookie: string; csrf: string }> {
  const login = await fetch(`${f.consoleUrl}?token=${f.server.adminToken}`, { redirect: "manual" });
  const cookie = (login.headers.get("set-cookie") as string).split(";")[0] as string;
  const session = (await (await fetch(`${f.consoleUrl}/api/session`, { headers: { cookie } })).json()) as { csrfToken: string };
  return { cookie, csrf: session.csrfToken };
}
