import type { GroupCommand, OperationCommand, WaitSpec } from "../cli/command-spec.js";
import { body, bodyAs, displayNameBody, force, ifMatch, jsonInputOptions, listOptions, pathId, query, tagOptions, waitOptions } from "./option-builders.js";

const STATES = ["PROVISIONING", "RESTORING", "AVAILABLE", "TERMINATING", "TERMINATED", "FAULTY"] as const;
const ID = pathId("volume-id", "volumeId", "The OCID of the volume.");

function waitFor(idFrom: WaitSpec["idFrom"]): WaitSpec {
  return { model: "Volume", states: STATES, getPath: "/volumes/{id}", getOperation: "GetVolume", idFrom };
}

const create: OperationCommand = {
  kind: "operation",
  name: "create",
  summary: "Create a block volume.",
  description: "Creates a block volume, empty or from a source (--source-details or --volume-backup-id).",
  examples: [
    "ocikit bv volume create --compartment-id $C --availability-domain Uocm:PHX-AD-1 --size-in-gbs 50 --display-name data",
    "ocikit bv volume create --compartment-id $C --availability-domain Uocm:PHX-AD-1 --wait-for-state AVAILABLE --query data.id --raw-output",
  ],
  operationId: "CreateVolume",
  model: "Volume",
  method: "POST",
  path: "/volumes",
  options: [
    body("compartment-id", "string", "The OCID of the compartment.", { required: true, hint: "<OCID>" }),
    body("availability-domain", "string", "Availability domain, e.g. Uocm:PHX-AD-1.", { hint: "<AD>" }),
    body("backup-policy-id", "string", "Backup policy to assign.", { hint: "<OCID>" }),
    ...tagOptions(),
    displayNameBody(),
    body("kms-key-id", "string", "Vault key to encrypt the volume.", { hint: "<OCID>" }),
    bodyAs("vpus-per-gb", "vpusPerGB", "int", "Performance units per GB (0, 10, 20, …).", { hint: "<N>" }),
    bodyAs("size-in-gbs", "sizeInGBs", "int", "Size in GB (50 to 32768).", { hint: "<N>" }),
    bodyAs("size-in-mbs", "sizeInMBs", "int", "Size in MB (deprecated; use --size-in-gbs).", { hint: "<N>" }),
    body("source-details", "json", "Source of the volume as JSON, e.g. {\"type\":\"volumeBackup\",\"id\":\"…\"}.", { hint: "<JSON>", sample: { type: "volume", id: "string" } }),
    body("volume-backup-id", "string", "Restore from this volume backup.", { hint: "<OCID>" }),
    body("is-auto-tune-enabled", "bool", "Let the service tune performance.", { hint: "<BOOLEAN>" }),
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
  summary: "Get a block volume.",
  description: "Shows the details of one block volume.",
  examples: ["ocikit bv volume get --volume-id ocid1.volume.oc1..exampleuniqueID"],
  operationId: "GetVolume",
  model: "Volume",
  method: "GET",
  path: "/volumes/{volumeId}",
  options: [ID, ...jsonInputOptions()],
};

const list: OperationCommand = {
  kind: "operation",
  name: "list",
  summary: "List block volumes.",
  description: "Lists block volumes in a compartment, optionally those of one volume group.",
  examples: ["ocikit bv volume list --compartment-id $C --all", "ocikit bv volume list --compartment-id $C --volume-group-id $VG --query 'data[].id'"],
  operationId: "ListVolumes",
  model: "Volume",
  method: "GET",
  path: "/volumes",
  list: true,
  options: [
    query("compartment-id", "string", "The OCID of the compartment.", { hint: "<OCID>" }),
    query("availability-domain", "string", "Only volumes in this availability domain.", { hint: "<AD>" }),
    query("display-name", "string", "Only volumes with exactly this display name.", { hint: "<TEXT>" }),
    query("volume-group-id", "string", "Only members of this volume group.", { hint: "<OCID>" }),
    query("cluster-placement-group-id", "string", "Only volumes in this cluster placement group.", { hint: "<OCID>" }),
    query("lifecycle-state", "enum", "Only volumes in this state.", { choices: STATES }),
    ...listOptions(),
    ...jsonInputOptions(),
  ],
};

const update: OperationCommand = {
  kind: "operation",
  name: "update",
  summary: "Rename, retag, resize or retune a block volume.",
  description: "Updates a block volume. Tags given here replace the existing ones; sizes can only grow.",
  examples: ["ocikit bv volume update --volume-id $V --size-in-gbs 100", "ocikit bv volume update --volume-id $V --freeform-tags '{\"team\":\"db\"}' --force"],
  operationId: "UpdateVolume",
  model: "Volume",
  method: "PUT",
  path: "/volumes/{volumeId}",
  options: [
    ID,
    ...tagOptions(),
    displayNameBody(),
    bodyAs("vpus-per-gb", "vpusPerGB", "int", "Performance units per GB.", { hint: "<N>" }),
    bodyAs("size-in-gbs", "sizeInGBs", "int", "New size in GB (grow only).", { hint: "<N>" }),
    body("is-auto-tune-enabled", "bool", "Let the service tune performance.", { hint: "<BOOLEAN>" }),
    ifMatch(),
    force("replacing tags"),
    ...waitOptions(STATES),
    ...jsonInputOptions(),
  ],
  confirm: "tags",
  wait: waitFor({ option: "volume-id" }),
};

const del: OperationCommand = {
  kind: "operation",
  name: "delete",
  summary: "Delete a block volume.",
  description: "Deletes a block volume. Asks first unless --force.",
  examples: ["ocikit bv volume delete --volume-id $V --force"],
  operationId: "DeleteVolume",
  method: "DELETE",
  path: "/volumes/{volumeId}",
  options: [ID, ifMatch(), force("deleting"), ...waitOptions(STATES), ...jsonInputOptions()],
  confirm: "delete",
  wait: waitFor({ option: "volume-id" }),
};

/** `ocikit bv volume …` */
export const volumeGroup: GroupCommand = {
  kind: "group",
  name: "volume",
  summary: "Block volumes.",
  description: "Create, list, update and delete block volumes, the members of volume groups.",
  examples: ["ocikit bv volume list --compartment-id $C"],
  children: [create, del, get, list, update],
};
