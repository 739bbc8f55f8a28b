/** A clock request that cannot be honoured (negative, fractional or huge advance; bad offset). */
export class ClockAdvanceError extends Error {
  override readonly name = "ClockAdvanceError";
  readonly code = "InvalidParameter";
}

/** Largest single advance: ten years (bounded work per request; advance again for more). */
export const MAX_ADVANCE_SECONDS = 3653 * 86_400;

/** What the clock persists: the offset, and the latest server time it has shown (its floor after a restart). */
export interface ClockState {
  offsetMs: number;
  highWaterMs: number;
}

/**
 * The server's resource clock: real time plus an offset that only grows. Resource timestamps,
 * lifecycles, schedules and expiry read it; request signatures are checked against real time.
 * It never goes backwards: advances are ≥ 0, and if real time steps back (NTP, or a restart on a
 * machine whose clock is behind) it holds at the latest time it has shown.
 */
export class ServerClock {
  #offsetMs: number;
  #highWaterMs: number;
  readonly #realNow: () => number;

  constructor(options: { realNow?: () => number; state?: ClockState | undefined; initialOffsetSeconds?: number } = {}) {
    this.#realNow = options.realNow ?? Date.now;
    const initial = options.initialOffsetSeconds ?? 0;
    if (!Number.isFinite(initial) || initial < 0 || initial > MAX_ADVANCE_SECONDS * 10) {
      throw new ClockAdvanceError(`Invalid clock offset ${initial}: use a number of seconds from 0 to ${MAX_ADVANCE_SECONDS * 10}.`);
    }
    // A stored offset wins over a smaller starting offset: the clock never moves back across restarts.
    this.#offsetMs = Math.max(options.state?.offsetMs ?? 0, Math.round(initial * 1000));
    this.#highWaterMs = options.state?.highWaterMs ?? 0;
  }

  /** Server time in epoch ms. */
  nowMs(): number {
    const t = this.#realNow() + this.#offsetMs;
    if (t > this.#highWaterMs) this.#highWaterMs = t;
    return this.#highWaterMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** The offset over real time, in seconds (ms precision). */
  offsetSeconds(): number {
    return this.#offsetMs / 1000;
  }

  /** The state to persist. */
  state(): ClockState {
    return { offsetMs: this.#offsetMs, highWaterMs: this.nowMs() };
  }

  /**
   * Takes on a state stored by another process (a replica that advanced the clock): the larger offset
   * and high-water mark win, so the clock still never moves backwards.
   */
  adopt(state: ClockState): void {
    if (state.offsetMs > this.#offsetMs) this.#offsetMs = state.offsetMs;
    if (state.highWaterMs > this.#highWaterMs) this.#highWaterMs = state.highWaterMs;
  }

  /** Checks an advance request: a whole number of seconds from 0 to {@link MAX_ADVANCE_SECONDS}. */
  static checkAdvance(seconds: unknown): number {
    if (typeof seconds !== "number" || !Number.isInteger(seconds)) {
      throw new ClockAdvanceError("advanceSeconds must be a whole number of seconds, for example {\"advanceSeconds\": 86400}.");
    }
    if (seconds < 0) {
      throw new ClockAdvanceError(`advanceSeconds is ${seconds}: the server clock never moves backwards; use 0 or more.`);
    }
    if (seconds > MAX_ADVANCE_SECONDS) {
      throw new ClockAdvanceError(`advanceSeconds ${seconds} is more than ten years (${MAX_ADVANCE_SECONDS}); advance in several steps.`);
    }
    return seconds;
  }

  /** Moves the clock forward by `seconds` (checked with {@link checkAdvance}); returns the new server time. */
  advance(seconds: unknown): number {
    const s = ServerClock.checkAdvance(seconds);
    this.#offsetMs += s * 1000;
    return this.nowMs();
  }
}
