import { describe, expect, it } from "vitest";
import type { ResourceRow } from "../store/store.js";
import { effectiveEtag, effectiveState, isPurged, settle, startTransition, TERMINATED_VISIBLE_MS, type LifecyclePolicy } from "./lifecycle.js";

function row(policy: LifecyclePolicy, state: string, next: string, at: number): ResourceRow {
  return {
    id: "r",
    type: "volume",
    tenancy_id: "t",
    region: "us-ashburn-1",
    compartment_id: "c",
    display_name: "d",
    ...startTransition(policy, state, next, at),
    parent_id: null,
    created_ms: at,
    updated_ms: at,
    deleted_ms: null,
    etag: "e1",
    doc: "{}",
  };
}

describe("lifecycle policies", () => {
  it.each([
    ["immediate", { mode: "immediate" } as const, 0, 0, "AVAILABLE"],
    ["time, 1 ms early", { mode: "time", seconds: 2 } as const, 1999, 0, "PROVISIONING"],
    ["time, exactly due", { mode: "time", seconds: 2 } as const, 2000, 0, "AVAILABLE"],
    ["polls, 1 of 2", { mode: "polls", polls: 2 } as const, 10_000, 1, "PROVISIONING"],
    ["polls, 2 of 2", { mode: "polls", polls: 2 } as const, 0, 2, "AVAILABLE"],
  ])("%s", (_name, policy, elapsed, polls, expected) => {
    const r = row(policy, "PROVISIONING", "AVAILABLE", 1000);
    expect(effectiveState(r, 1000 + elapsed, polls)).toBe(expected);
  });

  it("derives the same etag before and after settling a finished transition", () => {
    const r = row({ mode: "time", seconds: 1 }, "CREATING", "AVAILABLE", 0);
    expect(effectiveEtag(r, 500)).toBe("e1");
    const derived = effectiveEtag(r, 1000);
    expect(derived).not.toBe("e1");
    settle(r, 1000);
    expect([r.state, r.next_state, r.etag]).toEqual(["AVAILABLE", null, derived]);
    expect(effectiveEtag(r, 5000)).toBe(derived);
  });

  it("hides a terminated resource one hour after its delete", () => {
    const r = row({ mode: "time", seconds: 2 }, "TERMINATING", "TERMINATED", 0);
    r.deleted_ms = 0;
    expect(isPurged(r, TERMINATED_VISIBLE_MS - 1)).toBe(false);
    expect(isPurged(r, TERMINATED_VISIBLE_MS)).toBe(true);
  });
});
