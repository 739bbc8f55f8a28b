import type { Statement } from "better-sqlite3";
import { SlotAlreadyFiredError } from "../store-errors.js";
import type { FiredSlot, ScheduleReader, ScheduleWriter } from "../store.js";
import type { Db } from "./open-database.js";

interface SlotRow {
  assignment_id: string;
  period: string;
  slot_ms: number;
  backup_id: string;
}

/** The scheduler's tables on one connection (migration 4): fired slots, cursors, pending expiries. */
export class ScheduleStatements {
  private readonly cursors: Statement<[], { assignment_id: string; through_ms: number }>;
  private readonly cursor: Statement<[string], { through_ms: number }>;
  private readonly setCursor: Statement<[string, number]>;
  private readonly deleteCursor: Statement<[string]>;
  private readonly recordSlot: Statement<[string, string, number, string]>;
  private readonly slotsOf: Statement<[string], SlotRow>;
  private readonly addExpiry: Statement<[string, number]>;
  private readonly dueExpiries: Statement<[number, number], { backup_id: string; expires_ms: number }>;
  private readonly deleteExpiry: Statement<[string]>;
  private readonly nextExpiry: Statement<[], { m: number | null }>;
  private readonly getMeta: Statement<[string], { value: string }>;

  constructor(db: Db) {
    this.cursors = db.prepare("SELECT assignment_id, through_ms FROM schedule_cursors ORDER BY assignment_id");
    this.cursor = db.prepare("SELECT through_ms FROM schedule_cursors WHERE assignment_id = ?");
    this.setCursor = db.prepare(
      "INSERT INTO schedule_cursors (assignment_id, through_ms) VALUES (?, ?) ON CONFLICT(assignment_id) DO UPDATE SET through_ms = excluded.through_ms",
    );
    this.deleteCursor = db.prepare("DELETE FROM schedule_cursors WHERE assignment_id = ?");
    // A plain INSERT: the primary key (assignment_id, period, slot_ms) is what makes a slot fire once.
    this.recordSlot = db.prepare("INSERT INTO backup_slots (assignment_id, period, slot_ms, backup_id) VALUES (?, ?, ?, ?)");
    this.slotsOf = db.prepare("SELECT * FROM backup_slots WHERE assignment_id = ? ORDER BY slot_ms, period");
    this.addExpiry = db.prepare("INSERT INTO backup_expiries (backup_id, expires_ms) VALUES (?, ?)");
    this.dueExpiries = db.prepare(
      "SELECT backup_id, expires_ms FROM backup_expiries WHERE expires_ms <= ? ORDER BY expires_ms, backup_id LIMIT ?",
    );
    this.deleteExpiry = db.prepare("DELETE FROM backup_expiries WHERE backup_id = ?");
    this.nextExpiry = db.prepare("SELECT min(expires_ms) AS m FROM backup_expiries");
    this.getMeta = db.prepare("SELECT value FROM meta WHERE key = ?");
  }

  reader(): ScheduleReader {
    return {
      listScheduleCursors: async () => this.cursors.all().map((r) => ({ assignmentId: r.assignment_id, throughMs: r.through_ms })),
      nextExpiryMs: async () => this.nextExpiry.get()?.m ?? undefined,
      listFiredSlots: async (assignmentId) =>
        this.slotsOf.all(assignmentId).map((r) => ({ assignmentId: r.assignment_id, period: r.period, slotMs: r.slot_ms, backupId: r.backup_id })),
      getMeta: async (key) => this.getMeta.get(key)?.value,
    };
  }

  writer(): ScheduleWriter {
    return {
      getScheduleCursor: async (assignmentId) => this.cursor.get(assignmentId)?.through_ms,
      setScheduleCursor: async (assignmentId, throughMs) => void this.setCursor.run(assignmentId, throughMs),
      deleteScheduleCursor: async (assignmentId) => void this.deleteCursor.run(assignmentId),
      recordSlot: async (slot: FiredSlot) => {
        try {
          this.recordSlot.run(slot.assignmentId, slot.period, slot.slotMs, slot.backupId);
        } catch (error) {
          if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
            throw new SlotAlreadyFiredError(slot.assignmentId, slot.period, slot.slotMs);
          }
          throw error;
        }
      },
      addExpiry: async ({ backupId, expiresMs }) => void this.addExpiry.run(backupId, expiresMs),
      dueExpiries: async (untilMs, limit) =>
        this.dueExpiries.all(untilMs, limit).map((r) => ({ backupId: r.backup_id, expiresMs: r.expires_ms })),
      deleteExpiry: async (backupId) => void this.deleteExpiry.run(backupId),
    };
  }
}

/** Empties the scheduler's tables (the admin reset). */
export const DELETE_SCHEDULES_SQL = "DELETE FROM backup_slots; DELETE FROM schedule_cursors; DELETE FROM backup_expiries;";
