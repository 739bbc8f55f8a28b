import type { Db } from "./open-database.js";

/** Resource kinds stored by the server (the OCID type segment). */
export type ResourceType =
  | "volume"
  | "volumegroup"
  | "volumegroupbackup"
  | "volumebackup"
  | "volumebackuppolicy"
  | "volumebackuppolicyassignment";

/**
 * One stored resource. `doc` is the JSON document WITHOUT `lifecycleState`; the effective state is
 * computed on read from `state`/`next_state` and the transition fields (see lifecycle.ts).
 */
export interface ResourceRow {
  seq?: number;
  id: string;
  type: ResourceType;
  tenancy_id: string;
  region: string;
  compartment_id: string;
  display_name: string;
  state: string;
  next_state: string | null;
  due_ms: number | null;
  polls_needed: number | null;
  polls: number;
  parent_id: string | null;
  created_ms: number;
  updated_ms: number;
  deleted_ms: number | null;
  etag: string;
  doc: string;
}

/** Access to stored resources. */
export interface ResourceStore {
  get(id: string): ResourceRow | undefined;
  insert(row: ResourceRow): void;
  update(row: ResourceRow): void;
  countPoll(id: string): void;
  listScope(tenancyId: string, region: string, type: ResourceType, compartmentId: string): ResourceRow[];
  listChildren(parentId: string, type: ResourceType): ResourceRow[];
  deleteAll(): void;
}

/** How many rows the read cache keeps (least recently inserted are dropped first). */
export const ROW_CACHE_SIZE = 10_000;

/**
 * Prepared statements over the `resources` table, with a read-through cache for `get` — the hot path
 * of every GET. The cache is filled only outside transactions (so it never holds uncommitted rows)
 * and every write drops the row from it, so a rolled-back transaction cannot leave stale entries.
 * Callers must not mutate rows obtained outside a transaction.
 */
export function createResourceStore(db: Db, cacheSize = ROW_CACHE_SIZE): ResourceStore {
  const cache = new Map<string, ResourceRow>();
  const get = db.prepare<[string], ResourceRow>("SELECT * FROM resources WHERE id = ?");
  const insert = db.prepare<ResourceRow>(
    `INSERT INTO resources (id, type, tenancy_id, region, compartment_id, display_name, state, next_state, due_ms,
       polls_needed, polls, parent_id, created_ms, updated_ms, deleted_ms, etag, doc)
     VALUES (@id, @type, @tenancy_id, @region, @compartment_id, @display_name, @state, @next_state, @due_ms,
       @polls_needed, @polls, @parent_id, @created_ms, @updated_ms, @deleted_ms, @etag, @doc)`,
  );
  const update = db.prepare<ResourceRow>(
    `UPDATE resources SET compartment_id = @compartment_id, display_name = @display_name, state = @state,
       next_state = @next_state, due_ms = @due_ms, polls_needed = @polls_needed, polls = @polls,
       parent_id = @parent_id, updated_ms = @updated_ms, deleted_ms = @deleted_ms, etag = @etag, doc = @doc
     WHERE id = @id`,
  );
  const countPoll = db.prepare<[string]>("UPDATE resources SET polls = polls + 1 WHERE id = ?");
  const listScope = db.prepare<[string, string, string, string], ResourceRow>(
    "SELECT * FROM resources WHERE tenancy_id = ? AND region = ? AND type = ? AND compartment_id = ?",
  );
  const listChildren = db.prepare<[string, string], ResourceRow>(
    "SELECT * FROM resources WHERE parent_id = ? AND type = ? ORDER BY seq",
  );
  const deleteAll = db.prepare("DELETE FROM resources");
  const strip = (row: ResourceRow): ResourceRow => {
    const { seq: _seq, ...rest } = row;
    return rest;
  };
  return {
    get(id) {
      if (db.inTransaction) return get.get(id);
      const cached = cache.get(id);
      if (cached !== undefined) return cached;
      const row = get.get(id);
      if (row !== undefined) {
        if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
        cache.set(id, row);
      }
      return row;
    },
    insert: (row) => {
      cache.delete(row.id);
      insert.run(strip(row));
    },
    update: (row) => {
      cache.delete(row.id);
      update.run(strip(row) as ResourceRow);
    },
    countPoll: (id) => {
      cache.delete(id);
      countPoll.run(id);
    },
    listScope: (t, r, type, c) => listScope.all(t, r, type, c),
    listChildren: (p, type) => listChildren.all(p, type),
    deleteAll: () => {
      cache.clear();
      deleteAll.run();
    },
  };
}
