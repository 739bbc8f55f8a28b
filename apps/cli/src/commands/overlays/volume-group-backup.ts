import type { GroupOverlay } from "../../types.js";

const ID = { "volume-group-backup-id": "The OCID of the volume group backup." };
/** Retention and legal-hold fields: in the spec, not yet offered by the CLI. */
const RETENTION = ["retentionPeriod", "isPreventDeletionEnabled", "isRetentionLockEnabled", "isIndefiniteRetentionEnabled"];

/** `ocikit bv volume-group-backup …` */
export const volumeGroupBackupOverlay: GroupOverlay = {
  name: "volume-group-backup",
  summary: "Backups of volume groups.",
  description: "Create, list, copy and delete point-in-time backups of volume groups.",
  examples: ["ocikit bv volume-group-backup list --compartment-id $C --all"],
  commands: {
    CreateVolumeGroupBackup: {
      name: "create",
      summary: "Create a backup of a volume group.",
      description: "Creates a new backup of the given volume group. The backup starts in REQUEST_RECEIVED or CREATING and becomes AVAILABLE.",
      examples: [
        "ocikit bv volume-group-backup create --volume-group-id ocid1.volumegroup.oc1..exampleuniqueID --type FULL --display-name nightly",
        "ocikit bv volume-group-backup create --volume-group-id $VG --wait-for-state AVAILABLE --query 'data.id' --raw-output",
      ],
      options: {
        "volume-group-id": "The OCID of the volume group to back up.",
        "compartment-id": "The compartment for the backup (default: the volume group's compartment).",
        "defined-tags": {},
        "freeform-tags": {},
        "display-name": {},
        type: "FULL or INCREMENTAL (default INCREMENTAL).",
      },
      omit: RETENTION,
      wait: { via: "GetVolumeGroupBackup", id: "response" },
    },
    GetVolumeGroupBackup: {
      name: "get",
      summary: "Get a volume group backup.",
      description: "Shows the details of one volume group backup.",
      examples: [
        "ocikit bv volume-group-backup get --volume-group-backup-id ocid1.volumegroupbackup.oc1..exampleuniqueID",
        "ocikit bv volume-group-backup get --volume-group-backup-id $ID --query 'data.\"lifecycle-state\"' --raw-output",
      ],
      options: ID,
    },
    ListVolumeGroupBackups: {
      name: "list",
      summary: "List volume group backups in a compartment.",
      description: "Lists the volume group backups in a compartment, optionally only those of one volume group.",
      examples: [
        "ocikit bv volume-group-backup list --compartment-id ocid1.compartment.oc1..exampleuniqueID --all",
        "ocikit bv volume-group-backup list --compartment-id $C --volume-group-id $VG --sort-by TIMECREATED --query 'data[].id'",
      ],
      options: {
        "compartment-id": "The OCID of the compartment.",
        "volume-group-id": "Only backups of this volume group.",
        "display-name": "Only backups with exactly this display name.",
      },
    },
    UpdateVolumeGroupBackup: {
      name: "update",
      summary: "Rename or retag a volume group backup.",
      description: "Updates the display name and tags of a volume group backup. Tags given here replace the existing ones.",
      examples: [
        "ocikit bv volume-group-backup update --volume-group-backup-id $ID --display-name weekly",
        "ocikit bv volume-group-backup update --volume-group-backup-id $ID --freeform-tags '{\"keep\": \"yes\"}' --force",
      ],
      options: { ...ID, "defined-tags": {}, "freeform-tags": {}, "display-name": {}, "if-match": {} },
      omit: RETENTION,
      confirm: { kind: "tags", what: "replacing tags" },
      wait: { via: "GetVolumeGroupBackup", id: { option: "volume-group-backup-id" } },
    },
    DeleteVolumeGroupBackup: {
      name: "delete",
      summary: "Delete a volume group backup and its volume backups.",
      description: "Deletes a volume group backup together with the volume backups it contains. Asks first unless --force.",
      examples: [
        "ocikit bv volume-group-backup delete --volume-group-backup-id $ID --force",
        "ocikit bv volume-group-backup delete --volume-group-backup-id $ID --force --wait-for-state TERMINATED",
      ],
      options: ID,
      confirm: { kind: "delete", what: "deleting" },
      wait: { via: "GetVolumeGroupBackup", id: { option: "volume-group-backup-id" } },
    },
    CopyVolumeGroupBackup: {
      name: "copy",
      summary: "Copy a volume group backup to another region.",
      description: "Starts a copy of a volume group backup in another region and prints the new backup.",
      examples: [
        "ocikit bv volume-group-backup copy --volume-group-backup-id $ID --destination-region us-phoenix-1",
        "ocikit bv volume-group-backup copy --volume-group-backup-id $ID --destination-region eu-frankfurt-1 --display-name dr-copy",
      ],
      options: {
        ...ID,
        "destination-region": "The region to copy to, e.g. us-ashburn-1.",
        "display-name": "Display name of the copy.",
        "kms-key-id": "Vault key in the destination region (default: an Oracle-managed key).",
      },
      wait: { via: "GetVolumeGroupBackup", id: "response" },
    },
    ChangeVolumeGroupBackupCompartment: {
      name: "change-compartment",
      summary: "Move a volume group backup to another compartment.",
      description: "Moves a volume group backup to another compartment of the same tenancy.",
      examples: ["ocikit bv volume-group-backup change-compartment --volume-group-backup-id $ID --compartment-id $TARGET"],
      options: { ...ID, "compartment-id": "The OCID of the destination compartment." },
    },
  },
};
