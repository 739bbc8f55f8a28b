import type { components } from "./schema.js";

type Schemas = components["schemas"];

/** A point-in-time backup of a volume group (response model). @public */
export type VolumeGroupBackup = Schemas["VolumeGroupBackup"];
/** Request body of CreateVolumeGroupBackup. @public */
export type CreateVolumeGroupBackupDetails = Schemas["CreateVolumeGroupBackupDetails"];
/** Request body of UpdateVolumeGroupBackup. @public */
export type UpdateVolumeGroupBackupDetails = Schemas["UpdateVolumeGroupBackupDetails"];
/** Request body of CopyVolumeGroupBackup. @public */
export type CopyVolumeGroupBackupDetails = Schemas["CopyVolumeGroupBackupDetails"];
/** Request body of ChangeVolumeGroupBackupCompartment. @public */
export type ChangeVolumeGroupBackupCompartmentDetails = Schemas["ChangeVolumeGroupBackupCompartmentDetails"];
/** A retention period (amount and unit) of a backup. @public */
export type RetentionDuration = Schemas["RetentionDuration"];

/** A volume group (response model). @public */
export type VolumeGroup = Schemas["VolumeGroup"];
/** Request body of CreateVolumeGroup. @public */
export type CreateVolumeGroupDetails = Schemas["CreateVolumeGroupDetails"];
/** Request body of UpdateVolumeGroup. @public */
export type UpdateVolumeGroupDetails = Schemas["UpdateVolumeGroupDetails"];
/** Request body of ChangeVolumeGroupCompartment. @public */
export type ChangeVolumeGroupCompartmentDetails = Schemas["ChangeVolumeGroupCompartmentDetails"];
/** Any source of a volume group, discriminated by `type`. @public */
export type VolumeGroupSourceDetails = Schemas["VolumeGroupSourceDetails"];
/** Volume group source `type: "volumeIds"`. @public */
export type VolumeGroupSourceFromVolumesDetails = Schemas["VolumeGroupSourceFromVolumesDetails"];
/** Volume group source `type: "volumeGroupId"`. @public */
export type VolumeGroupSourceFromVolumeGroupDetails = Schemas["VolumeGroupSourceFromVolumeGroupDetails"];
/** Volume group source `type: "volumeGroupBackupId"`. @public */
export type VolumeGroupSourceFromVolumeGroupBackupDetails = Schemas["VolumeGroupSourceFromVolumeGroupBackupDetails"];
/** Volume group source `type: "volumeGroupReplicaId"`. @public */
export type VolumeGroupSourceFromVolumeGroupReplicaDetails = Schemas["VolumeGroupSourceFromVolumeGroupReplicaDetails"];
/** A replica requested for a volume group. @public */
export type VolumeGroupReplicaDetails = Schemas["VolumeGroupReplicaDetails"];
/** A replica of a volume group, as reported on the group. @public */
export type VolumeGroupReplicaInfo = Schemas["VolumeGroupReplicaInfo"];

/** A block volume (response model). @public */
export type Volume = Schemas["Volume"];
/** Request body of CreateVolume. @public */
export type CreateVolumeDetails = Schemas["CreateVolumeDetails"];
/** Request body of UpdateVolume. @public */
export type UpdateVolumeDetails = Schemas["UpdateVolumeDetails"];
/** Any source of a block volume, discriminated by `type`. @public */
export type VolumeSourceDetails = Schemas["VolumeSourceDetails"];
/** Volume source `type: "volume"`. @public */
export type VolumeSourceFromVolumeDetails = Schemas["VolumeSourceFromVolumeDetails"];
/** Volume source `type: "volumeBackup"`. @public */
export type VolumeSourceFromVolumeBackupDetails = Schemas["VolumeSourceFromVolumeBackupDetails"];
/** Volume source `type: "volumeBackupDelta"`. @public */
export type VolumeSourceFromVolumeBackupDeltaDetails = Schemas["VolumeSourceFromVolumeBackupDeltaDetails"];
/** Volume source `type: "blockVolumeReplica"`. @public */
export type VolumeSourceFromBlockVolumeReplicaDetails = Schemas["VolumeSourceFromBlockVolumeReplicaDetails"];
/** Any auto-tuning rule of a volume, discriminated by `autotuneType`. @public */
export type AutotunePolicy = Schemas["AutotunePolicy"];
/** Auto-tuning rule `autotuneType: "DETACHED_VOLUME"`. @public */
export type DetachedVolumeAutotunePolicy = Schemas["DetachedVolumeAutotunePolicy"];
/** Auto-tuning rule `autotuneType: "PERFORMANCE_BASED"`. @public */
export type PerformanceBasedAutotunePolicy = Schemas["PerformanceBasedAutotunePolicy"];
/** A replica requested for a block volume. @public */
export type BlockVolumeReplicaDetails = Schemas["BlockVolumeReplicaDetails"];
/** A replica of a block volume, as reported on the volume. @public */
export type BlockVolumeReplicaInfo = Schemas["BlockVolumeReplicaInfo"];

/** A backup of one block volume (response model). @public */
export type VolumeBackup = Schemas["VolumeBackup"];

/** A backup policy, Oracle-defined or user-defined (response model). @public */
export type VolumeBackupPolicy = Schemas["VolumeBackupPolicy"];
/** One schedule of a backup policy. @public */
export type VolumeBackupSchedule = Schemas["VolumeBackupSchedule"];
/** Request body of CreateVolumeBackupPolicy. @public */
export type CreateVolumeBackupPolicyDetails = Schemas["CreateVolumeBackupPolicyDetails"];
/** Request body of UpdateVolumeBackupPolicy. @public */
export type UpdateVolumeBackupPolicyDetails = Schemas["UpdateVolumeBackupPolicyDetails"];
/** That a backup policy applies to a volume or volume group (response model). @public */
export type VolumeBackupPolicyAssignment = Schemas["VolumeBackupPolicyAssignment"];
/** Request body of CreateVolumeBackupPolicyAssignment. @public */
export type CreateVolumeBackupPolicyAssignmentDetails = Schemas["CreateVolumeBackupPolicyAssignmentDetails"];
/** `ONE_HOUR`, `ONE_DAY`, `ONE_WEEK`, `ONE_MONTH` or `ONE_YEAR`. @public */
export type VolumeBackupSchedulePeriod = VolumeBackupSchedule["period"];
/** `STRUCTURED` or `NUMERIC_SECONDS` (the default when omitted). @public */
export type VolumeBackupScheduleOffsetType = NonNullable<VolumeBackupSchedule["offsetType"]>;
/** `UTC` or `REGIONAL_DATA_CENTER_TIME`. @public */
export type VolumeBackupScheduleTimeZone = NonNullable<VolumeBackupSchedule["timeZone"]>;
/** `MONDAY` … `SUNDAY`. @public */
export type VolumeBackupScheduleDayOfWeek = NonNullable<VolumeBackupSchedule["dayOfWeek"]>;
/** `JANUARY` … `DECEMBER`. @public */
export type VolumeBackupScheduleMonth = NonNullable<VolumeBackupSchedule["month"]>;

/** Body of every OCI error response: `{ code, message }`. @public */
export type OciErrorBody = Schemas["Error"];
/** Free-form tags: string keys to string values. @public */
export type FreeformTags = Schemas["FreeformTags"];
/** Defined tags: namespace → key → value. @public */
export type DefinedTags = Schemas["DefinedTags"];

/** Lifecycle states of a volume group backup. @public */
export type VolumeGroupBackupLifecycleState = VolumeGroupBackup["lifecycleState"];
/** `FULL` or `INCREMENTAL`. @public */
export type VolumeGroupBackupType = VolumeGroupBackup["type"];
/** `MANUAL` or `SCHEDULED`. @public */
export type VolumeGroupBackupSourceType = NonNullable<VolumeGroupBackup["sourceType"]>;
/** Unit of a retention period: `YEARS` or `DAYS`. @public */
export type RetentionTimeUnit = RetentionDuration["retentionTimeUnit"];
/** Lifecycle states of a volume group. @public */
export type VolumeGroupLifecycleState = VolumeGroup["lifecycleState"];
/** Lifecycle states of a block volume. @public */
export type VolumeLifecycleState = Volume["lifecycleState"];
/** Lifecycle states of a volume backup. @public */
export type VolumeBackupLifecycleState = VolumeBackup["lifecycleState"];
/** `FULL` or `INCREMENTAL`. @public */
export type VolumeBackupType = VolumeBackup["type"];
/** `MANUAL` or `SCHEDULED`. @public */
export type VolumeBackupSourceType = NonNullable<VolumeBackup["sourceType"]>;
/** Sort field of list operations: `TIMECREATED` or `DISPLAYNAME`. @public */
export type SortBy = components["parameters"]["SortByQuery"];
/** Sort direction of list operations: `ASC` or `DESC`. @public */
export type SortOrder = components["parameters"]["SortOrderQuery"];

/** Request body of CreateVolumeBackup. @public */
export type CreateVolumeBackupDetails = Schemas["CreateVolumeBackupDetails"];
/** Request body of UpdateVolumeBackup. @public */
export type UpdateVolumeBackupDetails = Schemas["UpdateVolumeBackupDetails"];
/** Request body of CopyVolumeBackup. @public */
export type CopyVolumeBackupDetails = Schemas["CopyVolumeBackupDetails"];
/** Request body of ChangeVolumeBackupCompartment. @public */
export type ChangeVolumeBackupCompartmentDetails = Schemas["ChangeVolumeBackupCompartmentDetails"];
/** Request body of ChangeVolumeCompartment. @public */
export type ChangeVolumeCompartmentDetails = Schemas["ChangeVolumeCompartmentDetails"];
