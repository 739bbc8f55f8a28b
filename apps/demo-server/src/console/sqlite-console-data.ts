import type { Db } from "../db/open-database.js";
import type { ResourceRow, ResourceStore } from "../db/resource-store.js";
import { render } from "../handlers/resource-helpers.js";
import { isPurged } from "../lifecycle.js";
import type { ConsoleData, ConsoleResourceType, ConsoleScope } from "./console-data.js";

const TYPES = new Set<string>(["volume", "volumegroup", "volumegroupbackup", "volumebackup"]);

/**
 * The console's reads over the SQLite state: the resource store's own queries (rendered exactly as the
 * API renders them), plus one read-only query of its own for the scopes in use, which the store does
 * not offer.
 */
export function createSqliteConsoleData(options: {
  db: Db;
  resources: ResourceStore;
  now: () => Date;
  /** The demo tenancy and compartment, listed even before anything is created. */
  demo: { tenancyId: string; compartmentId: string };
  region: string;
}): ConsoleData {
  const { db, resources, now, demo, region } = options;
  const scopeRows = db.prepare<[], { tenancy_id: string; compartment_id: string; region: string }>(
    "SELECT DISTINCT tenancy_id, compartment_id, region FROM resources",
  );
  const json = (row: ResourceRow, nowMs: number) => JSON.parse(render(row, nowMs)) as Record<string, unknown>;
  return {
    async scopes() {
      const byTenancy = new Map<string, ConsoleScope>();
      const scope = (tenancyId: string): ConsoleScope => {
        let s = byTenancy.get(tenancyId);
        if (s === undefined) {
          s = { tenancyId, compartments: [], regions: [] };
          if (tenancyId === demo.tenancyId) s.label = "demo";
          byTenancy.set(tenancyId, s);
        }
        return s;
      };
      const add = (list: string[], value: string) => {
        if (!list.includes(value)) list.push(value);
      };
      const d = scope(demo.tenancyId);
      add(d.compartments, demo.compartmentId);
      add(d.compartments, demo.tenancyId);
      add(d.regions, region);
      for (const row of scopeRows.all()) {
        const s = scope(row.tenancy_id);
        add(s.compartments, row.compartment_id);
        add(s.regions, row.region);
      }
      return [...byTenancy.values()];
    },
    async list(query) {
      const nowMs = now().getTime();
      return resources
        .listScope(query.tenancyId, query.region, query.type, query.compartmentId)
        .filter((row) => !isPurged(row, nowMs))
        .sort((a, b) => b.created_ms - a.created_ms || (b.seq ?? 0) - (a.seq ?? 0))
        .map((row) => json(row, nowMs));
    },
    async get(id) {
      const row = resources.get(id);
      const nowMs = now().getTime();
      if (row === undefined || !TYPES.has(row.type) || isPurged(row, nowMs)) return undefined;
      return { type: row.type as ConsoleResourceType, tenancyId: row.tenancy_id, region: row.region, resource: json(row, nowMs) };
    },
  };
}
