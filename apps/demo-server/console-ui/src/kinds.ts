import type { Json } from "./api";

/** A column of a resource table: the API field, its heading, and how to show it. */
export interface Column {
  key: string;
  label: string;
  kind?: "text" | "time" | "number" | "state" | "ocid" | "count";
}

/** A resource kind the console shows: its address, its OCID type, and its table columns. */
export interface Kind {
  /** Address segment under /_ocikit/console/. */
  path: string;
  /** OCID type segment (ocid1.<type>.…) and the console API's type. */
  type: string;
  title: string;
  singular: string;
  columns: Column[];
  /** Shown only when the server has this feature. */
  feature?: "policies";
}

const name: Column = { key: "displayName", label: "Name" };
const state: Column = { key: "lifecycleState", label: "State", kind: "state" };
const created: Column = { key: "timeCreated", label: "Created", kind: "time" };

export const KINDS: Kind[] = [
  {
    path: "volumes",
    type: "volume",
    title: "Volumes",
    singular: "Volume",
    columns: [name, state, { key: "sizeInGBs", label: "Size (GB)", kind: "number" }, { key: "availabilityDomain", label: "Availability domain" }, { key: "volumeGroupId", label: "Volume group", kind: "ocid" }, created],
  },
  {
    path: "volume-groups",
    type: "volumegroup",
    title: "Volume groups",
    singular: "Volume group",
    columns: [name, state, { key: "sizeInGBs", label: "Size (GB)", kind: "number" }, { key: "volumeIds", label: "Volumes", kind: "count" }, { key: "availabilityDomain", label: "Availability domain" }, created],
  },
  {
    path: "volume-group-backups",
    type: "volumegroupbackup",
    title: "Volume group backups",
    singular: "Volume group backup",
    columns: [name, state, { key: "type", label: "Type" }, { key: "sourceType", label: "Source" }, { key: "sizeInGBs", label: "Size (GB)", kind: "number" }, { key: "uniqueSizeInGbs", label: "Unique (GB)", kind: "number" }, { key: "volumeBackupIds", label: "Volume backups", kind: "count" }, { key: "volumeGroupId", label: "Volume group", kind: "ocid" }, created, { key: "expirationTime", label: "Expires", kind: "time" }],
  },
  {
    path: "volume-backups",
    type: "volumebackup",
    title: "Volume backups",
    singular: "Volume backup",
    columns: [name, state, { key: "type", label: "Type" }, { key: "sourceType", label: "Source" }, { key: "sizeInGBs", label: "Size (GB)", kind: "number" }, { key: "uniqueSizeInGBs", label: "Unique (GB)", kind: "number" }, { key: "volumeId", label: "Volume", kind: "ocid" }, created, { key: "expirationTime", label: "Expires", kind: "time" }],
  },
  {
    path: "volume-backup-policies",
    type: "volumebackuppolicy",
    title: "Backup policies",
    singular: "Backup policy",
    feature: "policies",
    columns: [name, { key: "schedules", label: "Schedules", kind: "count" }, { key: "destinationRegion", label: "Copies to" }, created],
  },
];

export function kindByPath(path: string): Kind | undefined {
  return KINDS.find((k) => k.path === path);
}

/** The kind an OCID belongs to (from its type segment), if the console has a page for it. */
export function kindOfOcid(id: string): Kind | undefined {
  const m = /^ocid1\.([a-z0-9]+)\./.exec(id);
  return m === null ? undefined : KINDS.find((k) => k.type === m[1]);
}

export function isOcid(value: unknown): value is string {
  return typeof value === "string" && /^ocid1\.[a-z0-9]+\.[a-z0-9-]*\.[a-z0-9-]*\.[A-Za-z0-9._-]+$/.test(value);
}

export function field(row: Json, key: string): unknown {
  return row[key];
}
