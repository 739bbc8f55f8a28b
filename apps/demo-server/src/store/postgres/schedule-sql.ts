import type pg from "pg";
import { SlotAlreadyFiredError } from "../store-errors.js";
import type { ScheduleReader, ScheduleWriter } from "../store.js";

// bigint columns come back from pg as strings; the scheduler works in numbers of ms (safe up to 2^53).
const ms = (v: string | number | null): number | undefined => (v === null ? undefined : Number(v));

const UNIQUE_VIOLATION = "23505";

/** The scheduler's statements (tables of migration 1): named, so prepared once per connection. */
const SQL = {
  cursors: { name: "ocikit_sched_cursors", text: "SELECT assignment_id, through_ms FROM schedule_cursors ORDER BY assignment_id" },
  cursor: { name: "ocikit_sched_cursor", text: "SELECT through_ms FROM schedule_cursors WHERE assignment_id = $1" },
  setCursor: {
    name: "ocikit_sched_set_cursor",
    text: "INSERT INTO schedule_cursors (assignment_id, through_ms) VALUES ($1, $2) ON CONFLICT (assignment_id) DO UPDATE SET through_ms = excluded.through_ms",
  },
  deleteCursor: { name: "ocikit_sched_delete_cursor", text: "DELETE FROM schedule_cursors WHERE assignment_id = $1" },
  // A plain INSERT: the primary key (assignment_id, period, slot_ms) is what makes a slot fire once,
  // whichever replica evaluates the schedule.
  recordSlot: {
    name: "ocikit_sched_record_slot",
    text: "INSERT INTO backup_slots (assignment_id, period, slot_ms, backup_id) VALUES ($1, $2, $3, $4)",
  },
  slotsOf: { name: "ocikit_sched_slots_of", text: "SELECT * FROM backup_slots WHERE assignment_id = $1 ORDER BY slot_ms, period" },
  addExpiry: { name: "ocikit_sched_add_expiry", text: "INSERT INTO backup_expiries (backup_id, expires_ms) VALUES ($1, $2)" },
  dueExpiries: {
    name: "ocikit_sched_due_expiries",
    text: "SELECT backup_id, expires_ms FROM backup_expiries WHERE expires_ms <= $1 ORDER BY expires_ms, backup_id LIMIT $2",
  },
  deleteExpiry: { name: "ocikit_sched_delete_expiry", text: "DELETE FROM backup_expiries WHERE backup_id = $1" },
  nextExpiry: { name: "ocikit_sched_next_expiry", text: "SELECT min(expires_ms) AS m FROM backup_expiries" },
  getMeta: { name: "ocikit_sched_get_meta", text: "SELECT value FROM meta WHERE key = $1" },
} as const;

type Queryable = Pick<pg.Pool | pg.PoolClient, "query">;

/** Scheduling reads on a pool (committed data) or a transaction's client. */
export function scheduleReaderOn(db: Queryable): ScheduleReader {
  return {
    async listScheduleCursors() {
      const { rows } = await db.query<{ assignment_id: string; through_ms: string }>(SQL.cursors);
      return rows.map((r) => ({ assignmentId: r.assignment_id, throughMs: Number(r.through_ms) }));
    },
    async nextExpiryMs() {
      return ms((await db.query<{ m: string | null }>(SQL.nextExpiry)).rows[0]?.m ?? null);
    },
    async listFiredSlots(assignmentId) {
      const { rows } = await db.query<{ assignment_id: string; period: string; slot_ms: string; backup_id: string }>({
        ...SQL.slotsOf,
        values: [assignmentId],
      });
      return rows.map((r) => ({ assignmentId: r.assignment_id, period: r.period, slotMs: Number(r.slot_ms), backupId: r.backup_id }));
    },
    async getMeta(key) {
      return (await db.query<{ value: string }>({ ...SQL.getMeta, values: [key] })).rows[0]?.value;
    },
  };
}

/** Scheduling writes on a transaction's client. */
export function scheduleWriterOn(client: pg.PoolClient): ScheduleWriter {
  return {
    async getScheduleCursor(assignmentId) {
      return ms((await client.query<{ through_ms: string }>({ ...SQL.cursor, values: [assignmentId] })).rows[0]?.through_ms ?? null);
    },
    async setScheduleCursor(assignmentId, throughMs) {
      await client.query({ ...SQL.setCursor, values: [assignmentId, throughMs] });
    },
    async deleteScheduleCursor(assignmentId) {
      await client.query({ ...SQL.deleteCursor, values: [assignmentId] });
    },
    async recordSlot(slot) {
      try {
        await client.query({ ...SQL.recordSlot, values: [slot.assignmentId, slot.period, slot.slotMs, slot.backupId] });
      } catch (error) {
        // The transaction is aborted now: the whole pass rolls back, backups included.
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new SlotAlreadyFiredError(slot.assignmentId, slot.period, slot.slotMs);
        throw error;
      }
    },
    async addExpiry({ backupId, expiresMs }) {
      await client.query({ ...SQL.addExpiry, values: [backupId, expiresMs] });
    },
    async dueExpiries(untilMs, limit) {
      const { rows } = await client.query<{ backup_id: string; expires_ms: string }>({ ...SQL.dueExpiries, values: [untilMs, limit] });
      return rows.map((r) => ({ backupId: r.backup_id, expiresMs: Number(r.expires_ms) }));
    },
    async deleteExpiry(backupId) {
      await client.query({ ...SQL.deleteExpiry, values: [backupId] });
    },
  };
}

/** Statements of the admin reset for the scheduler's tables. */
export const DELETE_SCHEDULES = ["DELETE FROM backup_slots", "DELETE FROM schedule_cursors", "DELETE FROM backup_expiries"];
