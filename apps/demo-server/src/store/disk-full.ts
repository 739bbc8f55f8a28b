/**
 * True for the errors a full disk raises, whichever part hit it: SQLite (`SQLITE_FULL`), the file
 * system (`ENOSPC`, `EDQUOT`: quota), PostgreSQL (SQLSTATE 53100 disk_full).
 */
export function isDiskFull(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === "SQLITE_FULL" || code === "ENOSPC" || code === "EDQUOT" || code === "53100";
}

/** What the server answers (500 InternalServerError) when a write failed for a full disk. */
export const DISK_FULL_MESSAGE =
  "The request failed: the demo server's disk is full. Free space on the disk of its data directory (or of its PostgreSQL database), then retry.";
