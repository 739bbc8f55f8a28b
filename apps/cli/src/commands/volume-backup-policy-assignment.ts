import type { GroupCommand, OperationCommand } from "../cli/command-spec.js";
import { body, force, ifMatch, jsonInputOptions, pathId, query } from "./option-builders.js";

const ID = pathId("policy-assignment-id", "policyAssignmentId", "The OCID of the volume backup policy assignment.");

const create: OperationCommand = {
  kind: "operation",
  name: "create",
  summary: "Assign a backup policy to a volume or volume group.",
  description: "Assigns a backup policy to a volume or a volume group. An asset has one policy: a new assignment replaces the previous one.",
  examples: ["ocikit bv volume-backup-policy-assignment create --asset-id $VG --policy-id $POLICY"],
  operationId: "CreateVolumeBackupPolicyAssignment",
  model: "VolumeBackupPolicyAssignment",
  method: "POST",
  path: "/volumeBackupPolicyAssignments",
  options: [
    body("asset-id", "string", "The OCID of the volume or volume group.", { required: true, hint: "<OCID>" }),
    body("policy-id", "string", "The OCID of the backup policy.", { required: true, hint: "<OCID>" }),
    body("xrc-kms-key-id", "string", "Vault key in the destination region for cross-region copies.", { hint: "<OCID>" }),
    ...jsonInputOptions(),
  ],
};

const get: OperationCommand = {
  kind: "operation",
  name: "get",
  summary: "Get a backup policy assignment.",
  description: "Shows one backup policy assignment.",
  examples: ["ocikit bv volume-backup-policy-assignment get --policy-assignment-id $PA"],
  operationId: "GetVolumeBackupPolicyAssignment",
  model: "VolumeBackupPolicyAssignment",
  method: "GET",
  path: "/volumeBackupPolicyAssignments/{policyAssignmentId}",
  options: [ID, ...jsonInputOptions()],
};

const getAsset: OperationCommand = {
  kind: "operation",
  name: "get-volume-backup-policy-asset-assignment",
  summary: "Get the backup policy assignment of a volume or volume group.",
  description: "Lists the assignment of the given asset: at most one item, none when the asset has no policy.",
  examples: ["ocikit bv volume-backup-policy-assignment get-volume-backup-policy-asset-assignment --asset-id $VG --query 'data[0].\"policy-id\"'"],
  operationId: "GetVolumeBackupPolicyAssetAssignment",
  model: "VolumeBackupPolicyAssignment",
  method: "GET",
  path: "/volumeBackupPolicyAssignments",
  list: true,
  options: [
    query("asset-id", "string", "The OCID of the volume or volume group.", { required: true, hint: "<OCID>" }),
    query("limit", "int", "Maximum number of items to return.", { hint: "<N>" }),
    query("page", "string", "The opc-next-page value from a previous call.", { hint: "<TOKEN>" }),
    ...jsonInputOptions(),
  ],
};

const del: OperationCommand = {
  kind: "operation",
  name: "delete",
  summary: "Remove a backup policy assignment.",
  description: "Unassigns the policy from its asset; backups it made stay until they expire. Asks first unless --force.",
  examples: ["ocikit bv volume-backup-policy-assignment delete --policy-assignment-id $PA --force"],
  operationId: "DeleteVolumeBackupPolicyAssignment",
  method: "DELETE",
  path: "/volumeBackupPolicyAssignments/{policyAssignmentId}",
  options: [ID, ifMatch(), force("deleting"), ...jsonInputOptions()],
  confirm: "delete",
};

/** `ocikit bv volume-backup-policy-assignment …` */
export const volumeBackupPolicyAssignmentGroup: GroupCommand = {
  kind: "group",
  name: "volume-backup-policy-assignment",
  summary: "Which backup policy a volume or volume group has.",
  description: "Assign a backup policy to a volume or volume group, read an asset's assignment, or remove it.",
  examples: ["ocikit bv volume-backup-policy-assignment get-volume-backup-policy-asset-assignment --asset-id $VG"],
  children: [create, del, get, getAsset],
};
