import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createSignedFetch } from "./signed-fetch.js";
import { OciNetworkError } from "./oci-network-error.js";
import { requestContextOf } from "./response-context.js";
import { generateTestKey, startTestServer, type Reply, type TestServer } from "../test/oci-test-server.js";

const key = generateTestKey();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(key);
});
afterAll(() => server.close());

const CREATE = {
  method: "POST",
  path: "/20160918/volumeGroupBackups",
  body: { volumeGroupId: "ocid1.volumegroup.oc1..a" },
};
const GET = { method: "GET", path: "/20160918/volumeGroupBackups/ocid1.vgb.oc1..a" };
const PUT = { method: "PUT", path: "/20160918/volumeGroupBackups/ocid1.vgb.oc1..a", body: { displayName: "x" } };
const CHANGE = {
  method: "POST",
  path: "/20160918/volumeGroupBackups/ocid1.vgb.oc1..a/actions/changeCompartment",
  body: { compartmentId: "ocid1.compartment.oc1..b" },
};
const ok: Reply = { status: 200, body: { id: "ocid1.vgb.oc1..a" } };
const err = (status: number, code: string, headers?: Record<string, string>): Reply => ({
  status,
  body: { code, message: `canned ${code}` },
  ...(headers ? { headers } : {}),
});

interface Case {
  name: string;
  call: { method: string; path: string; body?: unknown; headers?: Record<string, string> };
  replies: Reply[];
  attempts: number;
  /** Final HTTP status, or "network" for an OciNetworkError. */
  outcome: number | "network";
  delays?: number[];
  retryToken?: "generated" | "absent" | string;
}

const cases: Case[] = [
  {
    name: "GET 503, 503, 200",
    call: GET,
    replies: [err(503, "ServiceUnavailable"), err(503, "ServiceUnavailable"), ok],
    attempts: 3,
    outcome: 200,
    delays: [500, 1000],
  },
  {
    name: "create 503, 503, 200 reuses its retry token",
    call: CREATE,
    replies: [err(503, "ServiceUnavailable"), err(503, "ServiceUnavailable"), ok],
    attempts: 3,
    outcome: 200,
    retryToken: "generated",
  },
  {
    name: "create 429 with retry-after seconds",
    call: CREATE,
    replies: [err(429, "TooManyRequests", { "retry-after": "2" }), ok],
    attempts: 2,
    outcome: 200,
    delays: [2000],
  },
  {
    name: "create after a destroyed socket",
    call: CREATE,
    replies: ["destroy", ok],
    attempts: 2,
    outcome: 200,
    retryToken: "generated",
  },
  {
    name: "caller's retry token is kept",
    call: { ...CREATE, headers: { "opc-retry-token": "mine-123" } },
    replies: [err(500, "InternalServerError"), ok],
    attempts: 2,
    outcome: 200,
    retryToken: "mine-123",
  },
  { name: "400 is final", call: GET, replies: [err(400, "InvalidParameter")], attempts: 1, outcome: 400 },
  { name: "401 is final", call: GET, replies: [err(401, "NotAuthenticated")], attempts: 1, outcome: 401 },
  { name: "404 is final", call: GET, replies: [err(404, "NotAuthorizedOrNotFound")], attempts: 1, outcome: 404 },
  { name: "412 is final", call: PUT, replies: [err(412, "NoEtagMatch")], attempts: 1, outcome: 412 },
  {
    name: "409 IncorrectState is retried",
    call: PUT,
    replies: [err(409, "IncorrectState"), ok],
    attempts: 2,
    outcome: 200,
  },
  { name: "409 Conflict is final", call: PUT, replies: [err(409, "Conflict")], attempts: 1, outcome: 409 },
  {
    name: "changeCompartment 500 is not replayed",
    call: CHANGE,
    replies: [err(500, "InternalServerError")],
    attempts: 1,
    outcome: 500,
    retryToken: "absent",
  },
  {
    name: "changeCompartment 429 is retried",
    call: CHANGE,
    replies: [err(429, "TooManyRequests"), ok],
    attempts: 2,
    outcome: 200,
    retryToken: "absent",
  },
  {
    name: "changeCompartment reset is not replayed",
    call: CHANGE,
    replies: ["destroy"],
    attempts: 1,
    outcome: "network",
  },
  {
    name: "GET gives up after maxAttempts resets",
    call: GET,
    replies: Array(8).fill("destroy"),
    attempts: 8,
    outcome: "network",
  },
  {
    name: "GET 502, 504, 200",
    call: GET,
    replies: [err(502, "BadGateway"), err(504, "GatewayTimeout"), ok],
    attempts: 3,
    outcome: 200,
  },
  {
    name: "retry-after beyond maxDelayMs is returned",
    call: GET,
    replies: [err(429, "TooManyRequests", { "retry-after": "31" }), ok],
    attempts: 1,
    outcome: 429,
  },
];

function harness() {
  let clock = Date.now();
  const delays: number[] = [];
  const signedFetch = createSignedFetch({
    auth: { keyId: key.keyId, privateKey: key.privateKey },
    now: () => {
      clock += 1000;
      return new Date(clock);
    },
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 0.5,
  });
  return { signedFetch, delays };
}

async function send(signedFetch: ReturnType<typeof createSignedFetch>, call: Case["call"]) {
  return signedFetch(`${server.url}${call.path}`, {
    method: call.method,
    ...(call.body === undefined
      ? {}
      : { body: JSON.stringify(call.body), headers: { "content-type": "application/json", ...call.headers } }),
  });
}

describe("createSignedFetch retries", () => {
  it.each(cases)("$name", async (c) => {
    server.requests.length = 0;
    server.setHandler((_request, index) => c.replies[index] ?? ok);
    const { signedFetch, delays } = harness();

    if (c.outcome === "network") {
      await expect(send(signedFetch, c.call)).rejects.toBeInstanceOf(OciNetworkError);
    } else {
      const response = await send(signedFetch, c.call);
      expect(response.status).toBe(c.outcome);
      expect(requestContextOf(response)?.attempts).toBe(c.attempts);
    }

    const seen = server.requests;
    expect(seen).toHaveLength(c.attempts);
    for (const request of seen) expect(request.verified).toEqual({ ok: true, keyId: key.keyId });
    expect(new Set(seen.map((r) => r.headers["opc-request-id"])).size).toBe(1);
    expect(seen[0]?.headers["opc-request-id"]).toMatch(/^[0-9A-F]{32}$/);
    expect(new Set(seen.map((r) => r.headers.date)).size).toBe(c.attempts);
    expect(seen.map((r) => r.headers["opc-client-retries"])).toEqual(
      seen.map((_, i) => (i === 0 ? undefined : "true")),
    );
    if (c.call.body !== undefined) for (const r of seen) expect(JSON.parse(r.body)).toEqual(c.call.body);
    const tokens = seen.map((r) => r.headers["opc-retry-token"]);
    if (c.retryToken === "generated") {
      expect(tokens[0]).toMatch(/^[0-9a-f]{32}$/);
      expect(new Set(tokens).size).toBe(1);
    } else if (c.retryToken === "absent") {
      expect(tokens.every((t) => t === undefined)).toBe(true);
    } else if (c.retryToken !== undefined) {
      expect(tokens).toEqual(seen.map(() => c.retryToken));
    }
    if (c.delays) expect(delays).toEqual(c.delays);
    expect(delays).toHaveLength(c.attempts - 1);
  });
});

describe("createSignedFetch", () => {
  it("retries a non-create POST whose connection was refused, and reports the cause", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const attempts: number[] = [];
    const signedFetch = createSignedFetch({
      auth: key,
      retry: { maxAttempts: 3 },
      sleep: async () => {},
      hooks: { onAttempt: (_request, attempt) => attempts.push(attempt) },
    });
    const error = await signedFetch(`http://127.0.0.1:${port}${CHANGE.path}`, { method: "POST", body: "{}" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OciNetworkError);
    expect(error).toMatchObject({
      code: "NETWORK_ERROR",
      causeCode: "ECONNREFUSED",
      attempts: 3,
      operation: "ChangeVolumeGroupBackupCompartment",
    });
    expect(attempts).toEqual([1, 2, 3]);
  });

  it("sends once with retry: false", async () => {
    server.requests.length = 0;
    server.setHandler(() => err(503, "ServiceUnavailable"));
    const signedFetch = createSignedFetch({ auth: key, retry: false });
    const response = await signedFetch(`${server.url}${GET.path}`);
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it("reports each attempt and response to the hooks", async () => {
    server.requests.length = 0;
    server.setHandler((_r, i) => (i === 0 ? err(503, "ServiceUnavailable") : ok));
    const log: string[] = [];
    const signedFetch = createSignedFetch({
      auth: key,
      sleep: async () => {},
      hooks: {
        onAttempt: (request, attempt) =>
          log.push(`${attempt} ${request.method} ${request.headers.has("authorization")}`),
        onResponse: (response, _request, attempt) => log.push(`${attempt} ${response.status}`),
      },
    });
    await signedFetch(`${server.url}${GET.path}`);
    expect(log).toEqual(["1 GET true", "1 503", "2 GET true", "2 200"]);
  });

  it("stops retrying when the caller aborts during the backoff", async () => {
    server.requests.length = 0;
    server.setHandler(() => err(503, "ServiceUnavailable"));
    const controller = new AbortController();
    const signedFetch = createSignedFetch({
      auth: key,
      sleep: async () => controller.abort(new Error("caller gave up")),
    });
    await expect(signedFetch(`${server.url}${GET.path}`, { signal: controller.signal })).rejects.toThrow(
      "caller gave up",
    );
    expect(server.requests).toHaveLength(1);
  });

  it("loads a provider's identity once for concurrent calls and signs with it", async () => {
    server.requests.length = 0;
    server.setHandler(() => ok);
    let loads = 0;
    const signedFetch = createSignedFetch({
      auth: async () => {
        loads++;
        return { keyId: key.keyId, privateKey: key.privateKey };
      },
    });
    await Promise.all([1, 2, 3].map(() => signedFetch(`${server.url}${GET.path}`)));
    expect(loads).toBe(1);
    expect(server.requests.map((r) => r.verified.ok)).toEqual([true, true, true]);
  });
});
