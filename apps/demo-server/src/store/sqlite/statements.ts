import type { Statement } from "better-sqlite3";
import type { ListPage, ListQuery, ResourceRow, ResourceType } from "../store.js";
import { cutPage } from "../cut-page.js";
import { listSql } from "./list-sql.js";
import type { Db } from "./open-database.js";

interface TokenRow {
  request_hash: string;
  status: number;
  body: string;
  etag: string | null;
  created_ms: number;
}

/** The prepared statements of one connection (the writer, or the committed-read reader). */
export class Statements {
  readonly get: Statement<[string], ResourceRow>;
  readonly insert: Statement<ResourceRow>;
  readonly update: Statement<ResourceRow & { expected: string }>;
  readonly recordPoll: Statement<[string], ResourceRow>;
  readonly children: Statement<[string, string], ResourceRow>;
  readonly findToken: Statement<[string, string], TokenRow>;
  readonly dropExpiredToken: Statement<[string, string, number]>;
  readonly purgeTokens: Statement<[number]>;
  /** Ids of purged resources (see Store.purge): [deletedBefore, nowMs, limit]. */
  readonly purgeable: Statement<[number, number, number], { id: string }>;
  readonly deleteResource: Statement<[string]>;
  /** At most `limit` expired retry tokens: [createdBefore, limit]. */
  readonly purgeTokenBatch: Statement<[number, number]>;
  readonly saveToken: Statement<[string, string, string, number, string, string | null, number]>;
  readonly getMeta: Statement<[string], { value: string }>;
  readonly setMeta: Statement<[string, string]>;
  private readonly lists = new Map<string, Statement>();

  constructor(private readonly db: Db) {
    this.get = db.prepare("SELECT * FROM resources WHERE id = ?");
    this.insert = db.prepare(
      `INSERT INTO resources (id, type, tenancy_id, region, compartment_id, display_name, state, next_state, due_ms,
         polls_needed, polls, parent_id, created_ms, updated_ms, deleted_ms, etag, doc)
       VALUES (@id, @type, @tenancy_id, @region, @compartment_id, @display_name, @state, @next_state, @due_ms,
         @polls_needed, @polls, @parent_id, @created_ms, @updated_ms, @deleted_ms, @etag, @doc)`,
    );
    // Compare-and-set: the WHERE clause is the etag check, so no write can be lost between read and write.
    this.update = db.prepare(
      `UPDATE resources SET compartment_id = @compartment_id, display_name = @display_name, state = @state,
         next_state = @next_state, due_ms = @due_ms, polls_needed = @polls_needed, polls = @polls,
         parent_id = @parent_id, updated_ms = @updated_ms, deleted_ms = @deleted_ms, etag = @etag, doc = @doc
       WHERE id = @id AND etag = @expected`,
    );
    this.recordPoll = db.prepare("UPDATE resources SET polls = polls + 1 WHERE id = ? RETURNING *");
    this.children = db.prepare("SELECT * FROM resources WHERE parent_id = ? AND type = ? ORDER BY seq");
    this.findToken = db.prepare(
      "SELECT request_hash, status, body, etag, created_ms FROM retry_tokens WHERE tenancy_id = ? AND token = ?",
    );
    this.dropExpiredToken = db.prepare("DELETE FROM retry_tokens WHERE tenancy_id = ? AND token = ? AND created_ms <= ?");
    this.purgeTokens = db.prepare("DELETE FROM retry_tokens WHERE created_ms <= ?");
    // effectiveState(row) === "TERMINATED" in SQL: a done transition to TERMINATED, or TERMINATED at rest.
    this.purgeable = db.prepare(
      "SELECT id FROM resources WHERE deleted_ms IS NOT NULL AND deleted_ms <= ? AND (" +
        "(next_state IS NULL AND state = 'TERMINATED') OR " +
        "(next_state = 'TERMINATED' AND ((due_ms IS NOT NULL AND due_ms <= ?) OR (polls_needed IS NOT NULL AND polls >= polls_needed)))" +
        ") LIMIT ?",
    );
    this.deleteResource = db.prepare("DELETE FROM resources WHERE id = ?");
    this.purgeTokenBatch = db.prepare(
      "DELETE FROM retry_tokens WHERE rowid IN (SELECT rowid FROM retry_tokens WHERE created_ms <= ? ORDER BY created_ms LIMIT ?)",
    );
    // A plain INSERT: the primary key (tenancy_id, token) is what makes a token usable once.
    this.saveToken = db.prepare(
      "INSERT INTO retry_tokens (tenancy_id, token, request_hash, status, body, etag, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    this.getMeta = db.prepare("SELECT value FROM meta WHERE key = ?");
    this.setMeta = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  }

  /** One keyset page (statements are prepared once per query shape). */
  list(q: ListQuery): ListPage {
    const { sql, params } = listSql(q);
    let statement = this.lists.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.lists.set(sql, statement);
    }
    // Iterated, not all(): a page bounded by size stops reading rows at its bound.
    return cutPage(statement.iterate(params) as IterableIterator<ResourceRow>, q);
  }

  childrenOf(parentId: string, type: ResourceType): ResourceRow[] {
    return this.children.all(parentId, type);
  }
}
