import { TERMINATED_VISIBLE_MS, type ListQuery } from "../store.js";

/** The SQL of one shape of list query, and its named parameters. */
export interface ListSql {
  sql: string;
  params: Record<string, string | number>;
}

/**
 * The effective lifecycle state at @now, in SQL: the same rule as `effectiveState` (src/model/lifecycle.ts)
 * — a stored transition counts as done once its due time has passed or its polls are used up.
 */
export const EFFECTIVE_STATE_SQL =
  "(CASE WHEN next_state IS NOT NULL AND ((due_ms IS NOT NULL AND due_ms <= @now) OR " +
  "(polls_needed IS NOT NULL AND polls >= polls_needed)) THEN next_state ELSE state END)";

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Builds a keyset-paged list query. The scope columns and the sort column lead one of the indexes of
 * migration 2 (resources_by_time, resources_by_name), so SQLite walks that index from the last key and
 * stops after `limit + 1` rows: a deep page costs what the first page costs.
 */
export function listSql(q: ListQuery): ListSql {
  const column = q.sortBy === "DISPLAYNAME" ? "display_name" : "created_ms";
  const dir = q.sortOrder === "ASC" ? "ASC" : "DESC";
  const params: Record<string, string | number> = {
    tenancy: q.tenancyId,
    region: q.region,
    type: q.type,
    compartment: q.compartmentId,
    now: q.nowMs,
    purgedBefore: q.nowMs - TERMINATED_VISIBLE_MS,
    limit: q.limit + 1,
  };
  const where = [
    "tenancy_id = @tenancy AND region = @region AND type = @type AND compartment_id = @compartment",
    `NOT (deleted_ms IS NOT NULL AND deleted_ms <= @purgedBefore AND ${EFFECTIVE_STATE_SQL} = 'TERMINATED')`,
  ];
  if (q.displayName !== undefined) {
    where.push("display_name = @displayName");
    params.displayName = q.displayName;
  }
  if (q.lifecycleState !== undefined) {
    where.push(`${EFFECTIVE_STATE_SQL} = @state`);
    params.state = q.lifecycleState;
  }
  let i = 0;
  for (const [name, value] of Object.entries(q.fields ?? {})) {
    // Field names come from the model, never from a request; the check keeps them out of the SQL text anyway.
    if (!FIELD_NAME.test(name)) throw new Error(`Invalid document field name '${name}' in a list filter.`);
    where.push(`json_extract(doc, '$.${name}') = @f${i}`);
    params[`f${i}`] = value;
    i++;
  }
  if (q.after !== undefined) {
    where.push(`(${column}, seq) ${dir === "ASC" ? ">" : "<"} (@afterValue, @afterSeq)`);
    params.afterValue = q.after.value;
    params.afterSeq = q.after.seq;
  }
  const sql = `SELECT * FROM resources WHERE ${where.join(" AND ")} ORDER BY ${column} ${dir}, seq ${dir} LIMIT @limit`;
  return { sql, params };
}
