// Hostile input of every kind: the answer is always a 4xx with an OCI-shaped {code, message} body —
// never a 5xx, a stack trace or a crash — and the server keeps serving with no leaked connection.
// Requests are signed wherever a signature is possible, so the server's own checks are what answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGroup, startFixture, type Fixture } from "./demo-fixture.js";
import { rawExchange, signedRawRequest, type RawRequest, type RawResponse } from "./raw-http.js";

const API = "/20160918";
let f: Fixture;
let groupId: string;
let pageToken: string;
let host: string;
/** What the server logged: hostile input must never count as an internal error. */
const logged: string[] = [];

beforeAll(async () => {
  // Short timeouts so the slow-client cases end quickly.
  f = await startFixture({ requestTimeoutMs: 1_500, headersTimeoutMs: 600, log: (line) => logged.push(line) });
  host = new URL(f.server.url).host;
  ({ groupId } = await makeGroup(f, 3));
  const page = await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}&limit=1`);
  pageToken = page.headers.get("opc-next-page") as string;
});
afterAll(() => f.close());

/** Asserts the OCI error shape: 4xx, JSON `{code, message}` of strings, no stack trace. */
function expectOciError(status: number, body: string, allowed: readonly number[]): { code: string; message: string } {
  expect(allowed, `status ${status}, body ${body.slice(0, 300)}`).toContain(status);
  const parsed = JSON.parse(body) as { code: unknown; message: unknown };
  expect(Object.keys(parsed).sort()).toEqual(["code", "message"]);
  expect(typeof parsed.code).toBe("string");
  expect(typeof parsed.message).toBe("string");
  expect(body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  return parsed as { code: string; message: string };
}

const raw = (req: RawRequest): Promise<RawResponse> => rawExchange(f.server.port, [signedRawRequest(host, f.key, req)]);
const rawPost = (target: string, body: Buffer | string, contentType?: string): Promise<RawResponse> =>
  raw({ method: "POST", target: `${API}${target}`, body, ...(contentType !== undefined ? { contentType } : {}) });

const nested = (depth: number, open: string, close: string, inner = "1") => open.repeat(depth) + inner + close.repeat(depth);
const vol = () => `{"compartmentId":"${f.server.compartmentId}"`;

type Case = [name: string, send: () => Promise<RawResponse>, statuses: number[], code?: string];

const cases: Case[] = [
  // Bodies
  ["invalid JSON", () => rawPost("/volumes", "{not json"), [400], "CannotParseRequest"],
  ["JSON with a trailing comma", () => rawPost("/volumes", `${vol()},}`), [400], "CannotParseRequest"],
  ["wrong content-type (text/plain)", () => rawPost("/volumes", `${vol()}}`, "text/plain"), [400], "CannotParseRequest"],
  ["form content-type", () => rawPost("/volumes", "compartmentId=c", "application/x-www-form-urlencoded"), [400], "CannotParseRequest"],
  ["a JSON string instead of an object", () => rawPost("/volumes", '"volume"'), [400], "InvalidParameter"],
  ["null body", () => rawPost("/volumes", "null"), [400]],
  ["10k levels of [", () => rawPost("/volumes", nested(10_000, "[", "]")), [400], "CannotParseRequest"],
  ["500k unclosed [ (under 1 MiB)", () => rawPost("/volumes", "[".repeat(500_000)), [400], "CannotParseRequest"],
  [
    "deep nesting inside definedTags (free-form values)",
    () => rawPost("/volumes", `${vol()},"definedTags":{"ns":{"k":${nested(5_000, '{"a":', "}")}}}}`),
    [400],
    "CannotParseRequest",
  ],
  ["brackets inside strings do not count as nesting", () => rawPost("/volumes", `${vol()},"displayName":"${"[".repeat(200)}"}`), [200]],
  ["wrong type: sizeInGBs as a string", () => rawPost("/volumes", `${vol()},"sizeInGBs":"100"}`), [400], "InvalidParameter"],
  ["wrong type: displayName as a number", () => rawPost("/volumes", `${vol()},"displayName":5}`), [400], "InvalidParameter"],
  ["wrong type: volumeIds as a string", () => rawPost("/volumeGroups", `${vol()},"availabilityDomain":"ad","sourceDetails":{"type":"volumeIds","volumeIds":"v"}}`), [400], "InvalidParameter"],
  ["size above the maximum", () => rawPost("/volumes", `${vol()},"sizeInGBs":1e300}`), [400], "InvalidParameter"],
  ["size in MB below the minimum", () => rawPost("/volumes", `${vol()},"sizeInMBs":-5}`), [400], "InvalidParameter"],
  ["unknown enum value", () => rawPost("/volumeGroupBackups", `{"volumeGroupId":"${groupId}","type":"WEEKLY"}`), [400], "InvalidParameter"],
  ["unknown field", () => rawPost("/volumeGroupBackups", `{"volumeGroupId":"${groupId}","colour":"red"}`), [400], "InvalidParameter"],
  ["__proto__ field", () => rawPost("/volumeGroupBackups", `{"volumeGroupId":"${groupId}","__proto__":{"type":"FULL"}}`), [400], "InvalidParameter"],
  [
    "retention beyond the representable dates",
    () => rawPost("/volumeGroupBackups", `{"volumeGroupId":"${groupId}","retentionPeriod":{"retentionTimeUnit":"YEARS","retentionTimeAmount":9007199254740991}}`),
    [400],
    "InvalidParameter",
  ],
  ["1 MB displayName", () => rawPost("/volumes", `${vol()},"displayName":"${"x".repeat(1_000_000)}"}`), [400], "InvalidParameter"],
  ["body over 1 MiB (content-length)", () => rawPost("/volumes", `${vol()},"displayName":"${"x".repeat(1_100_000)}"}`), [413], "RequestEntityTooLarge"],
  [
    // A POST must sign content-length, which a chunked request cannot carry: refused from its headers,
    // before a byte of the body is read.
    "body over 1 MiB (chunked, no content-length)",
    () => {
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      const head = signedRawRequest(host, f.key, { method: "POST", target: `${API}/volumes` })
        .toString("latin1")
        .replace("\r\n\r\n", "\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n");
      const chunks: Array<string | Buffer> = [head];
      for (let i = 0; i < 5; i++) chunks.push(`${chunk.length.toString(16)}\r\n`, chunk, "\r\n");
      chunks.push("0\r\n\r\n");
      return rawExchange(f.server.port, chunks);
    },
    [401],
    "NotAuthenticated",
  ],
  ["non-UTF-8 bytes in the body", () => rawPost("/volumes", Buffer.concat([Buffer.from(`${vol()},"displayName":"`), Buffer.from([0xff, 0xfe]), Buffer.from('"}')])), [400], "CannotParseRequest"],
  ["overlong UTF-8 encoding of '/'", () => rawPost("/volumes", Buffer.concat([Buffer.from(`${vol()},"displayName":"`), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')])), [400], "CannotParseRequest"],
  ["raw NUL byte inside a JSON string", () => rawPost("/volumes", `${vol()},"displayName":"a\u0000b"}`), [400], "CannotParseRequest"],
  ["NUL byte before the JSON", () => rawPost("/volumes", `\u0000${vol()}}`), [400], "CannotParseRequest"],
  // Query strings
  ...(["-1", "0", "1001", "ten", "1.5", ""].map((limit): Case => [
    `limit=${limit}`,
    () => raw({ method: "GET", target: `${API}/volumes?compartmentId=${f.server.compartmentId}&limit=${limit}` }),
    [400],
    "InvalidParameter",
  ])),
  ["duplicate query parameter", () => raw({ method: "GET", target: `${API}/volumes?compartmentId=${f.server.compartmentId}&limit=1&limit=2` }), [400], "InvalidParameter"],
  ["forged page token", () => raw({ method: "GET", target: `${API}/volumes?compartmentId=${f.server.compartmentId}&page=MTA.AAAAAAAAAAAAAAAA` }), [400], "InvalidParameter"],
  ["truncated page token", () => raw({ method: "GET", target: `${API}/volumes?compartmentId=${f.server.compartmentId}&page=${pageToken.slice(0, -3)}` }), [400], "InvalidParameter"],
  ["page token of another list", () => raw({ method: "GET", target: `${API}/volumeGroups?compartmentId=${f.server.compartmentId}&page=${pageToken}` }), [400], "InvalidParameter"],
  ["bad percent-encoding in the query", () => raw({ method: "GET", target: `${API}/volumes?compartmentId=%E0%A4%A` }), [400], "InvalidParameter"],
  ["non-UTF-8 percent-encoding in the query", () => raw({ method: "GET", target: `${API}/volumes?compartmentId=%FF%FE` }), [400], "InvalidParameter"],
  // Paths and ids
  ["invalid OCID", () => raw({ method: "GET", target: `${API}/volumes/not-an-ocid` }), [404], "NotAuthorizedOrNotFound"],
  ["OCID of another type", () => raw({ method: "GET", target: `${API}/volumes/${groupId}` }), [404], "NotAuthorizedOrNotFound"],
  ["path traversal with ..", () => raw({ method: "GET", target: `${API}/volumeGroupBackups/../volumes` }), [404], "NotAuthorizedOrNotFound"],
  ["path traversal to the admin API", () => raw({ method: "GET", target: `${API}/../_ocikit/stats` }), [404], "NotAuthorizedOrNotFound"],
  ["encoded slashes in an id", () => raw({ method: "GET", target: `${API}/volumes/..%2F..%2F_ocikit%2Fstats` }), [404], "NotAuthorizedOrNotFound"],
  ["encoded slash in a copy path id", () => raw({ method: "POST", target: `${API}/volumeGroupBackups/a%2Factions/copy`, body: '{"destinationRegion":"us-phoenix-1"}' }), [404], "NotAuthorizedOrNotFound"],
  ["%00 in an id", () => raw({ method: "GET", target: `${API}/volumes/ocid1.volume%00x` }), [404], "NotAuthorizedOrNotFound"],
  ["%FF in an id", () => raw({ method: "GET", target: `${API}/volumes/ocid1.volume%FF` }), [404], "NotAuthorizedOrNotFound"],
  ["id over 255 characters", () => raw({ method: "GET", target: `${API}/volumes/${"a".repeat(300)}` }), [400], "InvalidParameter"],
  ["double slash", () => raw({ method: "GET", target: `${API}//volumes` }), [404], "NotAuthorizedOrNotFound"],
  ["raw non-UTF-8 bytes in the URL path", () => raw({ method: "GET", target: `${API}/volumes/\xff\xfe` }), [400], "CannotParseRequest"],
  ["raw non-UTF-8 byte in the query", () => raw({ method: "GET", target: `${API}/volumes?compartmentId=\xff` }), [400], "CannotParseRequest"],
  ["raw NUL byte in the URL", () => raw({ method: "GET", target: `${API}/volumes/a\u0000b` }), [400], "CannotParseRequest"],
  ["unknown method", () => raw({ method: "BREW", target: `${API}/volumes` }), [400, 405]],
  // Headers and framing
  ["NUL byte in a header value", () => raw({ method: "GET", target: `${API}/volumes/${groupId}`, extraHeaders: [["x-note", "a\u0000b"]] }), [400], "CannotParseRequest"],
  ["one 20 KiB header", () => raw({ method: "GET", target: `${API}/volumes`, extraHeaders: [["x-big", "b".repeat(20 * 1024)]] }), [431], "RequestHeaderFieldsTooLarge"],
  [
    "3000 headers",
    () => raw({ method: "GET", target: `${API}/volumes`, extraHeaders: Array.from({ length: 3000 }, (_, i): [string, string] => [`x-h${i}`, "v"]) }),
    [431],
    "RequestHeaderFieldsTooLarge",
  ],
  ["retry token over 64 characters", () => raw({ method: "POST", target: `${API}/volumes`, body: `${vol()}}`, extraHeaders: [["opc-retry-token", "t".repeat(65)]] }), [400], "InvalidParameter"],
  ["garbage request line", () => rawExchange(f.server.port, ["HELLO THERE\r\n\r\n"]), [400], "CannotParseRequest"],
  [
    "content-length and transfer-encoding together",
    () => rawExchange(f.server.port, [`POST ${API}/volumes HTTP/1.1\r\nhost: ${host}\r\ncontent-length: 3\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n`]),
    [400],
    "CannotParseRequest",
  ],
  ["negative content-length", () => rawExchange(f.server.port, [`POST ${API}/volumes HTTP/1.1\r\nhost: ${host}\r\ncontent-length: -1\r\n\r\n`]), [400], "CannotParseRequest"],
  [
    "headers that stall (slowloris)",
    () => rawExchange(f.server.port, [`GET ${API}/volumes HTTP/1.1\r\nhost: ${host}\r\nx-slow: 1\r\n`, 5_000]),
    [408],
    "RequestTimeout",
  ],
  [
    "a body that stalls",
    () => {
      const full = signedRawRequest(host, f.key, { method: "POST", target: `${API}/volumes`, body: `${vol()},"displayName":"slow"}` });
      return rawExchange(f.server.port, [full.subarray(0, full.length - 10), 5_000]);
    },
    [408],
    "RequestTimeout",
  ],
];

describe("hostile input → 4xx {code, message}", () => {
  it.each(cases)("%s", async (_name, send, statuses, code) => {
    const res = await send();
    if (statuses.every((s) => s < 300)) {
      expect(res.status).toBe(statuses[0]);
      return;
    }
    const error = expectOciError(res.status, res.body, statuses);
    if (code !== undefined) expect(error.code).toBe(code);
  });
});

describe("after hostile input", () => {
  it("drops a truncated body without answering, and frees the connection", async () => {
    const baseline = await f.server.connectionCount();
    const full = signedRawRequest(host, f.key, { method: "POST", target: `${API}/volumes`, body: `${vol()},"displayName":"cut"}` });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => rawExchange(f.server.port, [full.subarray(0, full.length - 15)], { hangUp: true })),
    );
    expect(results.every((r) => r.status === 0)).toBe(true);
    // The server notices each hang-up asynchronously: wait (bounded) for the count to come back.
    let count = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 250 && count > baseline; i++) {
      count = await f.server.connectionCount();
      if (count > baseline) await new Promise((r) => setTimeout(r, 20));
    }
    expect(count).toBeLessThanOrEqual(baseline);
    const cut = await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}&displayName=cut`);
    expect(cut.data).toEqual([]);
  });

  it("still serves health, creates and reads, and never answered 5xx", async () => {
    expect((await fetch(`${f.server.url}/health`)).status).toBe(200);
    const created = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, displayName: "after" });
    expect(created.status).toBe(200);
    expect((await f.api("GET", `/volumes/${created.data.id}`)).data.displayName).toBe("after");
    const stats = (await (await f.admin("GET", "/_ocikit/stats")).json()) as { operations: Record<string, Record<string, number>> };
    const fiveXX = Object.entries(stats.operations).flatMap(([op, byStatus]) =>
      Object.entries(byStatus).filter(([s]) => Number(s) >= 500).map(([s, n]) => `${op} ${s}×${n}`),
    );
    expect(fiveXX).toEqual([]);
    expect(logged).toEqual([]);
  });
});
