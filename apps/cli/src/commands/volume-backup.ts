import type { GroupCommand, OperationCommand } from "../cli/command-spec.js";
import { jsonInputOptions, listOptions, pathId, query } from "./option-builders.js";

const STATES = ["CREATING", "AVAILABLE", "TERMINATING", "TERMINATED", "FAULTY", "REQUEST_RECEIVED"] as const;

const get: OperationCommand = {
  kind: "operation",
  name: "get",
  summary: "Get a volume backup.",
  description: "Shows the details of one volume backup (a member of a volume group backup, or a standalone one).",
  examples: ["ocikit bv backup get --volume-backup-id ocid1.volumebackup.oc1..exampleuniqueID"],
  operationId: "GetVolumeBackup",
  model: "VolumeBackup",
  method: "GET",
  path: "/volumeBackups/{volumeBackupId}",
  options: [pathId("volume-backup-id", "volumeBackupId", "The OCID of the volume backup."), ...jsonInputOptions()],
};

const list: OperationCommand = {
  kind: "operation",
  name: "list",
  summary: "List volume backups in a compartment.",
  description: "Lists volume backups in a compartment, optionally of one volume.",
  examples: ["ocikit bv backup list --compartment-id $C --all", "ocikit bv backup list --compartment-id $C --volume-id $V --lifecycle-state AVAILABLE"],
  operationId: "ListVolumeBackups",
  model: "VolumeBackup",
  method: "GET",
  path: "/volumeBackups",
  list: true,
  options: [
    query("compartment-id", "string", "The OCID of the compartment.", { required: true, hint: "<OCID>" }),
    query("volume-id", "string", "Only backups of this volume.", { hint: "<OCID>" }),
    query("display-name", "string", "Only backups with exactly this display name.", { hint: "<TEXT>" }),
    query("source-volume-backup-id", "string", "Only copies of this volume backup.", { hint: "<OCID>" }),
    query("lifecycle-state", "enum", "Only backups in this state.", { choices: STATES }),
    ...listOptions(),
    ...jsonInputOptions(),
  ],
};

/** `ocikit bv backup …` (volume backups). */
export const volumeBackupGroup: GroupCommand = {
  kind: "group",
  name: "backup",
  summary: "Volume backups.",
  description: "Read the volume backups that volume group backups are made of.",
  examples: ["ocikit bv backup list --compartment-id $C"],
  children: [get, list],
};
