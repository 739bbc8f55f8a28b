import type { Scope } from "../api";
import { navigate } from "../router";
import { shortOcid } from "../format";

export interface ResolvedScope {
  tenancyId: string;
  compartmentId: string;
  region: string;
}

/** The scope named in the address (tenancy, compartment, region), or the demo tenancy's first compartment. */
export function resolveScope(scopes: Scope[], query: URLSearchParams, serverRegion: string): ResolvedScope | undefined {
  const tenancy = scopes.find((s) => s.tenancyId === query.get("tenancy")) ?? scopes[0];
  if (tenancy === undefined) return undefined;
  const compartment = query.get("compartment");
  const region = query.get("region");
  return {
    tenancyId: tenancy.tenancyId,
    compartmentId: compartment !== null && compartment !== "" ? compartment : (tenancy.compartments[0] ?? tenancy.tenancyId),
    region: region !== null && region !== "" ? region : (tenancy.regions.includes(serverRegion) ? serverRegion : (tenancy.regions[0] ?? serverRegion)),
  };
}

/** Tenancy, compartment and region pickers; the choice lives in the address, so it can be bookmarked. */
export function ScopePicker({ scopes, scope }: { scopes: Scope[]; scope: ResolvedScope }) {
  const tenancy = scopes.find((s) => s.tenancyId === scope.tenancyId);
  const change = (key: string, value: string) => {
    const q = new URLSearchParams(window.location.search);
    q.set(key, value);
    if (key === "tenancy") {
      q.delete("compartment");
      q.delete("region");
    }
    navigate(`${window.location.pathname}?${q}`);
  };
  const compartments = tenancy?.compartments.includes(scope.compartmentId) ? tenancy.compartments : [scope.compartmentId, ...(tenancy?.compartments ?? [])];
  const regions = tenancy?.regions.includes(scope.region) ? tenancy.regions : [scope.region, ...(tenancy?.regions ?? [])];
  return (
    <form class="scope" aria-label="Scope" onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="scope-tenancy">Tenancy</label>
        <select id="scope-tenancy" value={scope.tenancyId} onChange={(e) => change("tenancy", (e.target as HTMLSelectElement).value)}>
          {scopes.map((s) => (
            <option value={s.tenancyId}>{`${s.label ? `${s.label}: ` : ""}${shortOcid(s.tenancyId)}`}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="scope-compartment">Compartment</label>
        <select id="scope-compartment" value={scope.compartmentId} onChange={(e) => change("compartment", (e.target as HTMLSelectElement).value)}>
          {compartments.map((c) => (
            <option value={c}>{c === scope.tenancyId ? `root: ${shortOcid(c)}` : shortOcid(c)}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="scope-region">Region</label>
        <select id="scope-region" value={scope.region} onChange={(e) => change("region", (e.target as HTMLSelectElement).value)}>
          {regions.map((r) => (
            <option value={r}>{r}</option>
          ))}
        </select>
      </div>
    </form>
  );
}
