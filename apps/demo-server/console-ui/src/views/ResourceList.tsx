import { api, type Json, type Session } from "../api";
import { resolveScope, ScopePicker } from "../components/ScopePicker";
import { Table } from "../components/Table";
import { resourceColumns } from "../components/resource-columns";
import type { Kind } from "../kinds";
import type { Location } from "../router";
import { usePolled } from "../use-polled";

export function useResources(kind: Kind, session: Session, query: URLSearchParams) {
  const scope = resolveScope(session.scopes, query, session.region);
  const key = scope === undefined ? "" : `${kind.type}|${scope.tenancyId}|${scope.compartmentId}|${scope.region}`;
  const { value: items, error } = usePolled<Json[]>(() => api.resources(kind.type, scope as NonNullable<typeof scope>), key, scope !== undefined);
  return { scope, items, error };
}

export function ResourceList({ kind, session, loc }: { kind: Kind; session: Session; loc: Location }) {
  const { scope, items, error } = useResources(kind, session, loc.query);
  if (kind.feature === "policies" && !session.features.policies) {
    return (
      <section>
        <h1>{kind.title}</h1>
        <p class="notice">This demo server has no backup policies yet. They appear here once the server supports them.</p>
      </section>
    );
  }
  return (
    <section>
      <h1>{kind.title}</h1>
      {scope && <ScopePicker scopes={session.scopes} scope={scope} />}
      {error && <p role="alert" class="error">{error}</p>}
      {items === undefined ? (
        <p class="muted">Loading…</p>
      ) : (
        <Table caption={kind.title} columns={resourceColumns(kind, loc.query)} rows={items} rowKey={(r) => String(r.id)} sort={{ key: "timeCreated", dir: "desc" }} empty={`No ${kind.title.toLowerCase()} in this compartment and region.`} />
      )}
    </section>
  );
}
