import type { AsyncHandler, SyncHandler } from "./api-context.js";
import { getVolumeBackup, listVolumeBackups } from "./volume-backup-handlers.js";
import {
  changeVolumeGroupBackupCompartment,
  copyVolumeGroupBackup,
  createVolumeGroupBackup,
  deleteVolumeGroupBackup,
  getVolumeGroupBackup,
  listVolumeGroupBackups,
  receiveCopy,
  updateVolumeGroupBackup,
} from "./volume-group-backup-handlers.js";
import {
  changeVolumeGroupCompartment,
  createVolumeGroup,
  deleteVolumeGroup,
  getVolumeGroup,
  listVolumeGroups,
  updateVolumeGroup,
} from "./volume-group-handlers.js";
import { createVolume, deleteVolume, getVolume, listVolumes, updateVolume } from "./volume-handlers.js";
import {
  createVolumeBackupPolicyAssignment,
  deleteVolumeBackupPolicyAssignment,
  getVolumeBackupPolicyAssetAssignment,
  getVolumeBackupPolicyAssignment,
} from "./volume-backup-policy-assignment-handlers.js";
import {
  createVolumeBackupPolicy,
  deleteVolumeBackupPolicy,
  getVolumeBackupPolicy,
  listVolumeBackupPolicies,
  updateVolumeBackupPolicy,
} from "./volume-backup-policy-handlers.js";

/** How the dispatcher runs an operation. */
export type OperationEntry =
  | { kind: "read"; handler: SyncHandler }
  | { kind: "write"; handler: SyncHandler }
  | { kind: "async"; handler: AsyncHandler; serviceHandler: SyncHandler };

/** Every operation of the spec this server implements, by operationId. */
export const OPERATIONS: Readonly<Record<string, OperationEntry>> = {
  CreateVolume: { kind: "write", handler: createVolume },
  GetVolume: { kind: "read", handler: getVolume },
  ListVolumes: { kind: "read", handler: listVolumes },
  UpdateVolume: { kind: "write", handler: updateVolume },
  DeleteVolume: { kind: "write", handler: deleteVolume },
  CreateVolumeGroup: { kind: "write", handler: createVolumeGroup },
  GetVolumeGroup: { kind: "read", handler: getVolumeGroup },
  ListVolumeGroups: { kind: "read", handler: listVolumeGroups },
  UpdateVolumeGroup: { kind: "write", handler: updateVolumeGroup },
  DeleteVolumeGroup: { kind: "write", handler: deleteVolumeGroup },
  ChangeVolumeGroupCompartment: { kind: "write", handler: changeVolumeGroupCompartment },
  CreateVolumeGroupBackup: { kind: "write", handler: createVolumeGroupBackup },
  GetVolumeGroupBackup: { kind: "read", handler: getVolumeGroupBackup },
  ListVolumeGroupBackups: { kind: "read", handler: listVolumeGroupBackups },
  UpdateVolumeGroupBackup: { kind: "write", handler: updateVolumeGroupBackup },
  DeleteVolumeGroupBackup: { kind: "write", handler: deleteVolumeGroupBackup },
  ChangeVolumeGroupBackupCompartment: { kind: "write", handler: changeVolumeGroupBackupCompartment },
  CopyVolumeGroupBackup: { kind: "async", handler: copyVolumeGroupBackup, serviceHandler: receiveCopy },
  GetVolumeBackup: { kind: "read", handler: getVolumeBackup },
  ListVolumeBackups: { kind: "read", handler: listVolumeBackups },
  CreateVolumeBackupPolicy: { kind: "write", handler: createVolumeBackupPolicy },
  GetVolumeBackupPolicy: { kind: "read", handler: getVolumeBackupPolicy },
  ListVolumeBackupPolicies: { kind: "read", handler: listVolumeBackupPolicies },
  UpdateVolumeBackupPolicy: { kind: "write", handler: updateVolumeBackupPolicy },
  DeleteVolumeBackupPolicy: { kind: "write", handler: deleteVolumeBackupPolicy },
  CreateVolumeBackupPolicyAssignment: { kind: "write", handler: createVolumeBackupPolicyAssignment },
  GetVolumeBackupPolicyAssignment: { kind: "read", handler: getVolumeBackupPolicyAssignment },
  GetVolumeBackupPolicyAssetAssignment: { kind: "read", handler: getVolumeBackupPolicyAssetAssignment },
  DeleteVolumeBackupPolicyAssignment: { kind: "write", handler: deleteVolumeBackupPolicyAssignment },
};
