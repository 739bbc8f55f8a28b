import { createHash } from "node:crypto";
import { pooledRandomBytes } from "../random-pool.js";
import { TERMINATED_VISIBLE_MS, type ResourceRow } from "../store/store.js";

/**
 * How fast resources move from a transitional state (CREATING, PROVISIONING, TERMINATING) to the next:
 * at once, after `seconds` of server time, or after `polls` GETs of that resource (the Nth GET already
 * sees the new state). Nothing runs in the background: the state is computed from stored fields on read,
 * so a restarted server resumes where it stopped.
 */
export type LifecyclePolicy =
  | { mode: "immediate" }
  | { mode: "time"; seconds: number }
  | { mode: "polls"; polls: number };

export { TERMINATED_VISIBLE_MS };

/** The transition fields to store when a resource enters `state`, heading for `next`. */
export function startTransition(
  policy: LifecyclePolicy,
  state: string,
  next: string,
  nowMs: number,
): Pick<ResourceRow, "state" | "next_state" | "due_ms" | "polls_needed" | "polls"> {
  switch (policy.mode) {
    case "immediate":
      return { state: next, next_state: null, due_ms: null, polls_needed: null, polls: 0 };
    case "time":
      return { state, next_state: next, due_ms: nowMs + policy.seconds * 1000, polls_needed: null, polls: 0 };
    case "polls":
      return { state, next_state: next, due_ms: null, polls_needed: policy.polls, polls: 0 };
  }
}

/** True when the stored transition has completed by `nowMs` (or after `extraPolls` more GETs). */
export function transitionDone(row: ResourceRow, nowMs: number, extraPolls = 0): boolean {
  if (row.next_state === null) return false;
  if (row.due_ms !== null && row.due_ms <= nowMs) return true;
  return row.polls_needed !== null && row.polls + extraPolls >= row.polls_needed;
}

/** The state a caller sees now. */
export function effectiveState(row: ResourceRow, nowMs: number, extraPolls = 0): string {
  return transitionDone(row, nowMs, extraPolls) ? (row.next_state as string) : row.state;
}

// The etag changes with the state; a completed-but-not-yet-stored transition gets a derived etag, which
// settle() then stores, so an etag read before and after settling is the same.
export function effectiveEtag(row: ResourceRow, nowMs: number, extraPolls = 0): string {
  if (!transitionDone(row, nowMs, extraPolls)) return row.etag;
  return createHash("sha256").update(`${row.etag}/${row.next_state}`).digest("hex").slice(0, 32);
}

/** A new random etag. */
export function newEtag(): string {
  return pooledRandomBytes(16).toString("hex");
}

/** Copies a completed transition into the stored fields (before a mutation). Returns the same row. */
export function settle(row: ResourceRow, nowMs: number): ResourceRow {
  if (transitionDone(row, nowMs)) {
    row.etag = effectiveEtag(row, nowMs);
    row.state = row.next_state as string;
    row.next_state = null;
    row.due_ms = null;
    row.polls_needed = null;
    row.polls = 0;
  }
  return row;
}

/** True when the resource is terminated and its grace period is over: treat it as gone. */
export function isPurged(row: ResourceRow, nowMs: number): boolean {
  return (
    row.deleted_ms !== null &&
    row.deleted_ms + TERMINATED_VISIBLE_MS <= nowMs &&
    effectiveState(row, nowMs) === "TERMINATED"
  );
}
