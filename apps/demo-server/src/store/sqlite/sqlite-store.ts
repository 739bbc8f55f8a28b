import Database from "better-sqlite3";
import { RETRY_TOKEN_TTL_MS, TERMINATED_VISIBLE_MS, type ResourceRow, type Store, type StoreTransaction } from "../store.js";
import { EtagConflictError, RetryTokenTakenError } from "../store-errors.js";
import { openDatabase, type Db } from "./open-database.js";
import { RowCache, ROW_CACHE_SIZE } from "./row-cache.js";
import { DELETE_SCHEDULES_SQL, ScheduleStatements } from "./schedule-statements.js";
import { Statements } from "./statements.js";
import { WriteBatcher } from "./write-batcher.js";

/** Options of {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** The state file (created and migrated when needed). */
  file: string;
  /** Rows kept by the read cache of committed rows; default {@link ROW_CACHE_SIZE}. */
  cacheSize?: number;
  /** Largest number of transactions committed together; default 256. */
  maxBatch?: number;
}

function withoutSeq(row: ResourceRow): ResourceRow {
  const { seq: _seq, ...rest } = row;
  return rest;
}

function isPrimaryKeyViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/**
 * The SQLite store: one writer connection, on which every transaction runs (group-committed by
 * {@link WriteBatcher}, WAL, synchronous=FULL), and one read-only connection for reads outside
 * transactions — in WAL mode it sees only committed data, even while a batch is open. Reads by id go
 * through a cache of committed rows (the hot path of every GET), dropped for every row a batch wrote as
 * soon as the batch ends.
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  const writer = openDatabase(options.file);
  let reader: Db;
  try {
    reader = new Database(options.file, { readonly: true });
    reader.pragma("busy_timeout = 5000");
  } catch (error) {
    writer.close();
    throw error;
  }
  const w = new Statements(writer);
  const r = new Statements(reader);
  const ws = new ScheduleStatements(writer);
  const rs = new ScheduleStatements(reader);
  const cache = new RowCache(options.cacheSize ?? ROW_CACHE_SIZE);
  const written = new Set<string>();
  const batcher = new WriteBatcher(writer, options.maxBatch, () => {
    for (const id of written) cache.delete(id);
    written.clear();
  });

  const tx: StoreTransaction = {
    ...ws.reader(),
    ...ws.writer(),
    // A row this batch has not written is the committed one: served from the read cache (a copy, since
    // a transaction may change the row it read), and cached when read here.
    async getResource(id) {
      const mine = written.has(id);
      const cached = mine ? undefined : cache.get(id);
      if (cached !== undefined) return { ...cached };
      const row = w.get.get(id);
      if (row !== undefined && !mine) cache.set(id, { ...row });
      return row;
    },
    listResources: async (q) => w.list(q),
    async insertResource(row) {
      written.add(row.id);
      w.insert.run(withoutSeq(row));
    },
    async updateResource(row, expectedEtag) {
      written.add(row.id);
      const { changes } = w.update.run({ ...withoutSeq(row), expected: expectedEtag });
      if (changes !== 1) throw new EtagConflictError(row.id);
    },
    listChildren: async (parentId, type) => w.childrenOf(parentId, type),
    async findRetryToken(scope, token, nowMs) {
      const row = w.findToken.get(scope, token);
      if (row === undefined || row.created_ms + RETRY_TOKEN_TTL_MS <= nowMs) return undefined;
      return { requestHash: row.request_hash, status: row.status, body: row.body, etag: row.etag, createdMs: row.created_ms };
    },
    async saveRetryToken(scope, token, response) {
      const expiredAt = response.createdMs - RETRY_TOKEN_TTL_MS;
      w.purgeTokens.run(expiredAt);
      w.dropExpiredToken.run(scope, token, expiredAt);
      try {
        w.saveToken.run(scope, token, response.requestHash, response.status, response.body, response.etag, response.createdMs);
      } catch (error) {
        if (isPrimaryKeyViolation(error)) throw new RetryTokenTakenError();
        throw error;
      }
    },
    getMeta: async (key) => w.getMeta.get(key)?.value,
    async setMeta(key, value) {
      w.setMeta.run(key, value);
    },
  };

  let closed: Promise<void> | undefined;
  return {
    async getResource(id) {
      const cached = cache.get(id);
      if (cached !== undefined) return cached;
      const row = r.get.get(id);
      if (row !== undefined) cache.set(id, row);
      return row;
    },
    listResources: async (q) => r.list(q),
    ...rs.reader(),
    listScopes: async () => r.scopes.all(),
    transaction: (work) => batcher.run(() => work(tx)),
    recordPoll: (id) =>
      batcher.run(async () => {
        written.add(id);
        return w.recordPoll.get(id);
      }),
    purge: (nowMs, limit) =>
      batcher.run(async () => {
        const ids = w.purgeable.all(nowMs - TERMINATED_VISIBLE_MS, nowMs, limit).map((r) => r.id);
        for (const id of ids) {
          w.deleteResource.run(id);
          written.add(id);
        }
        const retryTokens = w.purgeTokenBatch.run(nowMs - RETRY_TOKEN_TTL_MS, limit).changes;
        return { resources: ids.length, retryTokens };
      }),
    reset: () =>
      batcher.run(async () => {
        writer.exec(`DELETE FROM resources; DELETE FROM retry_tokens; ${DELETE_SCHEDULES_SQL}`);
        cache.clear();
      }),
    close() {
      closed ??= batcher.drain().then(() => {
        reader.close();
        writer.close();
      });
      return closed;
    },
  };
}
