import type { CallHandler, ReadHandler, WriteHandler } from "./api-context.js";
import { getVolumeBackupHandler, listVolumeBackupsHandler } from "./volume-backup-handlers.js";
import {
  changeVolumeBackupCompartmentHandler,
  changeVolumeCompartmentHandler,
  copyVolumeBackupHandler,
  createVolumeBackupHandler,
  deleteVolumeBackupHandler,
  receiveVolumeBackupCopyHandler,
  updateVolumeBackupHandler,
} from "./volume-backup-write-handlers.js";
import {
  changeVolumeGroupBackupCompartmentHandler,
  copyVolumeGroupBackupHandler,
  createVolumeGroupBackupHandler,
  deleteVolumeGroupBackupHandler,
  getVolumeGroupBackupHandler,
  listVolumeGroupBackupsHandler,
  receiveCopyHandler,
  updateVolumeGroupBackupHandler,
} from "./volume-group-backup-handlers.js";
import {
  changeVolumeGroupCompartmentHandler,
  createVolumeGroupHandler,
  deleteVolumeGroupHandler,
  getVolumeGroupHandler,
  listVolumeGroupsHandler,
  updateVolumeGroupHandler,
} from "./volume-group-handlers.js";
import {
  createVolumeBackupPolicyAssignmentHandler,
  deleteVolumeBackupPolicyAssignmentHandler,
  getVolumeBackupPolicyAssetAssignmentHandler,
  getVolumeBackupPolicyAssignmentHandler,
} from "./volume-backup-policy-assignment-handlers.js";
import {
  createVolumeBackupPolicyHandler,
  deleteVolumeBackupPolicyHandler,
  getVolumeBackupPolicyHandler,
  listVolumeBackupPoliciesHandler,
  updateVolumeBackupPolicyHandler,
} from "./volume-backup-policy-handlers.js";
import { createVolumeHandler, deleteVolumeHandler, getVolumeHandler, listVolumesHandler, updateVolumeHandler } from "./volume-handlers.js";

/**
 * How the dispatcher runs an operation: a read (no transaction), a write (one transaction with its
 * retry-token check and record), or a call (cross-region copy: the caller's side makes a call; the
 * service identity's delivery of it is the write `delivery`).
 */
export type OperationEntry =
  | { kind: "read"; handler: ReadHandler }
  | { kind: "write"; handler: WriteHandler }
  | { kind: "call"; handler: CallHandler; delivery: WriteHandler };

/** Every operation of the spec this server implements, by operationId. */
export const OPERATIONS: Readonly<Record<string, OperationEntry>> = {
  CreateVolume: { kind: "write", handler: createVolumeHandler },
  GetVolume: { kind: "read", handler: getVolumeHandler },
  ListVolumes: { kind: "read", handler: listVolumesHandler },
  UpdateVolume: { kind: "write", handler: updateVolumeHandler },
  DeleteVolume: { kind: "write", handler: deleteVolumeHandler },
  CreateVolumeGroup: { kind: "write", handler: createVolumeGroupHandler },
  GetVolumeGroup: { kind: "read", handler: getVolumeGroupHandler },
  ListVolumeGroups: { kind: "read", handler: listVolumeGroupsHandler },
  UpdateVolumeGroup: { kind: "write", handler: updateVolumeGroupHandler },
  DeleteVolumeGroup: { kind: "write", handler: deleteVolumeGroupHandler },
  ChangeVolumeGroupCompartment: { kind: "write", handler: changeVolumeGroupCompartmentHandler },
  CreateVolumeGroupBackup: { kind: "write", handler: createVolumeGroupBackupHandler },
  GetVolumeGroupBackup: { kind: "read", handler: getVolumeGroupBackupHandler },
  ListVolumeGroupBackups: { kind: "read", handler: listVolumeGroupBackupsHandler },
  UpdateVolumeGroupBackup: { kind: "write", handler: updateVolumeGroupBackupHandler },
  DeleteVolumeGroupBackup: { kind: "write", handler: deleteVolumeGroupBackupHandler },
  ChangeVolumeGroupBackupCompartment: { kind: "write", handler: changeVolumeGroupBackupCompartmentHandler },
  CopyVolumeGroupBackup: { kind: "call", handler: copyVolumeGroupBackupHandler, delivery: receiveCopyHandler },
  GetVolumeBackup: { kind: "read", handler: getVolumeBackupHandler },
  ListVolumeBackups: { kind: "read", handler: listVolumeBackupsHandler },
  // Issue 13: volume backup writes and the volume compartment move.
  CreateVolumeBackup: { kind: "write", handler: createVolumeBackupHandler },
  UpdateVolumeBackup: { kind: "write", handler: updateVolumeBackupHandler },
  DeleteVolumeBackup: { kind: "write", handler: deleteVolumeBackupHandler },
  ChangeVolumeBackupCompartment: { kind: "write", handler: changeVolumeBackupCompartmentHandler },
  CopyVolumeBackup: { kind: "call", handler: copyVolumeBackupHandler, delivery: receiveVolumeBackupCopyHandler },
  ChangeVolumeCompartment: { kind: "write", handler: changeVolumeCompartmentHandler },
  // Backup policies and their assignments (issue 15).
  CreateVolumeBackupPolicy: { kind: "write", handler: createVolumeBackupPolicyHandler },
  GetVolumeBackupPolicy: { kind: "read", handler: getVolumeBackupPolicyHandler },
  ListVolumeBackupPolicies: { kind: "read", handler: listVolumeBackupPoliciesHandler },
  UpdateVolumeBackupPolicy: { kind: "write", handler: updateVolumeBackupPolicyHandler },
  DeleteVolumeBackupPolicy: { kind: "write", handler: deleteVolumeBackupPolicyHandler },
  CreateVolumeBackupPolicyAssignment: { kind: "write", handler: createVolumeBackupPolicyAssignmentHandler },
  GetVolumeBackupPolicyAssignment: { kind: "read", handler: getVolumeBackupPolicyAssignmentHandler },
  GetVolumeBackupPolicyAssetAssignment: { kind: "read", handler: getVolumeBackupPolicyAssetAssignmentHandler },
  DeleteVolumeBackupPolicyAssignment: { kind: "write", handler: deleteVolumeBackupPolicyAssignmentHandler },
};
