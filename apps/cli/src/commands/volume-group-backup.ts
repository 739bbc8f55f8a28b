import type { GroupCommand, OperationCommand, WaitSpec } from "../cli/command-spec.js";
import { body, displayNameBody, force, ifMatch, jsonInputOptions, listOptions, pathId, query, tagOptions, waitOptions } from "./option-builders.js";

const STATES = ["CREATING", "COMMITTED", "AVAILABLE", "TERMINATING", "TERMINATED", "FAULTY", "REQUEST_RECEIVED"] as const;
const GET_PATH = "/volumeGroupBackups/{id}";
const ID = pathId("volume-group-backup-id", "volumeGroupBackupId", "The OCID of the volume group backup.");

function waitFor(idFrom: WaitSpec["idFrom"]): WaitSpec {
  return { model: "VolumeGroupBackup", states: STATES, getPath: GET_PATH, getOperation: "GetVolumeGroupBackup", idFrom };
}

const create: OperationCommand = {
  kind: "operation",
  name: "create",
  summary: "Create a backup of a volume group.",
  description: "Creates a new backup of the given volume group. The backup starts in REQUEST_RECEIVED or CREATING and becomes AVAILABLE.",
  examples: [
    "ocikit bv volume-group-backup create --volume-group-id ocid1.volumegroup.oc1..exampleuniqueID --type FULL --display-name nightly",
    "ocikit bv volume-group-backup create --volume-group-id $VG --wait-for-state AVAILABLE --query 'data.id' --raw-output",
  ],
  operationId: "CreateVolumeGroupBackup",
  model: "VolumeGroupBackup",
  method: "POST",
  path: "/volumeGroupBackups",
  options: [
    body("volume-group-id", "string", "The OCID of the volume group to back up.", { required: true, hint: "<OCID>" }),
    body("compartment-id", "string", "The compartment for the backup (default: the volume group's compartment).", { hint: "<OCID>" }),
    ...tagOptions(),
    displayNameBody(),
    body("type", "enum", "FULL or INCREMENTAL (default INCREMENTAL).", { choices: ["FULL", "INCREMENTAL"] }),
    ...waitOptions(STATES),
    ...jsonInputOptions(),
  ],
  wait: waitFor({ response: true }),
};

const get: OperationCommand = {
  kind: "operation",
  name: "get",
  summary: "Get a volume group backup.",
  description: "Shows the details of one volume group backup.",
  examples: [
    "ocikit bv volume-group-backup get --volume-group-backup-id ocid1.volumegroupbackup.oc1..exampleuniqueID",
    "ocikit bv volume-group-backup get --volume-group-backup-id $ID --query 'data.\"lifecycle-state\"' --raw-output",
  ],
  operationId: "GetVolumeGroupBackup",
  model: "VolumeGroupBackup",
  method: "GET",
  path: "/volumeGroupBackups/{volumeGroupBackupId}",
  options: [ID, ...jsonInputOptions()],
};

const list: OperationCommand = {
  kind: "operation",
  name: "list",
  summary: "List volume group backups in a compartment.",
  description: "Lists the volume group backups in a compartment, optionally only those of one volume group.",
  examples: [
    "ocikit bv volume-group-backup list --compartment-id ocid1.compartment.oc1..exampleuniqueID --all",
    "ocikit bv volume-group-backup list --compartment-id $C --volume-group-id $VG --sort-by TIMECREATED --query 'data[].id'",
  ],
  operationId: "ListVolumeGroupBackups",
  model: "VolumeGroupBackup",
  method: "GET",
  path: "/volumeGroupBackups",
  list: true,
  options: [
    query("compartment-id", "string", "The OCID of the compartment.", { required: true, hint: "<OCID>" }),
    query("volume-group-id", "string", "Only backups of this volume group.", { hint: "<OCID>" }),
    query("display-name", "string", "Only backups with exactly this display name.", { hint: "<TEXT>" }),
    ...listOptions(),
    ...jsonInputOptions(),
  ],
};

const update: OperationCommand = {
  kind: "operation",
  name: "update",
  summary: "Rename or retag a volume group backup.",
  description: "Updates the display name and tags of a volume group backup. Tags given here replace the existing ones.",
  examples: [
    "ocikit bv volume-group-backup update --volume-group-backup-id $ID --display-name weekly",
    "ocikit bv volume-group-backup update --volume-group-backup-id $ID --freeform-tags '{\"keep\": \"yes\"}' --force",
  ],
  operationId: "UpdateVolumeGroupBackup",
  model: "VolumeGroupBackup",
  method: "PUT",
  path: "/volumeGroupBackups/{volumeGroupBackupId}",
  options: [ID, ...tagOptions(), displayNameBody(), ifMatch(), force("replacing tags"), ...waitOptions(STATES), ...jsonInputOptions()],
  confirm: "tags",
  wait: waitFor({ option: "volume-group-backup-id" }),
};

const del: OperationCommand = {
  kind: "operation",
  name: "delete",
  summary: "Delete a volume group backup and its volume backups.",
  description: "Deletes a volume group backup together with the volume backups it contains. Asks first unless --force.",
  examples: [
    "ocikit bv volume-group-backup delete --volume-group-backup-id $ID --force",
    "ocikit bv volume-group-backup delete --volume-group-backup-id $ID --force --wait-for-state TERMINATED",
  ],
  operationId: "DeleteVolumeGroupBackup",
  method: "DELETE",
  path: "/volumeGroupBackups/{volumeGroupBackupId}",
  options: [ID, ifMatch(), force("deleting"), ...waitOptions(STATES), ...jsonInputOptions()],
  confirm: "delete",
  wait: waitFor({ option: "volume-group-backup-id" }),
};

const copy: OperationCommand = {
  kind: "operation",
  name: "copy",
  summary: "Copy a volume group backup to another region.",
  description: "Starts a copy of a volume group backup in another region and prints the new backup.",
  examples: [
    "ocikit bv volume-group-backup copy --volume-group-backup-id $ID --destination-region us-phoenix-1",
    "ocikit bv volume-group-backup copy --volume-group-backup-id $ID --destination-region eu-frankfurt-1 --display-name dr-copy",
  ],
  operationId: "CopyVolumeGroupBackup",
  model: "VolumeGroupBackup",
  method: "POST",
  path: "/volumeGroupBackups/{volumeGroupBackupId}/actions/copy",
  sendsRequestId: true,
  options: [
    ID,
    body("destination-region", "string", "The region to copy to, e.g. us-ashburn-1.", { required: true, hint: "<REGION>" }),
    displayNameBody("Display name of the copy."),
    body("kms-key-id", "string", "Vault key in the destination region (default: an Oracle-managed key).", { hint: "<OCID>" }),
    ...waitOptions(STATES),
    ...jsonInputOptions(),
  ],
  wait: waitFor({ response: true }),
};

const changeCompartment: OperationCommand = {
  kind: "operation",
  name: "change-compartment",
  summary: "Move a volume group backup to another compartment.",
  description: "Moves a volume group backup to another compartment of the same tenancy.",
  examples: ["ocikit bv volume-group-backup change-compartment --volume-group-backup-id $ID --compartment-id $TARGET"],
  operationId: "ChangeVolumeGroupBackupCompartment",
  method: "POST",
  path: "/volumeGroupBackups/{volumeGroupBackupId}/actions/changeCompartment",
  sendsRequestId: true,
  options: [ID, body("compartment-id", "string", "The OCID of the destination compartment.", { required: true, hint: "<OCID>" }), ...jsonInputOptions()],
};

/** `ocikit bv volume-group-backup …` */
export const volumeGroupBackupGroup: GroupCommand = {
  kind: "group",
  name: "volume-group-backup",
  summary: "Backups of volume groups.",
  description: "Create, list, copy and delete point-in-time backups of volume groups.",
  examples: ["ocikit bv volume-group-backup list --compartment-id $C --all"],
  children: [changeCompartment, copy, create, del, get, list, update],
};
