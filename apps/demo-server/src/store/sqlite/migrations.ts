/**
 * Schema migrations, applied in order. `PRAGMA user_version` records how many ran, so a data dir created
 * by an older server is upgraded in place on start. Never edit a released migration: append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: identity/settings, resources, retry tokens.
  `
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  CREATE TABLE resources (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    type         TEXT NOT NULL,
    tenancy_id   TEXT NOT NULL,
    region       TEXT NOT NULL,
    compartment_id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    state        TEXT NOT NULL,
    next_state   TEXT,
    due_ms       INTEGER,
    polls_needed INTEGER,
    polls        INTEGER NOT NULL DEFAULT 0,
    parent_id    TEXT,
    created_ms   INTEGER NOT NULL,
    updated_ms   INTEGER NOT NULL,
    deleted_ms   INTEGER,
    etag         TEXT NOT NULL,
    doc          TEXT NOT NULL
  );
  CREATE INDEX resources_scope ON resources (tenancy_id, region, type, compartment_id);
  CREATE INDEX resources_parent ON resources (parent_id);
  CREATE TABLE retry_tokens (
    tenancy_id   TEXT NOT NULL,
    token        TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       INTEGER NOT NULL,
    body         TEXT NOT NULL,
    etag         TEXT,
    created_ms   INTEGER NOT NULL,
    PRIMARY KEY (tenancy_id, token)
  );
  CREATE INDEX retry_tokens_age ON retry_tokens (created_ms);
  `,
  // 2: keyset pagination. One index per sort of a list scope, ending in seq (the tie-breaker), so a page
  // is an index range scan from the last key, whatever its depth. They replace the scope-only index.
  `
  CREATE INDEX resources_by_time ON resources (tenancy_id, region, type, compartment_id, created_ms, seq);
  CREATE INDEX resources_by_name ON resources (tenancy_id, region, type, compartment_id, display_name, seq);
  DROP INDEX resources_scope;
  `,
  // 3: the background purge finds deleted rows without a scan (only deleted rows are in the index).
  `
  CREATE INDEX resources_deleted ON resources (deleted_ms) WHERE deleted_ms IS NOT NULL;
  `,
  // 4: backup-policy scheduling (issue 15). A backup_slots row records that one (assignment, schedule
  // period, slot time) has fired; its primary key makes a second firing impossible, and it commits in the
  // same transaction as the backup it made. schedule_cursors: per live assignment, the server time up to
  // which every slot has been applied. backup_expiries: the scheduled backups still to expire.
  `
  CREATE TABLE backup_slots (
    assignment_id TEXT NOT NULL,
    period        TEXT NOT NULL,
    slot_ms       INTEGER NOT NULL,
    backup_id     TEXT NOT NULL,
    PRIMARY KEY (assignment_id, period, slot_ms)
  );
  CREATE TABLE schedule_cursors (
    assignment_id TEXT PRIMARY KEY,
    through_ms    INTEGER NOT NULL
  );
  CREATE TABLE backup_expiries (
    backup_id  TEXT PRIMARY KEY,
    expires_ms INTEGER NOT NULL
  );
  CREATE INDEX backup_expiries_due ON backup_expiries (expires_ms, backup_id);
  `,
];
