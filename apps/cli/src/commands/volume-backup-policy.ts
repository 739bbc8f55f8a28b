import type { GroupCommand, OperationCommand } from "../cli/command-spec.js";
import { body, displayNameBody, force, ifMatch, jsonInputOptions, pathId, query, tagOptions } from "./option-builders.js";

const ID = pathId("policy-id", "policyId", "The OCID of the volume backup policy.");

const SCHEDULES_SAMPLE = [
  {
    backupType: "INCREMENTAL|FULL",
    period: "ONE_HOUR|ONE_DAY|ONE_WEEK|ONE_MONTH|ONE_YEAR",
    offsetType: "STRUCTURED|NUMERIC_SECONDS",
    offsetSeconds: 0,
    hourOfDay: 0,
    dayOfWeek: "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY",
    dayOfMonth: 1,
    month: "JANUARY|…|DECEMBER",
    retentionSeconds: 604800,
    timeZone: "UTC|REGIONAL_DATA_CENTER_TIME",
  },
];

function schedules(help: string) {
  return body("schedules", "json", help, { hint: "<JSON>", sample: SCHEDULES_SAMPLE });
}

const create: OperationCommand = {
  kind: "operation",
  name: "create",
  summary: "Create a user-defined backup policy.",
  description: "Creates a backup policy of your own in a compartment. Schedules are a JSON list of VolumeBackupSchedule (one per period); a policy may start empty.",
  examples: [
    "ocikit bv volume-backup-policy create --compartment-id $C --display-name nightly --schedules '[{\"backupType\": \"INCREMENTAL\", \"period\": \"ONE_DAY\", \"offsetType\": \"STRUCTURED\", \"hourOfDay\": 2, \"retentionSeconds\": 604800}]'",
    "ocikit bv volume-backup-policy create --compartment-id $C --display-name dr --destination-region us-phoenix-1 --schedules file://schedules.json",
  ],
  operationId: "CreateVolumeBackupPolicy",
  model: "VolumeBackupPolicy",
  method: "POST",
  path: "/volumeBackupPolicies",
  sendsRequestId: true,
  options: [
    body("compartment-id", "string", "The OCID of the compartment for the policy.", { required: true, hint: "<OCID>" }),
    displayNameBody(),
    body("destination-region", "string", "Region that every scheduled backup is also copied to, e.g. us-phoenix-1.", { hint: "<REGION>" }),
    schedules("The schedules as a JSON list of VolumeBackupSchedule (inline or file://path)."),
    ...tagOptions(),
    ...jsonInputOptions(),
  ],
};

const get: OperationCommand = {
  kind: "operation",
  name: "get",
  summary: "Get a volume backup policy.",
  description: "Shows one backup policy, Oracle-defined (gold, silver, bronze) or user-defined.",
  examples: ["ocikit bv volume-backup-policy get --policy-id $POLICY", "ocikit bv volume-backup-policy get --policy-id $POLICY --query 'data.schedules'"],
  operationId: "GetVolumeBackupPolicy",
  model: "VolumeBackupPolicy",
  method: "GET",
  path: "/volumeBackupPolicies/{policyId}",
  options: [ID, ...jsonInputOptions()],
};

const list: OperationCommand = {
  kind: "operation",
  name: "list",
  summary: "List volume backup policies.",
  description: "Lists the user-defined backup policies of a compartment; without --compartment-id, the Oracle-defined ones (gold, silver, bronze).",
  examples: [
    "ocikit bv volume-backup-policy list --query 'data[].{name: \"display-name\", id: id}'",
    "ocikit bv volume-backup-policy list --compartment-id $C --all",
  ],
  operationId: "ListVolumeBackupPolicies",
  model: "VolumeBackupPolicy",
  method: "GET",
  path: "/volumeBackupPolicies",
  list: true,
  options: [
    query("compartment-id", "string", "The OCID of the compartment; omit it to list the Oracle-defined policies.", { hint: "<OCID>" }),
    query("limit", "int", "Maximum number of items to return in total.", { hint: "<N>" }),
    query("page", "string", "The opc-next-page value from a previous list call.", { hint: "<TOKEN>" }),
    { name: "all", kind: "flag", help: "Fetch every page of results.", sample: true },
    { name: "page-size", kind: "int", hint: "<N>", help: "Items per request when used with --all or --limit." },
    ...jsonInputOptions(),
  ],
};

const update: OperationCommand = {
  kind: "operation",
  name: "update",
  summary: "Update a user-defined backup policy.",
  description:
    "Renames a user-defined policy, changes its copy region (`none` removes it), or replaces its schedules or tags. Schedules and tags given here replace the existing ones; asks first unless --force.",
  examples: [
    "ocikit bv volume-backup-policy update --policy-id $POLICY --display-name weekly",
    "ocikit bv volume-backup-policy update --policy-id $POLICY --schedules file://schedules.json --force",
  ],
  operationId: "UpdateVolumeBackupPolicy",
  model: "VolumeBackupPolicy",
  method: "PUT",
  path: "/volumeBackupPolicies/{policyId}",
  sendsRequestId: true,
  options: [
    ID,
    displayNameBody(),
    body("destination-region", "string", "New copy region; `none` removes it.", { hint: "<REGION>" }),
    schedules("The complete new list of schedules (replaces the existing ones)."),
    ...tagOptions(),
    ifMatch(),
    force("replacing schedules and tags"),
    ...jsonInputOptions(),
  ],
  confirm: "tags",
};

const del: OperationCommand = {
  kind: "operation",
  name: "delete",
  summary: "Delete a user-defined backup policy.",
  description: "Deletes a user-defined backup policy that is assigned to nothing. Asks first unless --force.",
  examples: ["ocikit bv volume-backup-policy delete --policy-id $POLICY --force"],
  operationId: "DeleteVolumeBackupPolicy",
  method: "DELETE",
  path: "/volumeBackupPolicies/{policyId}",
  sendsRequestId: true,
  options: [ID, ifMatch(), force("deleting"), ...jsonInputOptions()],
  confirm: "delete",
};

/** `ocikit bv volume-backup-policy …` */
export const volumeBackupPolicyGroup: GroupCommand = {
  kind: "group",
  name: "volume-backup-policy",
  summary: "Policies that make backups on a schedule.",
  description: "A backup policy is a set of schedules (period, time, backup type, retention) that makes backups of the volumes and volume groups it is assigned to.",
  examples: ["ocikit bv volume-backup-policy list", "ocikit bv volume-backup-policy list --compartment-id $C --all"],
  children: [create, del, get, list, update],
};
