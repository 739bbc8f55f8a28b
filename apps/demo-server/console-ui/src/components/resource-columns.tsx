import type { Json } from "../api";
import { formatTime, shortOcid } from "../format";
import { kindOfOcid, type Column, type Kind } from "../kinds";
import { BASE, withScope } from "../router";
import type { TableColumn } from "./Table";

export function OcidLink({ id, query }: { id: string; query?: URLSearchParams }) {
  const kind = kindOfOcid(id);
  if (kind === undefined) return <span title={id}>{shortOcid(id)}</span>;
  const href = `${BASE}/${kind.path}/${id}`;
  return (
    <a href={query ? withScope(href, query) : href} title={id}>
      {shortOcid(id)}
    </a>
  );
}

function valueOf(row: Json, c: Column): string | number | undefined {
  const v = row[c.key];
  if (c.kind === "count") return Array.isArray(v) ? v.length : undefined;
  if (c.kind === "time") return typeof v === "string" ? Date.parse(v) : undefined;
  if (typeof v === "number" || typeof v === "string") return v;
  return v === undefined || v === null ? undefined : JSON.stringify(v);
}

/** Table columns of a resource kind; the name links to the resource's page. */
export function resourceColumns(kind: Kind, query: URLSearchParams): TableColumn<Json>[] {
  return kind.columns.map((c) => ({
    key: c.key,
    label: c.label,
    numeric: c.kind === "number" || c.kind === "count",
    value: (row) => valueOf(row, c),
    render: (row) => {
      const v = row[c.key];
      if (c.key === "displayName") {
        return (
          <a href={withScope(`${BASE}/${kind.path}/${String(row.id)}`, query)} title={String(row.id)}>
            {String(v ?? row.id)}
          </a>
        );
      }
      if (c.kind === "state") return <span class={`state state-${String(v).toLowerCase()}`}>{String(v ?? "")}</span>;
      if (c.kind === "time") return formatTime(v);
      if (c.kind === "ocid") return typeof v === "string" ? <OcidLink id={v} query={query} /> : "";
      if (c.kind === "count") return Array.isArray(v) ? String(v.length) : "";
      return v === undefined || v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
    },
  }));
}
