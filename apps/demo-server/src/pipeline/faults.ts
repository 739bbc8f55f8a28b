import { defaultSleep } from "@ocikit/core";
import type { FaultDecision } from "../admin/fault-injector.js";
import type { FaultRules } from "../admin/fault-rules.js";

/**
 * Stage 4, faults (after authentication, so unsigned requests never count as matches): applies the
 * first admin fault rule that fires for the operation — its latency, then, in phase "before", its error
 * instead of the operation. Returns the decision so {@link faultAfter} can answer a phase-"after" fault.
 */
export async function faultBefore(faults: FaultRules, operationId: string): Promise<FaultDecision | undefined> {
  const decided = faults.decide(operationId);
  // In memory the answer is immediate: skip the microtask of awaiting a plain value.
  const fault = decided instanceof Promise ? await decided : decided;
  if (fault === undefined) return undefined;
  if (fault.latencyMs > 0) await defaultSleep(fault.latencyMs);
  if (fault.error !== undefined && fault.phase === "before") throw fault.error;
  return fault;
}

/** The operation is done (and a write committed); with a phase-"after" fault the client gets the fault instead. */
export function faultAfter(fault: FaultDecision | undefined): void {
  if (fault?.error !== undefined && fault.phase === "after") throw fault.error;
}
