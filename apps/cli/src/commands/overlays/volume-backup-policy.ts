import type { GroupOverlay } from "../../types.js";

const ID = { "policy-id": "The OCID of the volume backup policy." };

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

/** `ocikit bv volume-backup-policy …` */
export const volumeBackupPolicyOverlay: GroupOverlay = {
  name: "volume-backup-policy",
  summary: "Policies that make backups on a schedule.",
  description:
    "A backup policy is a set of schedules (period, time, backup type, retention) that makes backups of the volumes and volume groups it is assigned to.",
  examples: ["ocikit bv volume-backup-policy list", "ocikit bv volume-backup-policy list --compartment-id $C --all"],
  commands: {
    CreateVolumeBackupPolicy: {
      name: "create",
      summary: "Create a user-defined backup policy.",
      description:
        "Creates a backup policy of your own in a compartment. Schedules are a JSON list of VolumeBackupSchedule (one per period); a policy may start empty.",
      examples: [
        "ocikit bv volume-backup-policy create --compartment-id $C --display-name nightly --schedules '[{\"backupType\": \"INCREMENTAL\", \"period\": \"ONE_DAY\", \"offsetType\": \"STRUCTURED\", \"hourOfDay\": 2, \"retentionSeconds\": 604800}]'",
        "ocikit bv volume-backup-policy create --compartment-id $C --display-name dr --destination-region us-phoenix-1 --schedules file://schedules.json",
      ],
      options: {
        "compartment-id": "The OCID of the compartment for the policy.",
        "display-name": {},
        "destination-region": { help: "Region that every scheduled backup is also copied to, e.g. us-phoenix-1.", hint: "<REGION>" },
        schedules: { help: "The schedules as a JSON list of VolumeBackupSchedule (inline or file://path).", sample: SCHEDULES_SAMPLE },
        "defined-tags": {},
        "freeform-tags": {},
      },
    },
    GetVolumeBackupPolicy: {
      name: "get",
      summary: "Get a volume backup policy.",
      description: "Shows one backup policy, Oracle-defined (gold, silver, bronze) or user-defined.",
      examples: ["ocikit bv volume-backup-policy get --policy-id $POLICY", "ocikit bv volume-backup-policy get --policy-id $POLICY --query 'data.schedules'"],
      options: ID,
    },
    ListVolumeBackupPolicies: {
      name: "list",
      summary: "List volume backup policies.",
      description: "Lists the user-defined backup policies of a compartment; without --compartment-id, the Oracle-defined ones (gold, silver, bronze).",
      examples: [
        "ocikit bv volume-backup-policy list --query 'data[].{name: \"display-name\", id: id}'",
        "ocikit bv volume-backup-policy list --compartment-id $C --all",
      ],
      options: { "compartment-id": "The OCID of the compartment; omit it to list the Oracle-defined policies." },
    },
    UpdateVolumeBackupPolicy: {
      name: "update",
      summary: "Update a user-defined backup policy.",
      description:
        "Renames a user-defined policy, changes its copy region (`none` removes it), or replaces its schedules or tags. Schedules and tags given here replace the existing ones; asks first unless --force.",
      examples: [
        "ocikit bv volume-backup-policy update --policy-id $POLICY --display-name weekly",
        "ocikit bv volume-backup-policy update --policy-id $POLICY --schedules file://schedules.json --force",
      ],
      options: {
        ...ID,
        "display-name": {},
        "destination-region": { help: "New copy region; `none` removes it.", hint: "<REGION>" },
        schedules: { help: "The complete new list of schedules (replaces the existing ones).", sample: SCHEDULES_SAMPLE },
        "defined-tags": {},
        "freeform-tags": {},
        "if-match": {},
      },
      confirm: { kind: "tags", what: "replacing schedules and tags" },
    },
    DeleteVolumeBackupPolicy: {
      name: "delete",
      summary: "Delete a user-defined backup policy.",
      description: "Deletes a user-defined backup policy that is assigned to nothing. Asks first unless --force.",
      examples: ["ocikit bv volume-backup-policy delete --policy-id $POLICY --force"],
      options: ID,
      confirm: { kind: "delete", what: "deleting" },
    },
  },
};
