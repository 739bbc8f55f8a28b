import type { ResourceRow } from "../store.js";

/** How many rows the read cache keeps (least recently inserted are dropped first). */
export const ROW_CACHE_SIZE = 10_000;

/**
 * Committed rows by id. Reads outside transactions get the shared row: callers must not mutate them
 * (the model only changes rows it read inside a transaction, and those get a copy).
 */
export class RowCache {
  private readonly rows = new Map<string, ResourceRow>();

  constructor(private readonly capacity: number) {}

  get(id: string): ResourceRow | undefined {
    return this.rows.get(id);
  }

  set(id: string, row: ResourceRow): void {
    if (this.rows.size >= this.capacity) this.rows.delete(this.rows.keys().next().value as string);
    this.rows.set(id, row);
  }

  delete(id: string): void {
    this.rows.delete(id);
  }

  clear(): void {
    this.rows.clear();
  }
}
