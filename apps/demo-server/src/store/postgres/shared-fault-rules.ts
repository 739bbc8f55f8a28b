import type pg from "pg";
import type { FaultRules } from "../../admin/fault-rules.js";
import { asUnavailable, reachable } from "./unavailable.js";
import { decideFault, type ActiveFaultRule, type FaultDecision, type FaultRule } from "../../admin/fault-injector.js";

interface RuleRow {
  id: number;
  rule: string;
  seen: number;
  applied: number;
}

const toActive = (row: RuleRow): ActiveFaultRule => ({ ...(JSON.parse(row.rule) as FaultRule), id: row.id, seen: row.seen, applied: row.applied });

/**
 * Fault rules kept in PostgreSQL, so a rule posted to any replica's admin API acts on requests to every
 * replica, and its `nth` / `count` counters count requests across all of them. Nothing is cached: each
 * decision reads the table (one indexed query that finds nothing in the common case, no rules).
 *
 * Isolation: READ COMMITTED with row locks. When rules exist, a decision locks them
 * (`SELECT … FOR UPDATE`) for its read-count-write, so concurrent requests on different replicas count
 * one after another and a `count: 1` rule fires exactly once.
 */
export class SharedFaultRules implements FaultRules {
  constructor(
    private readonly pool: pg.Pool,
    private readonly random: () => number = Math.random,
    private readonly now: () => number = Date.now,
  ) {}

  async add(rule: FaultRule): Promise<ActiveFaultRule> {
    const { rows } = await this.pool.query<RuleRow>({
      name: "ocikit_fault_add",
      text: "INSERT INTO fault_rules (rule, created_ms) VALUES ($1, $2) RETURNING id, rule, seen, applied",
      values: [JSON.stringify(rule), this.now()],
    });
    return toActive(rows[0] as RuleRow);
  }

  async list(): Promise<ActiveFaultRule[]> {
    const { rows } = await this.pool.query<RuleRow>({ name: "ocikit_fault_list", text: "SELECT id, rule, seen, applied FROM fault_rules ORDER BY id" });
    return rows.map(toActive);
  }

  async remove(id: number): Promise<boolean> {
    const { rowCount } = await this.pool.query({ name: "ocikit_fault_remove", text: "DELETE FROM fault_rules WHERE id = $1", values: [id] });
    return rowCount === 1;
  }

  async clear(): Promise<void> {
    await this.pool.query("DELETE FROM fault_rules");
  }

  async decide(operationId: string): Promise<FaultDecision | undefined> {
    // Fast path without a transaction: most of the time there are no rules at all.
    const { rows: any } = await reachable(this.pool.query({ name: "ocikit_fault_any", text: "SELECT 1 FROM fault_rules LIMIT 1" }));
    if (any.length === 0) return undefined;
    const client = await reachable(this.pool.connect());
    try {
      await client.query("BEGIN");
      const { rows } = await client.query<RuleRow>({
        name: "ocikit_fault_lock",
        text: "SELECT id, rule, seen, applied FROM fault_rules ORDER BY id FOR UPDATE",
      });
      const rules = rows.map(toActive);
      const decision = decideFault(rules, operationId, this.random);
      for (const [i, rule] of rules.entries()) {
        const before = rows[i] as RuleRow;
        if (rule.seen === before.seen && rule.applied === before.applied) continue;
        await client.query({
          name: "ocikit_fault_count",
          text: "UPDATE fault_rules SET seen = $2, applied = $3 WHERE id = $1",
          values: [rule.id, rule.seen, rule.applied],
        });
      }
      await client.query("COMMIT");
      return decision;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw asUnavailable(error);
    } finally {
      client.release();
    }
  }
}
