/**
 * The PostgreSQL schema, as versioned migrations applied in order by {@link migrate} (migrate.ts), each
 * exactly once per database even when several replicas start at the same moment. Never edit a released
 * migration: append a new one. The tables mirror the SQLite store's (store/sqlite/migrations.ts) with the
 * same column names, plus the state that SQLite keeps in process memory but replicas must share.
 *
 * Invariants are constraints here, not process memory:
 * - a resource id exists once (UNIQUE);
 * - a retry token is remembered once per (scope, token) (PRIMARY KEY): of two replicas saving the same
 *   token at once, the second fails and replays the first one's answer;
 * - an update is a compare-and-set on `etag` (the store's UPDATE … WHERE etag = $expected; see
 *   postgres-store.ts), so of two updates with the same if-match exactly one matches a row;
 * - a schedule slot fires once (PRIMARY KEY (assignment_id, period, slot_ms) of backup_slots).
 * The server clock's offset, like the identity and the secrets, is a row of `meta`.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  // 1: settings, resources (with the keyset-pagination indexes), retry tokens, the shared state of
  // replicas (trusted keys, fault rules) and backup-policy schedule slots.
  `
  CREATE TABLE meta (
    key   text PRIMARY KEY,
    value text NOT NULL
  );
  CREATE TABLE resources (
    seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id             text NOT NULL UNIQUE,
    type           text NOT NULL CHECK (type IN ('volume', 'volumegroup', 'volumegroupbackup', 'volumebackup')),
    tenancy_id     text NOT NULL,
    region         text NOT NULL,
    compartment_id text NOT NULL,
    -- Binary (code point) order, as SQLite compares text: the same list order on both stores.
    display_name   text COLLATE "C" NOT NULL,
    state          text NOT NULL,
    next_state     text,
    due_ms         bigint,
    polls_needed   integer,
    polls          integer NOT NULL DEFAULT 0 CHECK (polls >= 0),
    parent_id      text,
    created_ms     bigint NOT NULL,
    updated_ms     bigint NOT NULL,
    deleted_ms     bigint,
    etag           text NOT NULL,
    -- The document as text, not jsonb: it is returned byte for byte as stored (key order included).
    doc            text NOT NULL
  );
  CREATE INDEX resources_by_time ON resources (tenancy_id, region, type, compartment_id, created_ms, seq);
  CREATE INDEX resources_by_name ON resources (tenancy_id, region, type, compartment_id, display_name, seq);
  CREATE INDEX resources_parent ON resources (parent_id, type, seq);
  CREATE TABLE retry_tokens (
    scope        text NOT NULL,
    token        text NOT NULL,
    request_hash text NOT NULL,
    status       integer NOT NULL,
    body         text NOT NULL,
    etag         text,
    created_ms   bigint NOT NULL,
    PRIMARY KEY (scope, token)
  );
  CREATE INDEX retry_tokens_age ON retry_tokens (created_ms);
  CREATE TABLE trusted_keys (
    key_id         text PRIMARY KEY,
    tenancy_id     text NOT NULL,
    user_id        text NOT NULL,
    public_key_pem text NOT NULL,
    service        boolean NOT NULL DEFAULT false,
    added_ms       bigint NOT NULL
  );
  CREATE TABLE fault_rules (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule       text NOT NULL,
    seen       integer NOT NULL DEFAULT 0,
    applied    integer NOT NULL DEFAULT 0,
    created_ms bigint NOT NULL
  );
  -- Backup-policy scheduling (mirrors the SQLite tables of the policies work): a backup_slots row records
  -- that one (assignment, schedule period, slot time) has fired, in the same transaction as the backup it
  -- made; its primary key makes a second firing impossible, whichever replica evaluates the schedule.
  CREATE TABLE backup_slots (
    assignment_id text NOT NULL,
    period        text NOT NULL,
    slot_ms       bigint NOT NULL,
    backup_id     text NOT NULL,
    PRIMARY KEY (assignment_id, period, slot_ms)
  );
  CREATE TABLE schedule_cursors (
    assignment_id text PRIMARY KEY,
    through_ms    bigint NOT NULL
  );
  CREATE TABLE backup_expiries (
    backup_id  text PRIMARY KEY,
    expires_ms bigint NOT NULL
  );
  CREATE INDEX backup_expiries_due ON backup_expiries (expires_ms, backup_id);
  `,
  // 2: the background purge (Store.purge) finds deleted rows without a scan (only deleted rows are in the index).
  `
  CREATE INDEX resources_deleted ON resources (deleted_ms) WHERE deleted_ms IS NOT NULL;
  `,
  // 3 (issue 13): compartments the server registered are resources too (region 'global').
  `
  ALTER TABLE resources DROP CONSTRAINT resources_type_check;
  ALTER TABLE resources ADD CONSTRAINT resources_type_check
    CHECK (type IN ('volume', 'volumegroup', 'volumegroupbackup', 'volumebackup', 'compartment'));
  `,
  // 4: backup policies and their assignments are resources too (issue 15).
  `
  ALTER TABLE resources DROP CONSTRAINT resources_type_check;
  ALTER TABLE resources ADD CONSTRAINT resources_type_check CHECK (type IN ('volume', 'volumegroup', 'volumegroupbackup',
    'volumebackup', 'compartment', 'volumebackuppolicy', 'volumebackuppolicyassignment'));
  `,
];
