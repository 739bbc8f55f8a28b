import type { Store, StoreTransaction } from "../store/store.js";
import { ServerClock, type ClockState } from "./server-clock.js";

/** The `meta` key of the stored server clock (JSON {@link ClockState}). */
export const CLOCK_META_KEY = "clock";

/** The server clock of one service, stored with its state (so restarts and replicas share it). No HTTP. */
export interface ClockService {
  /** Server time in epoch ms (real time + the offset last read or written). */
  nowMs(): number;
  now(): Date;
  offsetSeconds(): number;
  /** True when other processes may move the clock (PostgreSQL replicas): then {@link sync} before reading it. */
  readonly shared: boolean;
  /** Reads the stored offset (another replica may have advanced it). */
  sync(): Promise<void>;
  /**
   * Moves the stored clock forward by `seconds` (checked as {@link ServerClock.checkAdvance}) in one
   * transaction — two advances at once, on any replicas, add up — and returns the new server time.
   */
  advance(seconds: unknown): Promise<number>;
  /** Stores the high-water mark (on close), so a restart never shows an earlier time. */
  save(): Promise<void>;
}

function parse(text: string | undefined): ClockState | undefined {
  if (text === undefined) return undefined;
  const value = JSON.parse(text) as Partial<ClockState>;
  return { offsetMs: Number(value.offsetMs ?? 0), highWaterMs: Number(value.highWaterMs ?? 0) };
}

async function readState(tx: Pick<StoreTransaction, "getMeta">): Promise<ClockState | undefined> {
  return parse(await tx.getMeta(CLOCK_META_KEY));
}

/**
 * Opens the service's clock: the stored state (if any) wins over a smaller `initialOffsetSeconds`
 * (a `--clock-offset`), and the result is stored before the server answers anything.
 */
export async function openClock(
  store: Store,
  options: { realNow: () => number; initialOffsetSeconds?: number; shared: boolean },
): Promise<ClockService> {
  const clock = await store.transaction(async (tx) => {
    const c = new ServerClock({ realNow: options.realNow, state: await readState(tx), initialOffsetSeconds: options.initialOffsetSeconds ?? 0 });
    await tx.setMeta(CLOCK_META_KEY, JSON.stringify(c.state()));
    return c;
  });
  return {
    nowMs: () => clock.nowMs(),
    now: () => clock.now(),
    offsetSeconds: () => clock.offsetSeconds(),
    shared: options.shared,
    async sync() {
      const stored = await readState(store);
      if (stored !== undefined) clock.adopt(stored);
    },
    async advance(seconds) {
      const s = ServerClock.checkAdvance(seconds);
      const state = await store.transaction(async (tx) => {
        const stored = (await readState(tx)) ?? clock.state();
        const next: ClockState = { offsetMs: Math.max(stored.offsetMs, clock.state().offsetMs) + s * 1000, highWaterMs: 0 };
        const probe = new ServerClock({ realNow: options.realNow, state: next });
        next.highWaterMs = Math.max(stored.highWaterMs, probe.nowMs());
        await tx.setMeta(CLOCK_META_KEY, JSON.stringify(next));
        return next;
      });
      clock.adopt(state);
      return clock.nowMs();
    },
    async save() {
      await store.transaction(async (tx) => {
        const stored = await readState(tx);
        if (stored !== undefined) clock.adopt(stored);
        await tx.setMeta(CLOCK_META_KEY, JSON.stringify(clock.state()));
      });
    },
  };
}
