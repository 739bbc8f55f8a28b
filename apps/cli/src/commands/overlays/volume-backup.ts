import type { GroupOverlay } from "../../types.js";

const ID = { "volume-backup-id": "The OCID of the volume backup." };
/** Retention and legal-hold fields: in the spec, not yet offered by the CLI. */
const RETENTION = ["retentionPeriod", "isPreventDeletionEnabled", "isRetentionLockEnabled", "isIndefiniteRetentionEnabled"];

/** `ocikit bv backup …` (volume backups). */
export const volumeBackupOverlay: GroupOverlay = {
  name: "backup",
  summary: "Volume backups.",
  description: "Create, list, copy and delete backups of single block volumes, and read the members of volume group backups.",
  examples: ["ocikit bv backup list --compartment-id $C"],
  commands: {
    GetVolumeBackup: {
      name: "get",
      summary: "Get a volume backup.",
      description: "Shows the details of one volume backup (a member of a volume group backup, or a standalone one).",
      examples: ["ocikit bv backup get --volume-backup-id ocid1.volumebackup.oc1..exampleuniqueID"],
      options: ID,
    },
    ListVolumeBackups: {
      name: "list",
      summary: "List volume backups in a compartment.",
      description: "Lists volume backups in a compartment, optionally of one volume.",
      examples: ["ocikit bv backup list --compartment-id $C --all", "ocikit bv backup list --compartment-id $C --volume-id $V --lifecycle-state AVAILABLE"],
      options: {
        "compartment-id": "The OCID of the compartment.",
        "volume-id": "Only backups of this volume.",
        "display-name": "Only backups with exactly this display name.",
        "source-volume-backup-id": "Only copies of this volume backup.",
        "lifecycle-state": "Only backups in this state.",
      },
    },
    CreateVolumeBackup: {
      name: "create",
      summary: "Create a backup of a block volume.",
      description: "Creates a new backup of the given volume. The backup starts in REQUEST_RECEIVED or CREATING and becomes AVAILABLE.",
      examples: [
        "ocikit bv backup create --volume-id ocid1.volume.oc1..exampleuniqueID --type FULL --display-name nightly",
        "ocikit bv backup create --volume-id $V --wait-for-state AVAILABLE --query data.id --raw-output",
      ],
      options: {
        "volume-id": "The OCID of the volume to back up.",
        "defined-tags": {},
        "freeform-tags": {},
        "display-name": {},
        "kms-key-id": "Vault key to encrypt the backup (default: the volume's key).",
        type: "FULL or INCREMENTAL (default INCREMENTAL).",
      },
      omit: RETENTION,
      wait: { via: "GetVolumeBackup", id: "response" },
    },
    UpdateVolumeBackup: {
      name: "update",
      summary: "Rename or retag a volume backup.",
      description: "Updates the display name, tags or key of a volume backup. Tags given here replace the existing ones.",
      examples: [
        "ocikit bv backup update --volume-backup-id $B --display-name weekly",
        "ocikit bv backup update --volume-backup-id $B --freeform-tags '{\"keep\": \"yes\"}' --force",
      ],
      options: { ...ID, "defined-tags": {}, "freeform-tags": {}, "display-name": {}, "kms-key-id": "Vault key to encrypt the backup with.", "if-match": {} },
      omit: RETENTION,
      confirm: { kind: "tags", what: "replacing tags" },
      wait: { via: "GetVolumeBackup", id: { option: "volume-backup-id" } },
    },
    DeleteVolumeBackup: {
      name: "delete",
      summary: "Delete a volume backup.",
      description: "Deletes a volume backup. Asks first unless --force. A member of a volume group backup goes with its group backup.",
      examples: ["ocikit bv backup delete --volume-backup-id $B --force", "ocikit bv backup delete --volume-backup-id $B --force --wait-for-state TERMINATED"],
      options: ID,
      confirm: { kind: "delete", what: "deleting" },
      wait: { via: "GetVolumeBackup", id: { option: "volume-backup-id" } },
    },
    CopyVolumeBackup: {
      name: "copy",
      summary: "Copy a volume backup to another region.",
      description: "Starts a copy of a volume backup in another region and prints the new backup.",
      examples: [
        "ocikit bv backup copy --volume-backup-id $B --destination-region us-phoenix-1",
        "ocikit bv backup copy --volume-backup-id $B --destination-region eu-frankfurt-1 --display-name dr-copy",
      ],
      options: {
        ...ID,
        "destination-region": "The region to copy to, e.g. us-phoenix-1.",
        "display-name": "Display name of the copy.",
        "kms-key-id": "Vault key in the destination region (default: an Oracle-managed key).",
      },
      wait: { via: "GetVolumeBackup", id: "response" },
    },
    ChangeVolumeBackupCompartment: {
      name: "change-compartment",
      summary: "Move a volume backup to another compartment.",
      description: "Moves a volume backup to another compartment of the same tenancy.",
      examples: ["ocikit bv backup change-compartment --volume-backup-id $B --compartment-id $TARGET"],
      options: { ...ID, "compartment-id": "The OCID of the destination compartment." },
    },
  },
};
