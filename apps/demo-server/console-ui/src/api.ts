// The console's calls to its server: same origin, the session cookie, and the CSRF token on writes.

// Types only (erased by the build): the event shape is the server's own.
import type { RequestEvent as ServerRequestEvent } from "../../src/pipeline/request-event";

export interface Scope {
  tenancyId: string;
  label?: string;
  compartments: string[];
  regions: string[];
}

export interface Session {
  csrfToken: string;
  region: string;
  scopes: Scope[];
  operationIds: string[];
  features: { clock: boolean; policies: boolean };
}

export type Json = Record<string, unknown>;

export interface ResourceDetail {
  type: string;
  tenancyId: string;
  region: string;
  resource: Json;
}

/** A request event as the server's `onRequest` reports it, with its place in the console's log. */
export type RequestEvent = ServerRequestEvent & { seq: number };
export type AuthFailure = NonNullable<ServerRequestEvent["authFailure"]>;

export interface FaultRule {
  id: number;
  operation?: string;
  status?: number;
  code?: string;
  message?: string;
  phase?: string;
  nth?: number;
  count?: number;
  probability?: number;
  latencyMs?: number;
  seen: number;
  applied: number;
}

export const API = "/_ocikit/console/api";

/** An answer of the server that is not a success, with its OCI-style code and message. */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrf = "";

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (method !== "GET") headers["x-ocikit-csrf"] = csrf;
  if (body !== undefined) headers["content-type"] = "application/json";
  const init: RequestInit = { method, headers, credentials: "same-origin" };
  if (body !== undefined) init.body = JSON.stringify(body);
  const res = await fetch(`${API}/${path}`, init);
  if (res.status === 401) {
    // The session ended (restart with a new token, expiry): the server shows the sign-in page.
    location.reload();
    throw new ConsoleApiError(401, "NotAuthenticated", "Signed out.");
  }
  if (res.status === 204) return undefined as T;
  const value = (await res.json()) as T & { code?: string; message?: string };
  if (!res.ok) throw new ConsoleApiError(res.status, value.code ?? "Error", value.message ?? res.statusText);
  return value;
}

export async function loadSession(): Promise<Session> {
  const session = await call<Session>("GET", "session");
  csrf = session.csrfToken;
  return session;
}

export const api = {
  resources: (type: string, q: { tenancyId: string; region: string; compartmentId: string }) =>
    call<{ items: Json[] }>("GET", `resources?${new URLSearchParams({ type, ...q })}`).then((r) => r.items),
  resource: (id: string) => call<ResourceDetail>("GET", `resources/${encodeURIComponent(id)}`),
  requests: (after = 0) => call<{ events: RequestEvent[] }>("GET", `requests?after=${after}`).then((r) => r.events),
  faults: () => call<{ rules: FaultRule[] }>("GET", "faults").then((r) => r.rules),
  addFault: (rule: Json) => call<{ rule: FaultRule }>("POST", "faults", rule).then((r) => r.rule),
  removeFault: (id: number) => call<void>("DELETE", `faults/${id}`),
  reset: () => call<void>("POST", "reset"),
  clock: () => call<{ now: string; offsetSeconds: number }>("GET", "clock"),
  advanceClock: (advanceSeconds: number) => call<{ now: string; offsetSeconds: number }>("POST", "clock", { advanceSeconds }),
  logout: () => fetch("/_ocikit/console/logout", { method: "POST", headers: { "x-ocikit-csrf": csrf }, credentials: "same-origin" }),
};
