import { render } from "../handlers/render.js";
import { isPurged } from "../model/lifecycle.js";
import { resolveSort } from "../model/reads.js";
import type { ListKey, ResourceRow, Store } from "../store/store.js";
import { CONSOLE_TYPES, type ConsoleData, type ConsoleResourceType, type ConsoleScope } from "./console-data.js";

/** Most rows one console list shows (the newest); the API's own pages are at most 1000. */
export const CONSOLE_LIST_MAX = 5000;
const PAGE = 1000;

/** Options of {@link createStoreConsoleData}. */
export interface StoreConsoleDataOptions {
  store: Store;
  /** The server clock: decides effective lifecycle states and purging, as for the API. */
  now: () => Date;
  /** The demo tenancy and compartment, offered even before anything is created in them. */
  demo: { tenancyId: string; compartmentId: string };
  /** The server's own region. */
  region: string;
  /** Kinds beyond {@link CONSOLE_TYPES} that the store holds (e.g. "volumebackuppolicy"). */
  extraTypes?: readonly string[];
}

const json = (row: ResourceRow, nowMs: number) => JSON.parse(render(row, nowMs)) as Record<string, unknown>;

/**
 * The console's reads, through the {@link Store} interface only — so the console shows the same on
 * SQLite and on PostgreSQL (where another replica may have written a moment ago). Resources are rendered
 * exactly as the API renders them; nothing here writes, so a console read never counts as a poll.
 */
export function createStoreConsoleData(options: StoreConsoleDataOptions): ConsoleData {
  const { store, now, demo, region } = options;
  const types = new Set([...CONSOLE_TYPES, ...(options.extraTypes ?? [])]);
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
      for (const place of await store.listScopes()) {
        const s = scope(place.tenancyId);
        add(s.compartments, place.compartmentId);
        add(s.regions, place.region);
      }
      return [...byTenancy.values()];
    },
    async list(query) {
      const nowMs = now().getTime();
      const items: Record<string, unknown>[] = [];
      let after: ListKey | undefined;
      do {
        const page = await store.listResources({
          tenancyId: query.tenancyId,
          region: query.region,
          type: query.type,
          compartmentId: query.compartmentId,
          ...resolveSort({}),
          ...(after !== undefined ? { after } : {}),
          limit: Math.min(PAGE, CONSOLE_LIST_MAX - items.length),
          nowMs,
        });
        for (const row of page.rows) items.push(json(row, nowMs));
        after = page.next;
      } while (after !== undefined && items.length < CONSOLE_LIST_MAX);
      return items;
    },
    async get(id) {
      const row = await store.getResource(id);
      const nowMs = now().getTime();
      if (row === undefined || !types.has(row.type) || isPurged(row, nowMs)) return undefined;
      return { type: row.type as ConsoleResourceType, tenancyId: row.tenancy_id, region: row.region, resource: json(row, nowMs) };
    },
  };
}
