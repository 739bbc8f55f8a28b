import { describe, expect, it } from "vitest";
import { csrfToken, isLoopback, isLoopbackHost, isValidSession, mintSession, SESSION_TTL_MS } from "./console-auth.js";

const TOKEN = "admin-token-0123456789";
const T0 = Date.parse("2026-12-02T12:00:00Z");

describe("console sessions", () => {
  const session = mintSession(TOKEN, T0);
  it.each([
    ["fresh", session, TOKEN, T0 + 1000, true],
    ["just before expiry", session, TOKEN, T0 + SESSION_TTL_MS - 1, true],
    ["expired", session, TOKEN, T0 + SESSION_TTL_MS, false],
    ["minted with another admin token", session, "another-admin-token", T0, false],
    ["expiry pushed later by hand", session.replace(/^v1\.(\d+)/, (_m, e: string) => `v1.${Number(e) + 1}`), TOKEN, T0, false],
    ["mac changed", `${session.slice(0, -1)}${session.endsWith("A") ? "B" : "A"}`, TOKEN, T0, false],
    ["empty", "", TOKEN, T0, false],
  ])("%s → %s", (_what, value, token, now, valid) => {
    expect(isValidSession(value, token, now)).toBe(valid);
  });

  it("binds the CSRF token to the session", () => {
    expect(csrfToken(session, TOKEN)).toBe(csrfToken(session, TOKEN));
    expect(csrfToken(session, TOKEN)).not.toBe(csrfToken(mintSession(TOKEN, T0 + 1), TOKEN));
  });
});

describe("loopback", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["192.0.2.2", false],
    ["::ffff:10.0.0.1", false],
    ["fd00::2", false],
    [undefined, false],
  ])("client address %s → %s", (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });

  it.each([
    ["127.0.0.1:8080", true],
    ["localhost:12000", true],
    ["[::1]:12000", true],
    ["127.0.0.1", true],
    ["evil.example:12000", false],
    ["127.0.0.1.evil.example", false],
    ["localhost.evil.example:1", false],
    [undefined, false],
  ])("Host %s → %s", (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
