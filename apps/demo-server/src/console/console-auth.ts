import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** Name of the console's session cookie. */
export const SESSION_COOKIE = "ocikit_console";
/** Header the console page sends its CSRF token in on every state-changing call. */
export const CSRF_HEADER = "x-ocikit-csrf";
/** How long a console session lasts. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** True for 127.0.0.0/8 and ::1 (also IPv4-mapped). */
export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127."));
}

/**
 * True when the Host header names a loopback host (127.x, localhost, [::1]): a page of another site
 * whose name was re-pointed at 127.0.0.1 (DNS rebinding) sends its own name and is refused.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : (host.split(":")[0] as string);
  return name === "localhost" || name === "[::1]" || /^127(\.\d{1,3}){3}$/.test(name);
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Constant-time check of a presented admin token. */
export function isAdminToken(given: string | undefined | null, adminToken: string): boolean {
  return typeof given === "string" && given.length > 0 && equal(given, adminToken);
}

function mac(secret: string, text: string): string {
  return createHmac("sha256", secret).update(text).digest("base64url");
}

/**
 * Sessions are stateless: `v1.<expiresMs>.<HMAC(adminToken)>`, so they survive restarts, hold for every
 * replica of one service, and die with the admin token that minted them.
 */
export function mintSession(adminToken: string, nowMs: number): string {
  const expires = nowMs + SESSION_TTL_MS;
  return `v1.${expires}.${mac(adminToken, `session|${expires}`)}`;
}

export function isValidSession(value: string | undefined, adminToken: string, nowMs: number): boolean {
  if (value === undefined) return false;
  const m = /^v1\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (m === null) return false;
  const expires = Number(m[1]);
  return expires > nowMs && equal(m[2] as string, mac(adminToken, `session|${expires}`));
}

/** The CSRF token bound to one session (the page reads it from /api/session; other origins cannot). */
export function csrfToken(session: string, adminToken: string): string {
  return mac(adminToken, `csrf|${session}`);
}

/** The session cookie of a request, if any. */
export function sessionOf(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (header === undefined) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** `Set-Cookie` value of a new session (HttpOnly, SameSite=Strict, only under /_ocikit/). */
export function sessionCookie(session: string): string {
  return `${SESSION_COOKIE}=${session}; Path=/_ocikit/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_TTL_MS / 1000}`;
}

/** `Set-Cookie` value that ends the session. */
export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/_ocikit/; HttpOnly; SameSite=Strict; Max-Age=0`;
}

/**
 * True when a state-changing request comes from the console page itself: same origin (the Origin
 * header, when sent, is this server) and the session's CSRF token in {@link CSRF_HEADER} — which a form
 * or a page of another origin cannot send.
 */
export function isSameOriginWrite(req: IncomingMessage, session: string, adminToken: string): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host ?? ""}`) return false;
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin") return false;
  const given = req.headers[CSRF_HEADER];
  return typeof given === "string" && equal(given, csrfToken(session, adminToken));
}
