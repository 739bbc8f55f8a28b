/**
 * What the console reads, in the API's own shapes. Implemented over the server's store (never a copy of
 * the data), read-only, and without side effects: a console read never counts as a poll of a
 * poll-driven lifecycle.
 */

import type { ResourceType } from "../store/store.js";

/** Resource kinds the console lists (the OCID type segment): those the store holds. */
export type ConsoleResourceType = ResourceType;

/** The kinds every server has; a server with more (e.g. backup policies) names them in `extraTypes`. */
export const CONSOLE_TYPES: readonly string[] = ["volume", "volumegroup", "volumegroupbackup", "volumebackup"];

/** A tenancy the server holds resources of, with the compartments and regions in use. */
export interface ConsoleScope {
  tenancyId: string;
  /** "demo" for the demo tenancy; otherwise a trusted tenancy. */
  label?: string;
  compartments: string[];
  regions: string[];
}

export interface ConsoleListQuery {
  type: ConsoleResourceType;
  tenancyId: string;
  region: string;
  compartmentId: string;
}

/** One resource as the API returns it, with where it lives. */
export interface ConsoleResource {
  type: ConsoleResourceType;
  tenancyId: string;
  region: string;
  /** The JSON document the API's Get operation returns (lifecycleState as a caller sees it now). */
  resource: Record<string, unknown>;
}

export interface ConsoleData {
  scopes(): Promise<ConsoleScope[]>;
  /** Every resource of the scope as the API's List returns it (purged ones left out), newest first. */
  list(query: ConsoleListQuery): Promise<Record<string, unknown>[]>;
  /** One resource by OCID, whatever its tenancy or region; undefined when absent or purged. */
  get(id: string): Promise<ConsoleResource | undefined>;
}
