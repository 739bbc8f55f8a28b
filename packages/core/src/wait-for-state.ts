import { OciServiceError } from "./oci-service-error.js";
import { defaultSleep, type Sleep } from "./sleep.js";
import { WaiterOptionsError } from "./waiter-options-error.js";

/** How a wait ended. @public */
export type WaitState = "SUCCESS" | "FAILURE" | "TIMEOUT" | "ABORTED";

/** Options of {@link waitForState}. @public */
export interface WaitForStateOptions<T> {
  /** Reads the resource; may throw {@link OciServiceError}. Receives the wait's signal. */
  get: (signal: AbortSignal | undefined) => Promise<T>;
  /** Target lifecycle states (e.g. ["AVAILABLE"]). */
  states: readonly string[];
  /** States that end the wait as FAILURE (e.g. ["FAULTY"]). */
  failStates?: readonly string[] | undefined;
  /** Longest total wait. Default 1200 s, as the official SDKs. */
  maxWaitSeconds?: number | undefined;
  /** Pause between polls. Default 5 s. */
  intervalSeconds?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Called after each successful read. */
  onPoll?: ((resource: T, poll: number) => void) | undefined;
  /** Reads the state of a resource. Default: its `lifecycleState`. */
  stateOf?: ((resource: T) => string | undefined) | undefined;
  now?: (() => Date) | undefined;
  sleep?: Sleep | undefined;
}

/** Outcome of {@link waitForState}. @public */
export interface WaitResult<T> {
  readonly state: WaitState;
  /** The last resource read, if any read succeeded. */
  readonly last: T | undefined;
  readonly polls: number;
  readonly elapsedSeconds: number;
  /** True when the wait for TERMINATED ended because the resource is gone (404). */
  readonly notFound: boolean;
}

const defaultStateOf = (resource: unknown): string | undefined => {
  const state = (resource as { lifecycleState?: unknown } | null)?.lifecycleState;
  return typeof state === "string" ? state : undefined;
};

/**
 * Polls `get` until the resource reaches one of `states` (SUCCESS), one of `failStates`
 * (FAILURE), `maxWaitSeconds` pass (TIMEOUT) or `signal` aborts (ABORTED). Returns the state
 * instead of throwing for those; errors from `get` propagate, except a 404 while TERMINATED is
 * a target, which means the resource is gone and counts as SUCCESS.
 * @throws {@link WaiterOptionsError} for unusable options.
 * @public
 */
export async function waitForState<T>(options: WaitForStateOptions<T>): Promise<WaitResult<T>> {
  const {
    get,
    states,
    failStates = [],
    maxWaitSeconds = 1200,
    intervalSeconds = 5,
    signal,
    onPoll,
    stateOf = defaultStateOf,
    now = () => new Date(),
    sleep = defaultSleep,
  } = options;
  validate(states, failStates, maxWaitSeconds, intervalSeconds);
  const targets = new Set(states.map((s) => s.toUpperCase()));
  const failures = new Set(failStates.map((s) => s.toUpperCase()));
  const start = now().getTime();
  const elapsed = () => (now().getTime() - start) / 1000;
  let last: T | undefined;
  let polls = 0;
  const end = (state: WaitState, notFound = false): WaitResult<T> => ({
    state,
    last,
    polls,
    elapsedSeconds: elapsed(),
    notFound,
  });

  for (;;) {
    if (signal?.aborted) return end("ABORTED");
    polls++;
    try {
      last = await get(signal);
    } catch (error) {
      if (signal?.aborted) return end("ABORTED");
      // The official TypeScript waiter means to do this but never does (oci-api.md §5).
      if (error instanceof OciServiceError && error.status === 404 && targets.has("TERMINATED"))
        return end("SUCCESS", true);
      throw error;
    }
    onPoll?.(last, polls);
    const state = stateOf(last)?.toUpperCase();
    if (state !== undefined && targets.has(state)) return end("SUCCESS");
    if (state !== undefined && failures.has(state)) return end("FAILURE");
    const remaining = maxWaitSeconds - elapsed();
    if (remaining <= 0) return end("TIMEOUT");
    await sleep(Math.min(intervalSeconds, remaining) * 1000, signal);
  }
}

function validate(states: readonly string[], failStates: readonly string[], maxWait: number, interval: number): void {
  const problems: string[] = [];
  if (!Array.isArray(states) || states.length === 0) problems.push("states is empty");
  else if (states.some((s) => typeof s !== "string" || s === ""))
    problems.push(`states ${JSON.stringify(states)} has a blank entry`);
  const overlap = Array.isArray(states) ? failStates.filter((s) => states.includes(s)) : [];
  if (overlap.length > 0) problems.push(`${overlap.join(", ")} is both a target and a fail state`);
  if (typeof maxWait !== "number" || !Number.isFinite(maxWait) || maxWait < 0)
    problems.push(`maxWaitSeconds is ${maxWait}`);
  if (typeof interval !== "number" || !Number.isFinite(interval) || interval <= 0)
    problems.push(`intervalSeconds is ${interval}`);
  if (problems.length > 0) throw new WaiterOptionsError(problems);
}
