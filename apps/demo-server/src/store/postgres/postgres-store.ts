import { createHash } from "node:crypto";
import type pg from "pg";
import {
  RETRY_TOKEN_TTL_MS,
  TERMINATED_VISIBLE_MS,
  type ListPage,
  type ListQuery,
  type ResourceRow,
  type Store,
  type StoreTransaction,
} from "../store.js";
import { EtagConflictError, RetryTokenTakenError } from "../store-errors.js";
import { connectPostgres, type PostgresPoolOptions } from "./connect-postgres.js";
import { parseDatabaseUrl, type DatabaseUrl } from "./database-url.js";
import { cutPage } from "../cut-page.js";
import { postgresListSql, RESOURCE_COLUMNS } from "./list-sql.js";
import { DELETE_SCHEDULES, scheduleReaderOn, scheduleWriterOn } from "./schedule-sql.js";
import { asUnavailable, reachable } from "./unavailable.js";

/** Options of {@link openPostgresStore}. */
export interface PostgresStoreOptions extends PostgresPoolOptions {
  /** `postgres://USER:PASSWORD@HOST:PORT/DB` (or an already parsed one). */
  url: string | DatabaseUrl;
  /** Attempts of a transaction that keeps losing serialization conflicts; default 20. */
  maxAttempts?: number;
}

/** A transaction lost a serialization conflict `attempts` times in a row. */
export class TransactionContentionError extends Error {
  override readonly name = "TransactionContentionError";
  readonly code = "TRANSACTION_CONTENTION";
  constructor(attempts: number) {
    super(`A transaction lost ${attempts} serialization conflicts in a row; the request may be retried.`);
  }
}

// serialization_failure and deadlock_detected: the transaction did nothing and may simply run again.
const RETRYABLE = new Set(["40001", "40P01"]);
const UNIQUE_VIOLATION = "23505";

const COLUMNS = RESOURCE_COLUMNS;

/** The statements of the store. Each has a name, so `pg` prepares it once per connection and then only binds. */
const SQL = {
  get: { name: "ocikit_get", text: "SELECT * FROM resources WHERE id = $1" },
  insert: {
    name: "ocikit_insert",
    text: `INSERT INTO resources (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
  },
  // Compare-and-set: the WHERE clause is the etag check. Of two updates that read the same etag, the second
  // waits for the first's row lock and then (the etag has changed) matches no row: EtagConflictError.
  update: {
    name: "ocikit_update",
    text: `UPDATE resources SET compartment_id = $2, display_name = $3, state = $4, next_state = $5, due_ms = $6,
             polls_needed = $7, polls = $8, parent_id = $9, updated_ms = $10, deleted_ms = $11, etag = $12, doc = $13
           WHERE id = $1 AND etag = $14`,
  },
  // One statement, so atomic at any isolation level: the row lock orders concurrent increments.
  recordPoll: { name: "ocikit_poll", text: "UPDATE resources SET polls = polls + 1 WHERE id = $1 RETURNING *" },
  children: { name: "ocikit_children", text: "SELECT * FROM resources WHERE parent_id = $1 AND type = $2 ORDER BY seq" },
  findToken: {
    name: "ocikit_find_token",
    text: "SELECT request_hash, status, body, etag, created_ms FROM retry_tokens WHERE scope = $1 AND token = $2",
  },
  // This token's own expired entry, by primary key: a point lock, no range that concurrent saves share.
  dropExpiredToken: {
    name: "ocikit_drop_expired_token",
    text: "DELETE FROM retry_tokens WHERE scope = $1 AND token = $2 AND created_ms <= $3",
  },
  // Every expired entry: run outside the request's transactions (see purgeExpiredTokens).
  purgeTokens: { name: "ocikit_purge_tokens", text: "DELETE FROM retry_tokens WHERE created_ms <= $1" },
  // A plain INSERT: the primary key (scope, token) is what makes a token usable once, across replicas.
  saveToken: {
    name: "ocikit_save_token",
    text: "INSERT INTO retry_tokens (scope, token, request_hash, status, body, etag, created_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)",
  },
  // Store.purge: a batch of invisible terminated resources (effectiveState = TERMINATED in SQL, deleted
  // before $1) and of expired retry tokens. SKIP LOCKED: replicas purging at once take different rows.
  purgeResources: {
    name: "ocikit_purge_resources",
    text: `DELETE FROM resources WHERE id IN (
             SELECT id FROM resources WHERE deleted_ms IS NOT NULL AND deleted_ms <= $1 AND (
               (next_state IS NULL AND state = 'TERMINATED') OR
               (next_state = 'TERMINATED' AND ((due_ms IS NOT NULL AND due_ms <= $2) OR (polls_needed IS NOT NULL AND polls >= polls_needed))))
             LIMIT $3 FOR UPDATE SKIP LOCKED)`,
  },
  purgeTokenBatch: {
    name: "ocikit_purge_token_batch",
    text: `DELETE FROM retry_tokens WHERE (scope, token) IN (
             SELECT scope, token FROM retry_tokens WHERE created_ms <= $1 ORDER BY created_ms LIMIT $2 FOR UPDATE SKIP LOCKED)`,
  },
  getMeta: { name: "ocikit_get_meta", text: "SELECT value FROM meta WHERE key = $1" },
  setMeta: {
    name: "ocikit_set_meta",
    text: "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  },
} as const;

interface TokenRow {
  request_hash: string;
  status: number;
  body: string;
  etag: string | null;
  created_ms: number;
}

type Queryable = Pick<pg.Pool | pg.PoolClient, "query">;

async function listOn(db: Queryable, q: ListQuery): Promise<ListPage> {
  const { text, values } = postgresListSql(q);
  // One prepared statement per shape of query (filters present, sort, direction): the name is its hash.
  const name = `ocikit_list_${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
  const { rows } = await db.query<ResourceRow>({ name, text, values });
  return cutPage(rows, q);
}

function transactionOn(client: pg.PoolClient, onSave: (createdMs: number) => void): StoreTransaction {
  return {
    ...scheduleReaderOn(client),
    ...scheduleWriterOn(client),
    async getResource(id) {
      return (await client.query<ResourceRow>({ ...SQL.get, values: [id] })).rows[0];
    },
    listResources: (q) => listOn(client, q),
    async insertResource(r) {
      await client.query({
        ...SQL.insert,
        values: [r.id, r.type, r.tenancy_id, r.region, r.compartment_id, r.display_name, r.state, r.next_state, r.due_ms,
          r.polls_needed, r.polls, r.parent_id, r.created_ms, r.updated_ms, r.deleted_ms, r.etag, r.doc],
      });
    },
    async updateResource(r, expectedEtag) {
      const { rowCount } = await client.query({
        ...SQL.update,
        values: [r.id, r.compartment_id, r.display_name, r.state, r.next_state, r.due_ms, r.polls_needed, r.polls,
          r.parent_id, r.updated_ms, r.deleted_ms, r.etag, r.doc, expectedEtag],
      });
      if (rowCount !== 1) throw new EtagConflictError(r.id);
    },
    async listChildren(parentId, type) {
      return (await client.query<ResourceRow>({ ...SQL.children, values: [parentId, type] })).rows;
    },
    async findRetryToken(scope, token, nowMs) {
      const row = (await client.query<TokenRow>({ ...SQL.findToken, values: [scope, token] })).rows[0];
      if (row === undefined || row.created_ms + RETRY_TOKEN_TTL_MS <= nowMs) return undefined;
      return { requestHash: row.request_hash, status: row.status, body: row.body, etag: row.etag, createdMs: row.created_ms };
    },
    async saveRetryToken(scope, token, response) {
      // This token's expired entry makes room; a live one stays and the INSERT below fails. Other expired
      // entries are purged outside this transaction: a range DELETE here would put every concurrent
      // save in a serialization conflict with every other one.
      await client.query({ ...SQL.dropExpiredToken, values: [scope, token, response.createdMs - RETRY_TOKEN_TTL_MS] });
      onSave(response.createdMs);
      try {
        await client.query({
          ...SQL.saveToken,
          values: [scope, token, response.requestHash, response.status, response.body, response.etag, response.createdMs],
        });
      } catch (error) {
        // The transaction is aborted now either way; the caller looks the winner's answer up afresh.
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new RetryTokenTakenError();
        throw error;
      }
    },
    async getMeta(key) {
      return (await client.query<{ value: string }>({ ...SQL.getMeta, values: [key] })).rows[0]?.value;
    },
    async setMeta(key, value) {
      await client.query({ ...SQL.setMeta, values: [key, value] });
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The PostgreSQL store: the state of one service that any number of replicas (processes started with
 * the same database URL) share. Nothing is cached in process memory: a replica reads what another one
 * committed a moment ago.
 *
 * Isolation levels, by invariant:
 * - `transaction()` runs at SERIALIZABLE, as the store contract requires: the model's read-check-write
 *   steps (a parent's state before a child is created, a group's members before it changes) must behave
 *   as if transactions ran one at a time, across replicas too. A transaction that loses a serialization
 *   conflict (40001) or a deadlock (40P01) did nothing and runs again, up to `maxAttempts` times.
 * - Retry-token uniqueness is the primary key of retry_tokens and etag compare-and-set is the WHERE clause
 *   of the UPDATE: both hold at any level, and SERIALIZABLE adds a second guard (a concurrent first use
 *   of a token, having read "no token", fails with 40001 and then finds the winner's entry on its rerun).
 * - Reads outside transactions (`getResource`, `listResources`) are single statements at READ COMMITTED:
 *   each sees one committed snapshot, never another transaction's uncommitted rows.
 * - `recordPoll` is one UPDATE … RETURNING at READ COMMITTED: the row lock serialises increments.
 * - `reset` is one READ COMMITTED transaction of DELETEs (resources, retry tokens, scheduling records).
 * Durability: a COMMIT returns once PostgreSQL has flushed its WAL (synchronous_commit on, the default),
 * so a write acknowledged by any replica survives that replica's kill -9.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const url = typeof options.url === "string" ? parseDatabaseUrl(options.url) : options.url;
  const pool = await connectPostgres(url, options);
  const store = postgresStoreOn(pool, options);
  return { ...store, close: () => store.close().then(() => pool.end()) };
}

/**
 * The store over an open, migrated pool (shared with the other replica-wide state of the process:
 * trusted keys, fault rules). `close()` waits for pending work but leaves the pool open.
 */
export function postgresStoreOn(pool: pg.Pool, options: { maxAttempts?: number } = {}): Store {
  const maxAttempts = options.maxAttempts ?? 20;
  // Expired retry tokens are purged at most once a minute per replica, in their own READ COMMITTED
  // statement after a save, never inside a request's transaction.
  let lastPurgeMs = Number.NEGATIVE_INFINITY;
  const purgeExpiredTokens = (createdMs: number) => {
    if (createdMs - lastPurgeMs < 60_000) return;
    lastPurgeMs = createdMs;
    track(pool.query({ ...SQL.purgeTokens, values: [createdMs - RETRY_TOKEN_TTL_MS] }).catch(() => undefined));
  };
  const pending = new Set<Promise<unknown>>();
  let closed: Promise<void> | undefined;

  const track = <T>(work: Promise<T>): Promise<T> => {
    pending.add(work);
    void work.then(
      () => pending.delete(work),
      () => pending.delete(work),
    );
    return work;
  };

  async function runTransaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await reachable(pool.connect());
      let broken: Error | undefined;
      try {
        await client.query("BEGIN ISOLATION LEVEL SERIALIZABLE");
        let saved: number | undefined;
        const result = await work(
          transactionOn(client, (createdMs) => {
            saved = createdMs;
          }),
        );
        await client.query("COMMIT");
        if (saved !== undefined) purgeExpiredTokens(saved);
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch((rollbackError: Error) => {
          broken = rollbackError; // the connection is unusable: do not return it to the pool
        });
        const code = (error as { code?: string }).code;
        const retryable = code !== undefined && RETRYABLE.has(code);
        // A connection lost mid-transaction is not rerun (the COMMIT may or may not have landed): the
        // client retries, with its retry token for a write.
        if (!retryable) throw asUnavailable(error);
        if (attempt >= maxAttempts) throw new TransactionContentionError(attempt);
      } finally {
        client.release(broken);
      }
      // Jittered back-off, so that replicas which collided do not collide again in lock step.
      await pause(Math.random() * Math.min(50, 2 ** attempt));
    }
  }

  return {
    async getResource(id) {
      return (await reachable(pool.query<ResourceRow>({ ...SQL.get, values: [id] }))).rows[0];
    },
    listResources: (q) => reachable(listOn(pool, q)),
    ...scheduleReaderOn(pool),
    transaction: (work) => track(runTransaction(work)),
    recordPoll: (id) => track(reachable(pool.query<ResourceRow>({ ...SQL.recordPoll, values: [id] })).then((r) => r.rows[0])),
    purge: (nowMs, limit) =>
      track(
        (async () => {
          const client = await reachable(pool.connect());
          try {
            await client.query("BEGIN");
            const resources = await client.query({ ...SQL.purgeResources, values: [nowMs - TERMINATED_VISIBLE_MS, nowMs, limit] });
            const tokens = await client.query({ ...SQL.purgeTokenBatch, values: [nowMs - RETRY_TOKEN_TTL_MS, limit] });
            await client.query("COMMIT");
            return { resources: resources.rowCount ?? 0, retryTokens: tokens.rowCount ?? 0 };
          } catch (error) {
            await client.query("ROLLBACK").catch(() => undefined);
            throw asUnavailable(error);
          } finally {
            client.release();
          }
        })(),
      ),
    reset: () =>
      track(
        (async () => {
          const client = await reachable(pool.connect());
          try {
            await client.query("BEGIN");
            await client.query("DELETE FROM resources");
            await client.query("DELETE FROM retry_tokens");
            for (const sql of DELETE_SCHEDULES) await client.query(sql);
            await client.query("COMMIT");
          } catch (error) {
            await client.query("ROLLBACK").catch(() => undefined);
            throw error;
          } finally {
            client.release();
          }
        })(),
      ),
    close() {
      closed ??= (async () => {
        while (pending.size > 0) await Promise.allSettled([...pending]);
      })();
      return closed;
    },
  };
}
