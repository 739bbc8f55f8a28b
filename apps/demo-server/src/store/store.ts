/**
 * The demo server's state, behind one asynchronous interface: the SQLite store (store/sqlite/) implements
 * it today, a PostgreSQL store can implement it next. The model layer (src/model/) is written against this
 * file only.
 *
 * Contract for every implementation (checked by store-conformance.test.ts, a table of store factories):
 * - Every method returns a Promise; nothing here is synchronous, so a networked database fits.
 * - `transaction(work)` is all-or-nothing and SERIALIZABLE: it behaves as if transactions ran one at a
 *   time. It resolves only after the commit is durable (an acknowledged write survives `kill -9`). An
 *   implementation may run `work` again after a serialization failure, so `work` must not have effects
 *   outside `tx` other than its return value.
 * - The invariants live in the database, not in process memory: a retry token is unique per
 *   (scope, token) (a constraint: the second save fails with {@link RetryTokenTakenError}); an update is a
 *   compare-and-set on the stored etag (fails with {@link EtagConflictError}); a resource id is unique.
 * - Reads outside a transaction see committed data only (never another transaction's uncommitted
 *   writes); reads inside a transaction see its own writes.
 */

/** Resource kinds stored by the server (the OCID type segment). */
export type ResourceType =
  | "volume"
  | "volumegroup"
  | "volumegroupbackup"
  | "volumebackup"
  // Issue 13: compartments the server registered (region "global"; `compartment_id` is the parent).
  | "compartment"
  | "volumebackuppolicy"
  | "volumebackuppolicyassignment";

/**
 * One stored resource, named as its columns. `doc` is the JSON document of the API model WITHOUT
 * `lifecycleState`; the state a caller sees is computed from `state`, `next_state` and the transition
 * fields (`due_ms`: server time the transition completes; `polls_needed`/`polls`: GETs it takes) — see
 * `effectiveState` in src/model/lifecycle.ts. Times are milliseconds of server time.
 */
export interface ResourceRow {
  /** Insertion order, assigned by the store (absent on rows not yet inserted). Breaks sort ties. */
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

/** What a retry token remembers: the request it was first used for and the response given. */
export interface StoredResponse {
  requestHash: string;
  status: number;
  body: string;
  etag: string | null;
  createdMs: number;
}

/** Retry tokens live 24 hours, as in OCI: after that the same token is free again. */
export const RETRY_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/** Terminated resources stay visible this long after their delete, as in OCI; lists and GETs then drop them. */
export const TERMINATED_VISIBLE_MS = 60 * 60 * 1000;

/**
 * Default bound of one list page's documents (see {@link ListQuery.maxChars}): no list builds a response
 * much larger than this, whatever the rows hold. 1000 documents of ordinary size fit.
 */
export const LIST_PAGE_MAX_CHARS = 1024 * 1024;

export type SortBy = "TIMECREATED" | "DISPLAYNAME";
export type SortOrder = "ASC" | "DESC";

/**
 * A position in a sorted list: the sort value of a row (`created_ms` for TIMECREATED, `display_name`
 * for DISPLAYNAME) and its `seq`. Page tokens carry the key of the last row of the page.
 */
export interface ListKey {
  value: number | string;
  seq: number;
}

/**
 * One page of a list, filtered, ordered and cut in the store (keyset pagination).
 * Order: by the sort value (display names compare by code point, binary), then by `seq`, both in
 * `sortOrder`. Rows are those of exactly (tenancyId, region, type, compartmentId), minus purged ones
 * (TERMINATED, `deleted_ms` + {@link TERMINATED_VISIBLE_MS} ≤ `nowMs`).
 */
export interface ListQuery {
  tenancyId: string;
  region: string;
  type: ResourceType;
  compartmentId: string;
  /** Exact display name. */
  displayName?: string;
  /** Effective lifecycle state at `nowMs` (upper case), as `effectiveState` computes it. */
  lifecycleState?: string;
  /** Exact match on top-level string fields of the document, e.g. `{ volumeGroupId: "…" }`. */
  fields?: Readonly<Record<string, string>>;
  sortBy: SortBy;
  sortOrder: SortOrder;
  /** Rows strictly after this key in the order; from the first row when absent. */
  after?: ListKey;
  /** Page size, 1–1000. */
  limit: number;
  /**
   * Characters of `doc` a page may hold, summed over its rows (default {@link LIST_PAGE_MAX_CHARS}): a
   * page stops before the row that would exceed it, with `next`, even below `limit` rows. A page always
   * holds at least one row.
   */
  maxChars?: number;
  /** Server time that decides effective states and purging. */
  nowMs: number;
}

export interface ListPage {
  rows: ResourceRow[];
  /** The key of the last row, present only when more rows follow. */
  next?: ListKey;
}

/** Reads, available both on the store (committed data) and inside a transaction (own writes included). */
export interface StoreReader extends ScheduleReader {
  /** One resource by id (any type, tenancy or region: ownership is the model's check). */
  getResource(id: string): Promise<ResourceRow | undefined>;
  listResources(query: ListQuery): Promise<ListPage>;
}

/** What a transaction can do. Rows read in it may be locked until it ends. */
export interface StoreTransaction extends StoreReader, ScheduleWriter {
  /** Inserts a new resource (`seq` is assigned; fails if the id exists). */
  insertResource(row: ResourceRow): Promise<void>;
  /**
   * Writes every column of `row` except id, type, tenancy, region, seq and created_ms — only if the
   * stored etag is still `expectedEtag` (compare-and-set); else rejects with {@link EtagConflictError}.
   */
  updateResource(row: ResourceRow, expectedEtag: string): Promise<void>;
  /** Resources of `type` whose `parent_id` is `parentId`, in insertion order. */
  listChildren(parentId: string, type: ResourceType): Promise<ResourceRow[]>;
  /** The response remembered for (scope, token), unless it is older than {@link RETRY_TOKEN_TTL_MS} at `nowMs`. */
  findRetryToken(scope: string, token: string, nowMs: number): Promise<StoredResponse | undefined>;
  /**
   * Remembers a response for (scope, token); an expired entry of the same token is replaced, and entries
   * expired at `response.createdMs` may be purged. Rejects with {@link RetryTokenTakenError} when a live
   * entry exists (a unique constraint, so concurrent first uses cannot both win).
   */
  saveRetryToken(scope: string, token: string, response: StoredResponse): Promise<void>;
  /** Server settings (identity, secrets): key/value text. */
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
}

/** The state of one demo service (one SQLite file, or one PostgreSQL database shared by replicas). */
export interface Store extends StoreReader {
  /** Runs `work` in one serializable, durable, all-or-nothing transaction; resolves with its result after commit. */
  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /**
   * Counts one GET of a resource in a poll-driven transition (`polls = polls + 1`, atomically, committed)
   * and returns the row as stored afterwards; undefined when there is no such row.
   */
  recordPoll(id: string): Promise<ResourceRow | undefined>;
  /** Deletes every resource, retry token and scheduling record (the admin reset); settings (and the clock) stay. */
  reset(): Promise<void>;
  /**
   * Deletes, in one transaction, at most `limit` purged resources (TERMINATED, deleted at least
   * {@link TERMINATED_VISIBLE_MS} before `nowMs`: invisible to every read already) and at most `limit`
   * retry tokens older than {@link RETRY_TOKEN_TTL_MS}; returns how many of each. Replicas may purge at
   * the same time (each row is deleted once).
   */
  purge(nowMs: number, limit: number): Promise<PurgeCount>;
  /** Waits for pending commits, then releases the database. */
  close(): Promise<void>;
}

/** What one {@link Store.purge} batch deleted. */
export interface PurgeCount {
  resources: number;
  retryTokens: number;
}

/** Opens a store (used by startDemoServer and by the conformance suite). */
export type StoreFactory = () => Promise<Store>;

// ── Backup-policy scheduling (issue 15) ──────────────────────────────────────────────────────────────
// Which slots of which assignment have fired, how far each assignment has been applied, and which
// scheduled backups still have to expire. The invariant that makes a slot fire exactly once is in the
// database: `recordSlot` is a plain INSERT under a unique (assignment, period, slot) constraint, run in
// the same transaction as the backup it made. `reset` deletes all of it; the server clock is `meta`.

/** How far one live assignment's schedules have been applied: every slot at or before `throughMs`. */
export interface ScheduleCursor {
  assignmentId: string;
  throughMs: number;
}

/** One fired slot: (assignment, schedule period, slot time in ms) and the backup it made. */
export interface FiredSlot {
  assignmentId: string;
  period: string;
  slotMs: number;
  backupId: string;
}

/** A scheduled backup that is deleted when `expiresMs` (server time) passes. */
export interface ScheduledExpiry {
  backupId: string;
  expiresMs: number;
}

/** Scheduling reads (committed data on the store, own writes inside a transaction). */
export interface ScheduleReader {
  /** Every cursor, by assignment id. */
  listScheduleCursors(): Promise<ScheduleCursor[]>;
  /** The soonest pending expiry, if any. */
  nextExpiryMs(): Promise<number | undefined>;
  /** The fired slots of an assignment, oldest first (diagnostics and tests). */
  listFiredSlots(assignmentId: string): Promise<FiredSlot[]>;
  /** A setting (committed): how replicas read the server clock another one advanced, in one statement. */
  getMeta(key: string): Promise<string | undefined>;
}

/** Scheduling writes (inside a transaction). */
export interface ScheduleWriter {
  getScheduleCursor(assignmentId: string): Promise<number | undefined>;
  /** Creates or moves an assignment's cursor. */
  setScheduleCursor(assignmentId: string, throughMs: number): Promise<void>;
  deleteScheduleCursor(assignmentId: string): Promise<void>;
  /**
   * Records that a slot fired. Rejects with {@link SlotAlreadyFiredError} when (assignment, period,
   * slotMs) is already recorded (a unique constraint: two replicas can never both record it).
   */
  recordSlot(slot: FiredSlot): Promise<void>;
  addExpiry(expiry: ScheduledExpiry): Promise<void>;
  /** Expiries at or before `untilMs`, soonest first (then by backup id), at most `limit`. */
  dueExpiries(untilMs: number, limit: number): Promise<ScheduledExpiry[]>;
  deleteExpiry(backupId: string): Promise<void>;
}

export { EtagConflictError, RetryTokenTakenError, SlotAlreadyFiredError, StoreError, StoreUnavailableError } from "./store-errors.js";
