import type { Statement } from "better-sqlite3";
import type { Db } from "./open-database.js";

interface Job<T> {
  work: () => Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit on the writer connection: write jobs queued while a batch is being prepared run one
 * after another inside ONE SQLite transaction, each in its own savepoint, and are acknowledged only
 * after that transaction has committed (and, with synchronous=FULL, reached the disk). A job that throws
 * rolls back only its own savepoint. One fsync then covers many concurrent writes instead of one each.
 *
 * Jobs are asynchronous (the store interface is), but they never overlap: the next job starts only when
 * the previous one has settled, so each job is serializable — a retry-token check and the insert it guards
 * cannot interleave with another job. Jobs must only await the store's own calls, never the network.
 * `onBatchEnd` runs synchronously right after each batch's commit or rollback, before any job is answered.
 */
export class WriteBatcher {
  private queue: Array<Job<unknown>> = [];
  private scheduled = false;
  private running: Promise<void> | undefined;
  // Transaction control as prepared statements: parsed once, not on every job.
  private readonly sql: Record<"begin" | "commit" | "rollback" | "savepoint" | "release" | "rollbackTo", Statement>;

  constructor(
    private readonly db: Db,
    /** Largest number of jobs per transaction. */
    private readonly maxBatch = 256,
    private readonly onBatchEnd: () => void = () => {},
  ) {
    this.sql = {
      begin: db.prepare("BEGIN IMMEDIATE"),
      commit: db.prepare("COMMIT"),
      rollback: db.prepare("ROLLBACK"),
      savepoint: db.prepare("SAVEPOINT job"),
      release: db.prepare("RELEASE job"),
      rollbackTo: db.prepare("ROLLBACK TO job"),
    };
  }

  /** Runs `work` in the next group transaction; resolves with its result once it is committed. */
  run<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve, reject } as Job<unknown>);
      this.schedule();
    });
  }

  /** Resolves when every queued job has been committed or rejected. */
  async drain(): Promise<void> {
    while (this.running !== undefined || this.queue.length > 0 || this.scheduled) {
      await (this.running ?? new Promise((r) => setImmediate(r)));
    }
  }

  private schedule(): void {
    if (this.scheduled || this.running !== undefined) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.running = this.flush().finally(() => {
        this.running = undefined;
        if (this.queue.length > 0) this.schedule();
      });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      this.sql.begin.run();
    } catch (error) {
      for (const job of batch) job.reject(error);
      return;
    }
    try {
      for (const job of batch) {
        this.sql.savepoint.run();
        try {
          const value = await job.work();
          this.sql.release.run();
          outcomes.push({ ok: true, value });
        } catch (error) {
          // A failing job undoes only itself.
          this.sql.rollbackTo.run();
          this.sql.release.run();
          outcomes.push({ ok: false, error });
        }
      }
      this.sql.commit.run();
    } catch (error) {
      // The commit itself (or a savepoint) failed: nothing of this batch is durable.
      if (this.db.inTransaction) this.sql.rollback.run();
      this.onBatchEnd();
      for (const job of batch) job.reject(error);
      return;
    }
    this.onBatchEnd();
    batch.forEach((job, i) => {
      const outcome = outcomes[i] as (typeof outcomes)[number];
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }
}
