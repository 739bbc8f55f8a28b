import type { Db } from "./open-database.js";

/** One live assignment's scheduling position. */
export interface ScheduleCursor {
  assignmentId: string;
  /** Every slot at or before this server time (epoch ms) has been applied. */
  throughMs: number;
}

/** The scheduler's tables (migration 2): fired slots, cursors, pending expiries. */
export interface ScheduleStore {
  cursors(): ScheduleCursor[];
  cursor(assignmentId: string): ScheduleCursor | undefined;
  setCursor(assignmentId: string, throughMs: number): void;
  deleteCursor(assignmentId: string): void;
  /** Records that a slot fired; throws (UNIQUE constraint) if it already did. */
  recordSlot(assignmentId: string, period: string, slotMs: number, backupId: string): void;
  /** How many slots have fired (diagnostics and tests). */
  countSlots(): number;
  addExpiry(backupId: string, expiresMs: number): void;
  /** Backups whose expiry is at or before `nowMs`, soonest first, at most `limit`. */
  dueExpiries(nowMs: number, limit: number): Array<{ backupId: string; expiresMs: number }>;
  deleteExpiry(backupId: string): void;
  nextExpiryMs(): number | undefined;
  deleteAll(): void;
}

export function createScheduleStore(db: Db): ScheduleStore {
  const cursors = db.prepare<[], { assignment_id: string; through_ms: number }>("SELECT assignment_id, through_ms FROM schedule_cursors ORDER BY assignment_id");
  const cursor = db.prepare<[string], { through_ms: number }>("SELECT through_ms FROM schedule_cursors WHERE assignment_id = ?");
  const setCursor = db.prepare<[string, number]>(
    "INSERT INTO schedule_cursors (assignment_id, through_ms) VALUES (?, ?) ON CONFLICT(assignment_id) DO UPDATE SET through_ms = excluded.through_ms",
  );
  const deleteCursor = db.prepare<[string]>("DELETE FROM schedule_cursors WHERE assignment_id = ?");
  const recordSlot = db.prepare<[string, string, number, string]>("INSERT INTO backup_slots (assignment_id, period, slot_ms, backup_id) VALUES (?, ?, ?, ?)");
  const countSlots = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM backup_slots");
  const addExpiry = db.prepare<[string, number]>("INSERT INTO backup_expiries (backup_id, expires_ms) VALUES (?, ?)");
  const dueExpiries = db.prepare<[number, number], { backup_id: string; expires_ms: number }>(
    "SELECT backup_id, expires_ms FROM backup_expiries WHERE expires_ms <= ? ORDER BY expires_ms, backup_id LIMIT ?",
  );
  const deleteExpiry = db.prepare<[string]>("DELETE FROM backup_expiries WHERE backup_id = ?");
  const nextExpiry = db.prepare<[], { m: number | null }>("SELECT min(expires_ms) AS m FROM backup_expiries");
  return {
    cursors: () => cursors.all().map((r) => ({ assignmentId: r.assignment_id, throughMs: r.through_ms })),
    cursor: (assignmentId) => {
      const row = cursor.get(assignmentId);
      return row === undefined ? undefined : { assignmentId, throughMs: row.through_ms };
    },
    setCursor: (assignmentId, throughMs) => void setCursor.run(assignmentId, throughMs),
    deleteCursor: (assignmentId) => void deleteCursor.run(assignmentId),
    recordSlot: (assignmentId, period, slotMs, backupId) => void recordSlot.run(assignmentId, period, slotMs, backupId),
    countSlots: () => countSlots.get()?.n ?? 0,
    addExpiry: (backupId, expiresMs) => void addExpiry.run(backupId, expiresMs),
    dueExpiries: (nowMs, limit) => dueExpiries.all(nowMs, limit).map((r) => ({ backupId: r.backup_id, expiresMs: r.expires_ms })),
    deleteExpiry: (backupId) => void deleteExpiry.run(backupId),
    nextExpiryMs: () => nextExpiry.get()?.m ?? undefined,
    deleteAll: () => {
      db.exec("DELETE FROM backup_slots; DELETE FROM schedule_cursors; DELETE FROM backup_expiries;");
    },
  };
}
