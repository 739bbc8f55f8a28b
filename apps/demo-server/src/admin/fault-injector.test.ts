import { describe, expect, it } from "vitest";
import { FaultInjector, InvalidFaultRuleError, parseFaultRule } from "./fault-injector.js";

describe("FaultInjector", () => {
  it("fails every matching call without nth/count, and ignores other operations", () => {
    const f = new FaultInjector();
    f.add({ operation: "GetVolume", status: 503, code: "ServiceUnavailable" });
    expect(f.decide("ListVolumes")).toBeUndefined();
    expect(f.decide("GetVolume")?.error).toMatchObject({ status: 503, code: "ServiceUnavailable" });
    expect(f.decide("GetVolume")?.error?.status).toBe(503);
  });

  it("applies probability with the injected random source", () => {
    const draws = [0.1, 0.9, 0.49];
    const f = new FaultInjector(() => draws.shift() as number);
    f.add({ probability: 0.5, status: 500, code: "InternalServerError" });
    expect([f.decide("A"), f.decide("A"), f.decide("A")].map((d) => d !== undefined)).toEqual([true, false, true]);
  });

  it("delays without failing when only latency is set", () => {
    const f = new FaultInjector();
    f.add({ latencyMs: 25 });
    expect(f.decide("A")).toEqual({ latencyMs: 25, phase: "before" });
  });

  it("carries the phase of an after-the-operation rule", () => {
    const f = new FaultInjector();
    f.add({ operation: "CreateVolume", phase: "after", status: 500, code: "InternalServerError" });
    expect(f.decide("CreateVolume")).toMatchObject({ phase: "after", error: { status: 500 } });
  });

  it.each([[{ phase: "later", status: 500, code: "X" }], [{ phase: 1, status: 500, code: "X" }]])("rejects the rule %j", (rule) => {
    expect(() => parseFaultRule(rule)).toThrow(InvalidFaultRuleError);
  });

  it("removes rules by id", () => {
    const f = new FaultInjector();
    const rule = f.add({ status: 500, code: "X" });
    expect(f.remove(rule.id)).toBe(true);
    expect(f.remove(rule.id)).toBe(false);
    expect(f.decide("A")).toBeUndefined();
  });
});
