import { LIST_PAGE_MAX_CHARS, TERMINATED_VISIBLE_MS, type ListQuery } from "../store.js";

/** The SQL of one shape of list query and its positional parameters. */
export interface PostgresListSql {
  /** Same text for the same shape of query: the name of its prepared statement derives from it. */
  text: string;
  values: Array<string | number>;
}

/** The columns of a resource row besides `seq`, in the order of the store's INSERT. */
export const RESOURCE_COLUMNS =
  "id, type, tenancy_id, region, compartment_id, display_name, state, next_state, due_ms, polls_needed, polls, parent_id, created_ms, updated_ms, deleted_ms, etag, doc";

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * The effective lifecycle state at `now`, in SQL: the rule of `effectiveState` (the model's lifecycle) —
 * a stored transition counts as done once its due time has passed or its polls are used up.
 */
function effectiveState(now: string): string {
  return (
    `(CASE WHEN next_state IS NOT NULL AND ((due_ms IS NOT NULL AND due_ms <= ${now}) OR ` +
    "(polls_needed IS NOT NULL AND polls >= polls_needed)) THEN next_state ELSE state END)"
  );
}

/**
 * Builds a keyset-paged list query (the PostgreSQL twin of the SQLite store's list-sql.ts). The equality
 * on the scope columns and the row comparison `(sort column, seq) > / < (last key)` match the indexes
 * resources_by_time and resources_by_name, so a deep page is an index range scan like the first one.
 * `display_name` has the "C" collation: code-point order, as in SQLite.
 */
export function postgresListSql(q: ListQuery): PostgresListSql {
  const column = q.sortBy === "DISPLAYNAME" ? "display_name" : "created_ms";
  const dir = q.sortOrder === "ASC" ? "ASC" : "DESC";
  const values: Array<string | number> = [q.tenancyId, q.region, q.type, q.compartmentId, q.nowMs, q.nowMs - TERMINATED_VISIBLE_MS];
  const param = (value: string | number) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where = [
    "tenancy_id = $1 AND region = $2 AND type = $3 AND compartment_id = $4",
    `NOT (deleted_ms IS NOT NULL AND deleted_ms <= $6 AND ${effectiveState("$5")} = 'TERMINATED')`,
  ];
  if (q.displayName !== undefined) where.push(`display_name = ${param(q.displayName)}`);
  if (q.lifecycleState !== undefined) where.push(`${effectiveState("$5")} = ${param(q.lifecycleState)}`);
  for (const [name, value] of Object.entries(q.fields ?? {})) {
    // Field names come from the model, never from a request; the check keeps them out of the SQL text anyway.
    if (!FIELD_NAME.test(name)) throw new Error(`Invalid document field name '${name}' in a list filter.`);
    where.push(`(doc::json ->> '${name}') = ${param(value)}`);
  }
  if (q.after !== undefined) {
    const value = q.sortBy === "DISPLAYNAME" ? `${param(String(q.after.value))}::text` : `${param(Number(q.after.value))}::bigint`;
    where.push(`(${column}, seq) ${dir === "ASC" ? ">" : "<"} (${value}, ${param(q.after.seq)}::bigint)`);
  }
  const limit = param(q.limit + 1);
  const maxChars = param(q.maxChars ?? LIST_PAGE_MAX_CHARS);
  // Rows only while the documents before them fit the page's size bound, plus the first row past it
  // (and always two rows), which tells cutPage that more follow: large documents beyond the page are
  // never sent. length() counts code points, never more than the UTF-16 units cutPage counts, so no row
  // that cutPage keeps or looks ahead to is left out.
  const order = `ORDER BY ${column} ${dir}, seq ${dir}`;
  const text =
    `SELECT seq, ${RESOURCE_COLUMNS} FROM (SELECT *, SUM(length(doc)) OVER w - length(doc) AS chars_before, ROW_NUMBER() OVER w AS n ` +
    `FROM resources WHERE ${where.join(" AND ")} WINDOW w AS (${order} ROWS UNBOUNDED PRECEDING) ${order} LIMIT ${limit}) page ` +
    `WHERE n <= 2 OR chars_before <= ${maxChars}::bigint ${order}`;
  return { text, values };
}
