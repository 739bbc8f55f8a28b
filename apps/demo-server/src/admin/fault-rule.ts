import type { ServiceError } from "../service-error.js";

/**
 * A fault rule (LocalStack chaos style, with cloudemu's deterministic modes). A rule matches requests of
 * `operation` (any operation when absent). Of the matching requests it fails the `nth` and later ones
 * (every one when absent), at most `count` times, each with `probability` (1 when absent). `latencyMs`
 * delays the request; without `status` the request then proceeds normally.
 *
 * `phase` says when the fault hits: `"before"` (the default) answers the fault instead of running the
 * operation; `"after"` runs the operation (a write is committed) and then answers the fault instead of
 * the real response — the lost-response case that only retry tokens make safe to retry.
 */
export interface FaultRule {
  operation?: string;
  probability?: number;
  nth?: number;
  count?: number;
  status?: number;
  code?: string;
  message?: string;
  latencyMs?: number;
  phase?: FaultPhase;
}

/** When a fault hits: instead of the operation, or after it has been carried out. */
export type FaultPhase = "before" | "after";

/** A stored rule with its id and counters. */
export interface ActiveFaultRule extends FaultRule {
  id: number;
  seen: number;
  applied: number;
}

/** What to do with one request. */
export interface FaultDecision {
  latencyMs: number;
  error?: ServiceError;
  /** When `error` applies (latency always comes first). */
  phase: FaultPhase;
}

