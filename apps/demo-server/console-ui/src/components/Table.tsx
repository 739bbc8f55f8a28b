import type { ComponentChildren } from "preact";
import { useMemo, useState } from "preact/hooks";

export interface TableColumn<T> {
  key: string;
  label: string;
  /** The value used to sort and filter. */
  value: (row: T) => string | number | undefined;
  /** What the cell shows (defaults to the value). */
  render?: (row: T) => ComponentChildren;
  numeric?: boolean;
}

interface Props<T> {
  caption: string;
  columns: TableColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Initial sort: column key and direction. */
  sort?: { key: string; dir: "asc" | "desc" };
  empty?: ComponentChildren;
  filterLabel?: string;
  /** Extra controls beside the filter box. */
  toolbar?: ComponentChildren;
  /** Rows past this count are not drawn (the count is still shown). */
  limit?: number;
  onRowClick?: (row: T) => void;
  selectedKey?: string | undefined;
}

/** A table whose columns sort on click (aria-sort) and whose rows filter by a text box. */
export function Table<T>(props: Props<T>) {
  const [sort, setSort] = useState(props.sort ?? { key: props.columns[0]?.key ?? "", dir: "asc" as const });
  const [filter, setFilter] = useState("");
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const col = props.columns.find((c) => c.key === sort.key);
    const rows = needle === "" ? props.rows : props.rows.filter((r) => props.columns.some((c) => String(c.value(r) ?? "").toLowerCase().includes(needle)));
    if (col === undefined) return rows;
    const sign = sort.dir === "asc" ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = col.value(a);
      const y = col.value(b);
      if (x === y) return 0;
      if (x === undefined || x === "") return 1;
      if (y === undefined || y === "") return -1;
      return (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y))) * sign;
    });
  }, [props.rows, props.columns, filter, sort]);
  const limit = props.limit ?? Number.POSITIVE_INFINITY;
  const id = `filter-${props.caption.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <div class="table-block">
      <div class="toolbar">
        <label for={id}>{props.filterLabel ?? "Filter"}</label>
        <input id={id} type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} placeholder="any column contains…" />
        {props.toolbar}
        <span class="count" aria-live="polite">
          {shown.length === props.rows.length ? `${props.rows.length} rows` : `${shown.length} of ${props.rows.length} rows`}
          {shown.length > limit ? ` (first ${limit} shown)` : ""}
        </span>
      </div>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              {props.columns.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th scope="col" aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"} class={c.numeric ? "num" : ""}>
                    <button
                      type="button"
                      class="sort"
                      onClick={() => setSort({ key: c.key, dir: active && sort.dir === "asc" ? "desc" : "asc" })}
                    >
                      {c.label}
                      <span aria-hidden="true">{active ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={props.columns.length} class="empty">
                  {props.rows.length === 0 ? (props.empty ?? "Nothing here yet.") : "No row matches the filter."}
                </td>
              </tr>
            ) : (
              shown.slice(0, limit).map((row) => {
                const key = props.rowKey(row);
                return (
                  <tr key={key} class={props.selectedKey === key ? "selected" : ""} onClick={props.onRowClick ? () => props.onRowClick?.(row) : undefined}>
                    {props.columns.map((c) => (
                      <td class={c.numeric ? "num" : ""}>{c.render ? c.render(row) : String(c.value(row) ?? "")}</td>
                    ))}
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
