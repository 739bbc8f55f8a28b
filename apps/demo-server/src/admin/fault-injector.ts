import { ServiceError } from "../service-error.js";
import type { ActiveFaultRule, FaultDecision, FaultRule } from "./fault-rule.js";
import type { FaultRules } from "./fault-rules.js";

export type { ActiveFaultRule, FaultDecision, FaultPhase, FaultRule } from "./fault-rule.js";

/** A fault rule posted to the admin API is malformed. */
export class InvalidFaultRuleError extends Error {
  override readonly name = "InvalidFaultRuleError";
  readonly code = "INVALID_FAULT_RULE";
}

const KEYS = new Set(["operation", "probability", "nth", "count", "status", "code", "message", "latencyMs", "phase"]);

/** Checks an untrusted JSON value and returns it as a rule. */
export function parseFaultRule(value: unknown): FaultRule {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidFaultRuleError("A fault rule must be a JSON object.");
  }
  const rule = value as Record<string, unknown>;
  for (const key of Object.keys(rule)) {
    if (!KEYS.has(key)) throw new InvalidFaultRuleError(`Unknown fault rule field '${key}'. Allowed: ${[...KEYS].join(", ")}.`);
  }
  const num = (k: string, ok: (n: number) => boolean, what: string) => {
    if (rule[k] !== undefined && (typeof rule[k] !== "number" || !ok(rule[k] as number))) {
      throw new InvalidFaultRuleError(`Fault rule field '${k}' must be ${what}.`);
    }
  };
  num("probability", (n) => n >= 0 && n <= 1, "a number from 0 to 1");
  num("nth", (n) => Number.isInteger(n) && n >= 1, "an integer ≥ 1");
  num("count", (n) => Number.isInteger(n) && n >= 1, "an integer ≥ 1");
  num("status", (n) => Number.isInteger(n) && n >= 400 && n <= 599, "an HTTP error status (400–599)");
  num("latencyMs", (n) => n >= 0 && n <= 60_000, "a number of milliseconds from 0 to 60000");
  for (const k of ["operation", "code", "message"]) {
    if (rule[k] !== undefined && typeof rule[k] !== "string") throw new InvalidFaultRuleError(`Fault rule field '${k}' must be a string.`);
  }
  if (rule.phase !== undefined && rule.phase !== "before" && rule.phase !== "after") {
    throw new InvalidFaultRuleError("Fault rule field 'phase' must be \"before\" or \"after\".");
  }
  if (rule.status === undefined && rule.latencyMs === undefined) {
    throw new InvalidFaultRuleError("A fault rule needs a 'status' (with 'code') or a 'latencyMs'.");
  }
  if (rule.status !== undefined && rule.code === undefined) {
    throw new InvalidFaultRuleError("A fault rule with a 'status' also needs a 'code', e.g. \"TooManyRequests\".");
  }
  return rule as FaultRule;
}

/** Holds fault rules in this process's memory and decides, per request, whether to inject one. */
export class FaultInjector implements FaultRules {
  private rules: ActiveFaultRule[] = [];
  private nextId = 1;

  constructor(private readonly random: () => number = Math.random) {}

  add(rule: FaultRule): ActiveFaultRule {
    const active: ActiveFaultRule = { ...rule, id: this.nextId++, seen: 0, applied: 0 };
    this.rules.push(active);
    return active;
  }

  list(): ActiveFaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  remove(id: number): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  /** Applies the first rule that fires for `operationId`; undefined when none does (the common case). */
  decide(operationId: string): FaultDecision | undefined {
    if (this.rules.length === 0) return undefined;
    return decideFault(this.rules, operationId, this.random);
  }
}

/**
 * The rule engine, shared by every place that keeps rules (this process's memory, or a database shared by
 * replicas): walks `rules` in order, counting the request on each rule of its operation (`seen`), and
 * applies the first one that fires (`applied`). Mutates the counters of `rules`; the caller stores them.
 */
export function decideFault(rules: readonly ActiveFaultRule[], operationId: string, random: () => number): FaultDecision | undefined {
  for (const rule of rules) {
    if (rule.operation !== undefined && rule.operation !== operationId) continue;
    rule.seen++;
    if (rule.nth !== undefined && rule.seen < rule.nth) continue;
    if (rule.count !== undefined && rule.applied >= rule.count) continue;
    if (rule.probability !== undefined && random() >= rule.probability) continue;
    rule.applied++;
    const decision: FaultDecision = { latencyMs: rule.latencyMs ?? 0, phase: rule.phase ?? "before" };
    if (rule.status !== undefined) {
      decision.error = new ServiceError(
        rule.status,
        rule.code ?? "InternalServerError",
        rule.message ?? `Fault injected by the demo server's admin API (rule ${rule.id}).`,
      );
    }
    return decision;
  }
  return undefined;
}
