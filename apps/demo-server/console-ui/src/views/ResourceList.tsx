import { useEffect, useState } from "preact/hooks";
import { api, type Json, type Session } from "../api";
import { resolveScope, ScopePicker } from "../components/ScopePicker";
import { Table } from "../components/Table";
import { resourceColumns } from "../components/resource-columns";
import type { Kind } from "../kinds";
import type { Location } from "../router";

/** Polling interval of lists, so lifecycle changes show without a reload. */
const REFRESH_MS = 2000;

export function useResources(kind: Kind, session: Session, query: URLSearchParams) {
  const scope = resolveScope(session.scopes, query, session.region);
  const [items, setItems] = useState<Json[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const key = scope === undefined ? "" : `${kind.type}|${scope.tenancyId}|${scope.compartmentId}|${scope.region}`;
  useEffect(() => {
    if (scope === undefined) return;
    let live = true;
    setItems(undefined);
    const load = () =>
      api
        .resources(kind.type, scope)
        .then((r) => live && (setItems(r), setError(undefined)))
        .catch((e: Error) => live && setError(e.message));
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [key]);
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
