// Type-level guard, checked by `pnpm --filter @ocikit/core typecheck` (not a runtime module; nothing
// imports it). If the spec stops marking one of these fields as required, or drops it, the
// regenerated schema.ts makes this file fail to compile — so a careless spec edit cannot silently
// turn a field every caller relies on into `T | undefined`.
import type {
  CreateVolumeGroupBackupDetails,
  Volume,
  VolumeBackup,
  VolumeGroup,
  VolumeGroupBackup,
} from "./aliases.js";

/** Keys of T that are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];

/** `true` when every key in K is a required key of T; otherwise names the missing ones. */
type HasRequired<T, K extends string> = [Exclude<K, RequiredKeys<T>>] extends [never]
  ? true
  : { notRequiredAnyMore: Exclude<K, RequiredKeys<T>> };

export const volumeGroupBackupRequired: HasRequired<
  VolumeGroupBackup,
  "compartmentId" | "displayName" | "id" | "lifecycleState" | "timeCreated" | "type" | "volumeBackupIds"
> = true;

export const volumeGroupRequired: HasRequired<
  VolumeGroup,
  | "availabilityDomain"
  | "compartmentId"
  | "displayName"
  | "id"
  | "lifecycleState"
  | "sizeInMBs"
  | "timeCreated"
  | "volumeIds"
> = true;

export const volumeRequired: HasRequired<
  Volume,
  "availabilityDomain" | "compartmentId" | "displayName" | "id" | "lifecycleState" | "sizeInMBs" | "timeCreated"
> = true;

export const volumeBackupRequired: HasRequired<
  VolumeBackup,
  "compartmentId" | "displayName" | "id" | "lifecycleState" | "timeCreated" | "type"
> = true;

export const createVolumeGroupBackupDetailsRequired: HasRequired<CreateVolumeGroupBackupDetails, "volumeGroupId"> =
  true;

// The seed's request and sample response must keep type-checking as they are on the wire.
export const seedRequest = {
  volumeGroupId: "elit dolor irure in consectetur",
  compartmentId: "{{compartment_ocid}}",
  definedTags: {},
  displayName: "laboris pariatur",
  freeformTags: {},
  type: "FULL",
} satisfies CreateVolumeGroupBackupDetails;

export const seedResponse = {
  id: "amet dolore ullamco",
  volumeBackupIds: ["Lorem laborum sunt", "fugiat cillum sunt"],
  displayName: "ex magna",
  compartmentId: "dolore laboris",
  timeCreated: "1980-12-26T20:45:18.630Z",
  type: "INCREMENTAL",
  lifecycleState: "FAULTY",
  definedTags: {},
  expirationTime: "1953-04-03T06:01:14.615Z",
  freeformTags: {},
  sizeInGBs: 85138526,
  sizeInMBs: -60294769,
  sourceType: "SCHEDULED",
  sourceVolumeGroupBackupId: "in exercitation ea non",
  timeRequestReceived: "2020-06-22T19:48:13.717Z",
  uniqueSizeInGbs: -64913320,
  uniqueSizeInMbs: -98004917,
  volumeGroupId: "velit non labore",
} satisfies VolumeGroupBackup;
