import type { Volume, VolumeBackup, VolumeGroup, VolumeGroupBackup } from "@ocikit/core/types";

// Stored documents: the API models without their lifecycle state (computed on read, see lifecycle.ts).

export type VolumeDoc = Omit<Volume, "lifecycleState">;
export type VolumeGroupDoc = Omit<VolumeGroup, "lifecycleState">;
export type VolumeGroupBackupDoc = Omit<VolumeGroupBackup, "lifecycleState">;
export type VolumeBackupDoc = Omit<VolumeBackup, "lifecycleState">;
