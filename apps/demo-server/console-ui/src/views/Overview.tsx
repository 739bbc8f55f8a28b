import { useEffect, useState } from "preact/hooks";
import { api, type Session } from "../api";
import { resolveScope, ScopePicker } from "../components/ScopePicker";
import { KINDS } from "../kinds";
import { BASE, withScope, type Location } from "../router";

export function Overview({ session, loc }: { session: Session; loc: Location }) {
  const scope = resolveScope(session.scopes, loc.query, session.region);
  const kinds = KINDS.filter((k) => k.feature === undefined || session.features[k.feature]);
  const [counts, setCounts] = useState<Record<string, number>>({});
  useEffect(() => {
    if (scope === undefined) return;
    void Promise.all(kinds.map((k) => api.resources(k.type, scope).then((items) => [k.type, items.length] as const))).then((pairs) => setCounts(Object.fromEntries(pairs)));
  }, [scope?.tenancyId, scope?.compartmentId, scope?.region]);
  return (
    <section>
      <h1>Overview</h1>
      {scope && <ScopePicker scopes={session.scopes} scope={scope} />}
      <ul class="cards">
        {kinds.map((k) => (
          <li>
            <a href={withScope(`${BASE}/${k.path}`, loc.query)}>
              <span class="card-count">{counts[k.type] ?? "…"}</span>
              <span class="card-title">{k.title}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>
        See every API request and why a signature failed in <a href={`${BASE}/requests`}>Requests</a>; make the server fail on purpose in <a href={`${BASE}/faults`}>Faults</a>; read the <a href="/_ocikit/docs">API reference</a>.
      </p>
    </section>
  );
}
