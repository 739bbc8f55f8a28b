import type { GroupOverlay } from "../../types.js";

/** `ocikit bv backup …` (volume backups). */
export const volumeBackupOverlay: GroupOverlay = {
  name: "backup",
  summary: "Volume backups.",
  description: "Read the volume backups that volume group backups are made of.",
  examples: ["ocikit bv backup list --compartment-id $C"],
  commands: {
    GetVolumeBackup: {
      name: "get",
      summary: "Get a volume backup.",
      description: "Shows the details of one volume backup (a member of a volume group backup, or a standalone one).",
      examples: ["ocikit bv backup get --volume-backup-id ocid1.volumebackup.oc1..exampleuniqueID"],
      options: { "volume-backup-id": "The OCID of the volume backup." },
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
  },
};
