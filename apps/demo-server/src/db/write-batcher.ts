import type { Db } from "./open-database.js";

interface Job<T> {
  work: () => T;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: write jobs that arrive in the same event-loop turn run one after another inside ONE
 * SQLite transaction, each in its own savepoint, and are acknowledged only after that transaction has
 * committed (and, with synchronous=FULL, reached the disk). A job that throws rolls back only its own
 * savepoint. One fsync then covers many concurrent writes instead of one each.
 *
 * Jobs are synchronous, so nothing interleaves within a job: a retry-token check and the insert it
 * guards stay atomic, even for concurrent identical requests.
 */
export class WriteBatcher {
  private queue: Array<Job<unknown>> = [];
  private scheduled = false;

  constructor(
    private readonly db: Db,
    /** Largest number of jobs per transaction. */
    private readonly maxBatch = 256,
  ) {}

  /** Runs `work` in the next group transaction; resolves once it is committed. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve, reject } as Job<unknown>);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    const batch = this.queue.splice(0, this.maxBatch);
    this.scheduled = false;
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      this.db
        .transaction(() => {
          for (const job of batch) {
            // A nested better-sqlite3 transaction is a savepoint: a failing job undoes only itself.
            try {
              outcomes.push({ ok: true, value: this.db.transaction(job.work)() });
            } catch (error) {
              outcomes.push({ ok: false, error });
            }
          }
        })
        .immediate();
    } catch (error) {
      // The commit itself failed: nothing of this batch is durable.
      for (const job of batch) job.reject(error);
      return;
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i] as (typeof outcomes)[number];
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }
}
