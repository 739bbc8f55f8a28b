import type { GroupCommand, OperationCommand, WaitSpec } from "../cli/command-spec.js";
import { body, displayNameBody, force, ifMatch, jsonInputOptions, listOptions, pathId, query, tagOptions, waitOptions } from "./option-builders.js";

const STATES = ["PROVISIONING", "AVAILABLE", "TERMINATING", "TERMINATED", "FAULTY", "UPDATE_PENDING"] as const;
const ID = pathId("volume-group-id", "volumeGroupId", "The OCID of the volume group.");

function waitFor(idFrom: WaitSpec["idFrom"]): WaitSpec {
  return { model: "VolumeGroup", states: STATES, getPath: "/volumeGroups/{id}", getOperation: "GetVolumeGroup", idFrom };
}

const SOURCE_SAMPLE = { type: "volumeGroupBackupId", volumeGroupBackupId: "string" };
const REPLICAS_SAMPLE = [{ availabilityDomain: "string", displayName: "string", xrrKmsKeyId: "string" }];

const create: OperationCommand = {
  kind: "operation",
  name: "create",
  summary: "Create a volume group from volumes, another group or a backup.",
  description:
    "Creates a volume group. --source-details picks the source: {\"type\":\"volumeIds\",\"volumeIds\":[…]}, {\"type\":\"volumeGroupId\",\"volumeGroupId\":\"…\"} or {\"type\":\"volumeGroupBackupId\",\"volumeGroupBackupId\":\"…\"} (restore).",
  examples: [
    "ocikit bv volume-group create --availability-domain Uocm:PHX-AD-1 --compartment-id $C --source-details '{\"type\":\"volumeIds\",\"volumeIds\":[\"'$V1'\"]}'",
    "ocikit bv volume-group create --availability-domain Uocm:PHX-AD-1 --compartment-id $C --source-details '{\"type\":\"volumeGroupBackupId\",\"volumeGroupBackupId\":\"'$B'\"}' --wait-for-state AVAILABLE",
  ],
  operationId: "CreateVolumeGroup",
  model: "VolumeGroup",
  method: "POST",
  path: "/volumeGroups",
  options: [
    body("availability-domain", "string", "Availability domain of the group, e.g. Uocm:PHX-AD-1.", { required: true, hint: "<AD>" }),
    body("compartment-id", "string", "The OCID of the compartment.", { required: true, hint: "<OCID>" }),
    body("source-details", "json", "Where the group comes from (JSON, see above).", { required: true, hint: "<JSON>", sample: SOURCE_SAMPLE }),
    body("backup-policy-id", "string", "Backup policy to assign.", { hint: "<OCID>" }),
    ...tagOptions(),
    displayNameBody(),
    body("volume-group-replicas", "json", "Replicas to enable (JSON array).", { hint: "<JSON>", sample: REPLICAS_SAMPLE }),
    body("cluster-placement-group-id", "string", "Cluster placement group.", { hint: "<OCID>" }),
    body("xrc-kms-key-id", "string", "Vault key for cross-region clones and backups.", { hint: "<OCID>" }),
    ...waitOptions(STATES),
    ...jsonInputOptions(),
  ],
  wait: waitFor({ response: true }),
};

const get: OperationCommand = {
  kind: "operation",
  name: "get",
  summary: "Get a volume group.",
  description: "Shows the details of one volume group.",
  examples: ["ocikit bv volume-group get --volume-group-id ocid1.volumegroup.oc1..exampleuniqueID"],
  operationId: "GetVolumeGroup",
  model: "VolumeGroup",
  method: "GET",
  path: "/volumeGroups/{volumeGroupId}",
  options: [ID, ...jsonInputOptions()],
};

const list: OperationCommand = {
  kind: "operation",
  name: "list",
  summary: "List volume groups in a compartment.",
  description: "Lists the volume groups in a compartment, optionally filtered by availability domain, name or state.",
  examples: [
    "ocikit bv volume-group list --compartment-id $C --all",
    "ocikit bv volume-group list --compartment-id $C --lifecycle-state AVAILABLE --output table",
  ],
  operationId: "ListVolumeGroups",
  model: "VolumeGroup",
  method: "GET",
  path: "/volumeGroups",
  list: true,
  options: [
    query("compartment-id", "string", "The OCID of the compartment.", { required: true, hint: "<OCID>" }),
    query("availability-domain", "string", "Only groups in this availability domain.", { hint: "<AD>" }),
    query("display-name", "string", "Only groups with exactly this display name.", { hint: "<TEXT>" }),
    query("lifecycle-state", "enum", "Only groups in this state.", { choices: STATES }),
    ...listOptions(),
    ...jsonInputOptions(),
  ],
};

const update: OperationCommand = {
  kind: "operation",
  name: "update",
  summary: "Rename, retag or change the members of a volume group.",
  description: "Updates a volume group. Tags and --volume-ids given here replace the existing values.",
  examples: [
    "ocikit bv volume-group update --volume-group-id $VG --display-name app-data",
    "ocikit bv volume-group update --volume-group-id $VG --volume-ids '[\"'$V1'\",\"'$V2'\"]' --force",
  ],
  operationId: "UpdateVolumeGroup",
  model: "VolumeGroup",
  method: "PUT",
  path: "/volumeGroups/{volumeGroupId}",
  options: [
    ID,
    ...tagOptions(),
    displayNameBody(),
    body("volume-ids", "json", "The complete new list of member volume OCIDs (JSON array).", { hint: "<JSON>", sample: ["string", "string"] }),
    body("volume-group-replicas", "json", "Desired replicas (JSON array).", { hint: "<JSON>", sample: REPLICAS_SAMPLE }),
    ifMatch(),
    query("preserve-volume-replica", "bool", "Keep volume replicas when volumes leave the group (default true).", { hint: "<BOOLEAN>" }),
    force("replacing tags or members"),
    ...waitOptions(STATES),
    ...jsonInputOptions(),
  ],
  confirm: "tags",
  wait: waitFor({ option: "volume-group-id" }),
};

const del: OperationCommand = {
  kind: "operation",
  name: "delete",
  summary: "Delete a volume group (the volumes stay).",
  description: "Deletes a volume group; its member volumes are not deleted. Asks first unless --force.",
  examples: ["ocikit bv volume-group delete --volume-group-id $VG --force --wait-for-state TERMINATED"],
  operationId: "DeleteVolumeGroup",
  method: "DELETE",
  path: "/volumeGroups/{volumeGroupId}",
  options: [ID, ifMatch(), force("deleting"), ...waitOptions(STATES), ...jsonInputOptions()],
  confirm: "delete",
  wait: waitFor({ option: "volume-group-id" }),
};

const changeCompartment: OperationCommand = {
  kind: "operation",
  name: "change-compartment",
  summary: "Move a volume group to another compartment.",
  description: "Moves a volume group to another compartment of the same tenancy.",
  examples: ["ocikit bv volume-group change-compartment --volume-group-id $VG --compartment-id $TARGET"],
  operationId: "ChangeVolumeGroupCompartment",
  method: "POST",
  path: "/volumeGroups/{volumeGroupId}/actions/changeCompartment",
  sendsRequestId: true,
  options: [ID, body("compartment-id", "string", "The OCID of the destination compartment.", { required: true, hint: "<OCID>" }), ...jsonInputOptions()],
};

/** `ocikit bv volume-group …` */
export const volumeGroupGroup: GroupCommand = {
  kind: "group",
  name: "volume-group",
  summary: "Groups of volumes that are backed up and cloned together.",
  description: "Create, list, update and delete volume groups; restore a volume group backup with `create --source-details`.",
  examples: ["ocikit bv volume-group list --compartment-id $C"],
  children: [changeCompartment, create, del, get, list, update],
};
