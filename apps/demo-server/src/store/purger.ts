import type { PurgeCount, Store } from "./store.js";

/** Rows per purge transaction: small enough never to hold the writer long. */
export const PURGE_BATCH = 500;
/** Batches per tick at most, so a huge backlog is worked off over several ticks. */
export const PURGE_BATCHES_PER_TICK = 20;
/** Default time between ticks. */
export const PURGE_INTERVAL_MS = 60_000;

export interface PurgerOptions {
  store: Store;
  /** The server's clock (decides what is past the visibility window). */
  now: () => Date;
  intervalMs?: number;
  batch?: number;
  log?: (line: string) => void;
}

/** A running background purger. */
export interface Purger {
  /** One tick now: batches until one deletes less than a full batch (or the per-tick bound). */
  tick(): Promise<PurgeCount>;
  /** Stops the timer and waits for a running tick. */
  stop(): Promise<void>;
}

/**
 * Deletes terminated resources once they are invisible (an hour after the delete) and retry tokens
 * after their 24 hours, in the background: every `intervalMs`, in transactions of at most `batch` rows
 * each, yielding to requests between batches. Lists and GETs never read those rows again; without this
 * they would stay in the table for ever.
 */
export function startPurger(options: PurgerOptions): Purger {
  const { store } = options;
  const batch = options.batch ?? PURGE_BATCH;
  let running: Promise<PurgeCount> | undefined;
  let stopped = false;
  const purge = store.purge.bind(store);
  const tick = (): Promise<PurgeCount> => {
    running ??= (async () => {
      const total: PurgeCount = { resources: 0, retryTokens: 0 };
      try {
        for (let n = 0; n < PURGE_BATCHES_PER_TICK && !stopped; n++) {
          const done = await purge(options.now().getTime(), batch);
          total.resources += done.resources;
          total.retryTokens += done.retryTokens;
          if (done.resources < batch && done.retryTokens < batch) break;
          // Let waiting requests in between two batches.
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      } catch (error) {
        options.log?.(`background purge failed (it runs again later): ${String(error)}`);
      } finally {
        running = undefined;
      }
      return total;
    })();
    return running;
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? PURGE_INTERVAL_MS);
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
