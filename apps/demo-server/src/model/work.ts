import { ServiceError } from "../service-error.js";
import { EtagConflictError } from "../store/store-errors.js";
import type { ResourceRow, StoreTransaction } from "../store/store.js";
import type { Caller } from "./caller.js";

/**
 * One model operation inside one store transaction. Every row it writes is written by compare-and-set
 * against the etag it was read (or last written) with, so a concurrent writer can never be overwritten
 * silently — the store enforces it, this only remembers which etag to expect.
 */
export class Work {
  // The etag each row object was read or last written with (per object, so a stale copy cannot win).
  private readonly etags = new WeakMap<ResourceRow, string>();

  constructor(
    readonly tx: StoreTransaction,
    readonly caller: Caller,
  ) {}

  /** Reads a row in the transaction (its own writes included). */
  async read(id: string): Promise<ResourceRow | undefined> {
    const row = await this.tx.getResource(id);
    if (row !== undefined) this.etags.set(row, row.etag);
    return row;
  }

  async insert(row: ResourceRow): Promise<void> {
    await this.tx.insertResource(row);
    this.etags.set(row, row.etag);
  }

  /** Writes a changed row, expecting the stored etag to be the one this unit last saw. */
  async save(row: ResourceRow): Promise<void> {
    const expected = this.etags.get(row);
    if (expected === undefined) throw new Error(`Work.save(${row.id}) without reading the row first.`);
    try {
      await this.tx.updateResource(row, expected);
    } catch (error) {
      if (error instanceof EtagConflictError) {
        throw new ServiceError(
          409,
          "Conflict",
          `The resource ${row.id} was changed by another request at the same time. Read it again and retry.`,
        );
      }
      throw error;
    }
    this.etags.set(row, row.etag);
  }

  async children(parentId: string, type: ResourceRow["type"]): Promise<ResourceRow[]> {
    const rows = await this.tx.listChildren(parentId, type);
    for (const row of rows) this.etags.set(row, row.etag);
    return rows;
  }
}
