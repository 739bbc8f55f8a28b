import { api, type Json, type ResourceDetail as Detail, type Session } from "../api";
import { JsonView } from "../components/JsonView";
import { Table } from "../components/Table";
import { Timeline } from "../components/Timeline";
import { resourceColumns } from "../components/resource-columns";
import { kindByPath, type Kind } from "../kinds";
import { BASE, type Location } from "../router";
import { usePolled } from "../use-polled";


/** Resources named by a list of OCIDs (members of a group, volume backups of a backup). */
async function loadAll(ids: unknown): Promise<Json[]> {
  if (!Array.isArray(ids)) return [];
  const found = await Promise.all(ids.map((id) => api.resource(String(id)).then((d) => d.resource, () => ({ id, displayName: "(not found)" }) as Json)));
  return found;
}

function Related({ title, kindPath, rows, query, sortKey }: { title: string; kindPath: string; rows: Json[]; query: URLSearchParams; sortKey?: string }) {
  const kind = kindByPath(kindPath) as Kind;
  return (
    <section class="related">
      <h2>{title}</h2>
      <Table caption={title} columns={resourceColumns(kind, query)} rows={rows} rowKey={(r) => String(r.id)} sort={{ key: sortKey ?? "timeCreated", dir: "desc" }} />
    </section>
  );
}

function scopeQuery(d: Detail): URLSearchParams {
  return new URLSearchParams({ tenancy: d.tenancyId, compartment: String(d.resource.compartmentId ?? ""), region: d.region });
}

/** Members, backups and timeline of the resource, each fetched from the API shapes. */
function RelatedOf({ detail }: { detail: Detail }) {
  const r = detail.resource;
  const id = String(r.id);
  const query = scopeQuery(detail);
  const inScope = { tenancyId: detail.tenancyId, region: detail.region, compartmentId: String(r.compartmentId ?? "") };
  const related = usePolled(async () => {
    if (detail.type === "volumegroup") {
      const [members, backups] = await Promise.all([loadAll(r.volumeIds), api.resources("volumegroupbackup", inScope)]);
      return { members, backups: backups.filter((b) => b.volumeGroupId === id) };
    }
    if (detail.type === "volumegroupbackup") return { members: await loadAll(r.volumeBackupIds), backups: [] as Json[] };
    if (detail.type === "volume") {
      const backups = await api.resources("volumebackup", inScope);
      return { members: [] as Json[], backups: backups.filter((b) => b.volumeId === id) };
    }
    return { members: [] as Json[], backups: [] as Json[] };
  }, `${id}|${JSON.stringify(r.volumeIds ?? r.volumeBackupIds ?? null)}`);
  const v = related.value;
  if (v === undefined) return related.error ? <p role="alert" class="error">{related.error}</p> : null;
  if (detail.type === "volumegroup") {
    return (
      <>
        <Related title="Member volumes" kindPath="volumes" rows={v.members} query={query} />
        <section class="related">
          <h2>Backup timeline</h2>
          <Timeline backups={v.backups} now={Date.now()} />
        </section>
        <Related title="Backups of this group" kindPath="volume-group-backups" rows={v.backups} query={query} />
      </>
    );
  }
  if (detail.type === "volumegroupbackup") return <Related title="Member volume backups" kindPath="volume-backups" rows={v.members} query={query} />;
  if (detail.type === "volume") return <Related title="Backups of this volume" kindPath="volume-backups" rows={v.backups} query={query} />;
  return null;
}

export function ResourceDetail({ kind, id, loc }: { kind: Kind; id: string; session: Session; loc: Location }) {
  const { value, error } = usePolled(() => api.resource(id), id);
  const back = `${BASE}/${kind.path}${loc.query.toString() === "" ? "" : `?${loc.query}`}`;
  return (
    <section>
      <nav aria-label="Breadcrumb" class="crumbs">
        <a href={back}>{kind.title}</a> <span aria-hidden="true">›</span> <span>{id}</span>
      </nav>
      {error && <p role="alert" class="error">{error}</p>}
      {value === undefined ? (
        !error && <p class="muted">Loading…</p>
      ) : (
        <>
          <h1>
            {String(value.resource.displayName ?? id)} <span class="kind-tag">{kind.singular}</span>
          </h1>
          <p class="muted">
            Tenancy <code>{value.tenancyId}</code> · region <code>{value.region}</code> · <span class={`state state-${String(value.resource.lifecycleState).toLowerCase()}`}>{String(value.resource.lifecycleState)}</span>
          </p>
          <RelatedOf detail={value} />
          <section class="related">
            <h2>As the API returns it</h2>
            <JsonView value={value.resource} label={`JSON of ${id}`} />
          </section>
        </>
      )}
    </section>
  );
}
