// What every Store guarantees for backup-policy scheduling (store.ts, "Backup-policy scheduling"), run
// against the same table of stores as store-conformance.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORES, T0, testRow, type StoreHarness } from "./store-harnesses.js";
import { SlotAlreadyFiredError, type ResourceRow, type Store } from "./store.js";

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
const backupRow = (id: string): ResourceRow => testRow({ id, display_name: id, created_ms: T0, updated_ms: T0, etag: "e", doc: JSON.stringify({ id }) });

describe.each(STORES)("schedule conformance: $name", ({ create }) => {
  let harness: StoreHarness;
  let store: Store;
  beforeAll(async () => {
    harness = await create();
    store = await harness.open();
  });
  afterAll(async () => {
    await store.close();
    await harness.destroy();
  });

  it("stores, moves and deletes cursors; reads outside a transaction see committed ones", async () => {
    const a = unique("asg");
    expect(await store.transaction((tx) => tx.getScheduleCursor(a))).toBeUndefined();
    await store.transaction(async (tx) => {
      await tx.setScheduleCursor(a, T0);
      await tx.setScheduleCursor(a, T0 + 3_600_000);
      expect(await tx.getScheduleCursor(a)).toBe(T0 + 3_600_000);
    });
    expect(await store.listScheduleCursors()).toContainEqual({ assignmentId: a, throughMs: T0 + 3_600_000 });
    await store.transaction((tx) => tx.deleteScheduleCursor(a));
    expect((await store.listScheduleCursors()).some((c) => c.assignmentId === a)).toBe(false);
  });

  it("records a slot once: the second record of (assignment, period, slot) is SlotAlreadyFiredError", async () => {
    const a = unique("asg");
    const slot = { assignmentId: a, period: "ONE_HOUR", slotMs: T0, backupId: "b1" };
    await store.transaction((tx) => tx.recordSlot(slot));
    // Another period, or another time, is another slot.
    await store.transaction(async (tx) => {
      await tx.recordSlot({ ...slot, period: "ONE_DAY", backupId: "b2" });
      await tx.recordSlot({ ...slot, slotMs: T0 + 1, backupId: "b3" });
    });
    await expect(store.transaction((tx) => tx.recordSlot({ ...slot, backupId: "b4" }))).rejects.toBeInstanceOf(SlotAlreadyFiredError);
    expect((await store.listFiredSlots(a)).map((s) => s.backupId)).toEqual(["b2", "b1", "b3"]) // by slot time, then period;
  });

  it("commits a slot record with the backup it made, or neither", async () => {
    const a = unique("asg");
    const id = unique("backup");
    await expect(
      store.transaction(async (tx) => {
        await tx.insertResource(backupRow(id));
        await tx.recordSlot({ assignmentId: a, period: "ONE_DAY", slotMs: T0, backupId: id });
        await tx.setScheduleCursor(a, T0);
        throw new Error("crash before commit");
      }),
    ).rejects.toThrow("crash before commit");
    expect(await store.getResource(id)).toBeUndefined();
    expect(await store.listFiredSlots(a)).toEqual([]);
    expect((await store.listScheduleCursors()).some((c) => c.assignmentId === a)).toBe(false);
  });

  it("of two concurrent transactions recording the same slot, exactly one commits (with its backup)", async () => {
    const a = unique("asg");
    const attempt = (n: number) =>
      store.transaction(async (tx) => {
        const id = `${a}-backup-${n}`;
        if ((await tx.listFiredSlots(a)).length > 0) return "already";
        await tx.insertResource(backupRow(id));
        await tx.recordSlot({ assignmentId: a, period: "ONE_HOUR", slotMs: T0, backupId: id });
        return "fired";
      });
    const outcomes = await Promise.allSettled([attempt(1), attempt(2), attempt(3)]);
    const fired = outcomes.filter((o) => o.status === "fulfilled" && o.value === "fired");
    expect(fired).toHaveLength(1);
    const slots = await store.listFiredSlots(a);
    expect(slots).toHaveLength(1);
    const made = await Promise.all([1, 2, 3].map((n) => store.getResource(`${a}-backup-${n}`)));
    expect(made.filter((r) => r !== undefined).map((r) => r?.id)).toEqual([slots[0]?.backupId]);
  });

  it("lists due expiries soonest first, bounded, and deletes them", async () => {
    const base = T0 + 10 * 86_400_000;
    const ids = [unique("x"), unique("x"), unique("x")];
    await store.transaction(async (tx) => {
      await tx.addExpiry({ backupId: ids[0] as string, expiresMs: base + 2000 });
      await tx.addExpiry({ backupId: ids[1] as string, expiresMs: base + 1000 });
      await tx.addExpiry({ backupId: ids[2] as string, expiresMs: base + 9000 });
    });
    expect(await store.nextExpiryMs()).toBeLessThanOrEqual(base + 1000);
    const due = await store.transaction((tx) => tx.dueExpiries(base + 5000, 1000));
    const mine = due.filter((d) => ids.includes(d.backupId));
    expect(mine).toEqual([
      { backupId: ids[1], expiresMs: base + 1000 },
      { backupId: ids[0], expiresMs: base + 2000 },
    ]);
    expect(await store.transaction((tx) => tx.dueExpiries(base + 5000, 1))).toHaveLength(1);
    await store.transaction(async (tx) => {
      for (const id of ids) await tx.deleteExpiry(id);
    });
    const after = await store.transaction((tx) => tx.dueExpiries(base + 100_000, 1000));
    expect(after.filter((d) => ids.includes(d.backupId))).toEqual([]);
  });

  it("stores policies and assignments as resources", async () => {
    const policy = { ...backupRow(unique("policy")), type: "volumebackuppolicy" as const };
    const assignment = { ...backupRow(unique("assignment")), type: "volumebackuppolicyassignment" as const, parent_id: "asset-1" };
    await store.transaction(async (tx) => {
      await tx.insertResource(policy);
      await tx.insertResource(assignment);
    });
    expect(await store.getResource(policy.id)).toMatchObject({ type: "volumebackuppolicy" });
    expect(await store.transaction((tx) => tx.listChildren("asset-1", "volumebackuppolicyassignment"))).toMatchObject([{ id: assignment.id }]);
  });

  it("reset empties the scheduling tables", async () => {
    const a = unique("asg");
    await store.transaction(async (tx) => {
      await tx.setScheduleCursor(a, T0);
      await tx.recordSlot({ assignmentId: a, period: "ONE_DAY", slotMs: T0, backupId: "b" });
      await tx.addExpiry({ backupId: `${a}-b`, expiresMs: T0 });
    });
    await store.reset();
    expect(await store.listScheduleCursors()).toEqual([]);
    expect(await store.listFiredSlots(a)).toEqual([]);
    expect(await store.nextExpiryMs()).toBeUndefined();
  });
});
