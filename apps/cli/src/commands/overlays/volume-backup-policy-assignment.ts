import type { GroupOverlay } from "../../types.js";

const ID = { "policy-assignment-id": "The OCID of the volume backup policy assignment." };

/** `ocikit bv volume-backup-policy-assignment …` */
export const volumeBackupPolicyAssignmentOverlay: GroupOverlay = {
  name: "volume-backup-policy-assignment",
  summary: "Which backup policy a volume or volume group has.",
  description: "Assign a backup policy to a volume or volume group, read an asset's assignment, or remove it.",
  examples: ["ocikit bv volume-backup-policy-assignment get-volume-backup-policy-asset-assignment --asset-id $VG"],
  commands: {
    CreateVolumeBackupPolicyAssignment: {
      name: "create",
      summary: "Assign a backup policy to a volume or volume group.",
      description: "Assigns a backup policy to a volume or a volume group. An asset has one policy: a new assignment replaces the previous one.",
      examples: ["ocikit bv volume-backup-policy-assignment create --asset-id $VG --policy-id $POLICY"],
      options: {
        "asset-id": "The OCID of the volume or volume group.",
        "policy-id": "The OCID of the backup policy.",
        "xrc-kms-key-id": "Vault key in the destination region for cross-region copies.",
      },
    },
    GetVolumeBackupPolicyAssignment: {
      name: "get",
      summary: "Get a backup policy assignment.",
      description: "Shows one backup policy assignment.",
      examples: ["ocikit bv volume-backup-policy-assignment get --policy-assignment-id $PA"],
      options: ID,
    },
    GetVolumeBackupPolicyAssetAssignment: {
      name: "get-volume-backup-policy-asset-assignment",
      summary: "Get the backup policy assignment of a volume or volume group.",
      description: "Lists the assignment of the given asset: at most one item, none when the asset has no policy.",
      examples: [
        "ocikit bv volume-backup-policy-assignment get-volume-backup-policy-asset-assignment --asset-id $VG --query 'data[0].\"policy-id\"'",
      ],
      options: { "asset-id": "The OCID of the volume or volume group." },
    },
    DeleteVolumeBackupPolicyAssignment: {
      name: "delete",
      summary: "Remove a backup policy assignment.",
      description: "Unassigns the policy from its asset; backups it made stay until they expire. Asks first unless --force.",
      examples: ["ocikit bv volume-backup-policy-assignment delete --policy-assignment-id $PA --force"],
      options: ID,
      confirm: { kind: "delete", what: "deleting" },
    },
  },
};
