import type { ActiveFaultRule, FaultDecision, FaultRule } from "./fault-rule.js";

/** A value, or a promise of it: in-memory implementations answer at once, shared ones after a query. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Where the admin API's fault rules live: this process's memory ({@link FaultInjector}, one SQLite server)
 * or the database shared by replicas (store/postgres/shared-fault-rules.ts). Callers `await` every method.
 */
export interface FaultRules {
  add(rule: FaultRule): MaybePromise<ActiveFaultRule>;
  list(): MaybePromise<ActiveFaultRule[]>;
  remove(id: number): MaybePromise<boolean>;
  clear(): MaybePromise<void>;
  /** Counts the request on the rules of its operation and returns the fault to apply, if any. */
  decide(operationId: string): MaybePromise<FaultDecision | undefined>;
}
