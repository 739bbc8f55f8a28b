import type { Db } from "../store/sqlite/open-database.js";

/** What a retry token remembers: the request it was first used for and the response given. */
export interface StoredResponse {
  requestHash: string;
  status: number;
  body: string;
  etag: string | null;
  createdMs: number;
}

/** Retry tokens live 24 hours, as in OCI. */
export const RETRY_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export interface RetryTokenStore {
  find(tenancyId: string, token: string, nowMs: number): StoredResponse | undefined;
  save(tenancyId: string, token: string, response: StoredResponse): void;
  deleteAll(): void;
}

interface Row {
  request_hash: string;
  status: number;
  body: string;
  etag: string | null;
  created_ms: number;
}

export function createRetryTokenStore(db: Db): RetryTokenStore {
  const find = db.prepare<[string, string], Row>(
    "SELECT request_hash, status, body, etag, created_ms FROM retry_tokens WHERE tenancy_id = ? AND token = ?",
  );
  const save = db.prepare<[string, string, string, number, string, string | null, number]>(
    `INSERT INTO retry_tokens (tenancy_id, token, request_hash, status, body, etag, created_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(tenancy_id, token) DO UPDATE SET request_hash = excluded.request_hash, status = excluded.status,
       body = excluded.body, etag = excluded.etag, created_ms = excluded.created_ms`,
  );
  const purge = db.prepare<[number]>("DELETE FROM retry_tokens WHERE created_ms < ?");
  const deleteAll = db.prepare("DELETE FROM retry_tokens");
  return {
    find(tenancyId, token, nowMs) {
      const row = find.get(tenancyId, token);
      if (row === undefined || row.created_ms + RETRY_TOKEN_TTL_MS <= nowMs) return undefined;
      return {
        requestHash: row.request_hash,
        status: row.status,
        body: row.body,
        etag: row.etag,
        createdMs: row.created_ms,
      };
    },
    save(tenancyId, token, r) {
      purge.run(r.createdMs - RETRY_TOKEN_TTL_MS);
      save.run(tenancyId, token, r.requestHash, r.status, r.body, r.etag, r.createdMs);
    },
    deleteAll: () => {
      deleteAll.run();
    },
  };
}
