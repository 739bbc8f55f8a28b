import { describe, expect, it } from "vitest";
import type { RequestEvent } from "../pipeline/request-event.js";
import { RequestLog } from "./request-log.js";

const event = (n: number): RequestEvent => ({ time: new Date(n).toISOString(), method: "GET", path: `/p${n}`, region: "us-ashburn-1", status: 200, opcRequestId: `r${n}`, latencyMs: 1 });

describe("RequestLog", () => {
  it.each([
    // capacity, events pushed, after, expected paths
    [3, 0, 0, []],
    [3, 2, 0, ["/p1", "/p2"]],
    [3, 3, 0, ["/p1", "/p2", "/p3"]],
    [3, 5, 0, ["/p3", "/p4", "/p5"]],
    [3, 5, 3, ["/p4", "/p5"]],
    [3, 5, 5, []],
    [3, 7, 1, ["/p5", "/p6", "/p7"]],
  ])("capacity %i, %i events, since(%i)", (capacity, count, after, expected) => {
    const log = new RequestLog(capacity);
    for (let i = 1; i <= count; i++) log.observe(event(i));
    const got = log.since(after);
    expect(got.map((e) => e.path)).toEqual(expected);
    expect(got.map((e) => e.seq)).toEqual(expected.map((p) => Number(p.slice(2))));
  });

  it("keeps no secret whole: session-token keyIds, signatures and cookies are shortened", () => {
    const log = new RequestLog(2);
    log.observe({
      ...event(1),
      status: 401,
      keyId: "ST$eyJhbGciOi.secret-session-token",
      authFailure: { code: "BAD_SIGNATURE", message: "m", headers: { authorization: `Signature keyId="ST$eyJhbGciOi.secret-session-token",signature="${"s".repeat(344)}"`, cookie: "session=secret" } },
    });
    const text = JSON.stringify(log.since(0));
    expect(text).not.toContain("secret");
    expect(text).not.toContain("s".repeat(40));
  });

  it("tells subscribers of each new event until they unsubscribe", () => {
    const log = new RequestLog(10);
    const seen: number[] = [];
    const stop = log.subscribe((e) => seen.push(e.seq));
    log.observe(event(1));
    log.observe(event(2));
    stop();
    log.observe(event(3));
    expect(seen).toEqual([1, 2]);
  });
});
