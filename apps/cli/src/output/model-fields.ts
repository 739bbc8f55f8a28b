/**
 * Every field of the models the CLI prints, from spec/core-services.yaml. The OCI CLI prints all attributes
 * of a model, `null` when the service sent none, so scripts may rely on a key being present.
 */
export const MODEL_FIELDS = {
  VolumeGroupBackup: [
    "compartmentId", "definedTags", "displayName", "expirationTime", "freeformTags", "id", "lifecycleState", "sizeInMBs",
    "sizeInGBs", "sourceType", "timeCreated", "timeRequestReceived", "type", "uniqueSizeInMbs", "uniqueSizeInGbs",
    "volumeBackupIds", "volumeGroupId", "sourceVolumeGroupBackupId", "timeRetentionExpiresAt", "retentionPeriod",
    "isPreventDeletionEnabled", "isRetentionLockEnabled", "isIndefiniteRetentionEnabled",
  ],
  VolumeGroup: [
    "availabilityDomain", "compartmentId", "definedTags", "displayName", "freeformTags", "id", "lifecycleState", "sizeInMBs",
    "sizeInGBs", "sourceDetails", "timeCreated", "volumeIds", "isHydrated", "volumeGroupReplicas",
  ],
  Volume: [
    "availabilityDomain", "compartmentId", "definedTags", "freeformTags", "systemTags", "displayName", "id", "isHydrated",
    "kmsKeyId", "lifecycleState", "vpusPerGB", "clusterPlacementGroupId", "sizeInGBs", "sizeInMBs", "sourceDetails",
    "timeCreated", "volumeGroupId", "isAutoTuneEnabled", "autoTunedVpusPerGB", "blockVolumeReplicas", "autotunePolicies",
    "isReservationsEnabled",
  ],
  VolumeBackup: [
    "compartmentId", "definedTags", "systemTags", "displayName", "expirationTime", "freeformTags", "id", "kmsKeyId",
    "lifecycleState", "sizeInGBs", "sizeInMBs", "sourceType", "sourceVolumeBackupId", "timeCreated", "timeRequestReceived",
    "type", "uniqueSizeInGBs", "uniqueSizeInMbs", "volumeId", "timeRetentionExpiresAt", "retentionPeriod",
    "isPreventDeletionEnabled", "isRetentionLockEnabled", "isIndefiniteRetentionEnabled", "volumeGroupBackupId",
  ],
  VolumeBackupPolicy: ["displayName", "id", "schedules", "destinationRegion", "timeCreated", "compartmentId", "definedTags", "freeformTags"],
  VolumeBackupPolicyAssignment: ["assetId", "id", "policyId", "timeCreated", "xrcKmsKeyId"],
} as const satisfies Record<string, readonly string[]>;

/** A model the CLI prints. */
export type ModelName = keyof typeof MODEL_FIELDS;

/** Adds the model's absent fields as `null` to a resource, or to each resource of a list. */
export function withAllFields(value: unknown, model: ModelName | undefined): unknown {
  if (model === undefined) return value;
  if (Array.isArray(value)) return value.map((item) => withAllFields(item, model));
  if (value === null || typeof value !== "object") return value;
  const complete: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of MODEL_FIELDS[model]) if (!(field in complete)) complete[field] = null;
  return complete;
}
