import type { GroupOverlay } from "../../types.js";

const ID = { "volume-group-id": "The OCID of the volume group." };
const REPLICAS_SAMPLE = [{ availabilityDomain: "string", displayName: "string", xrrKmsKeyId: "string" }];

/** `ocikit bv volume-group …` */
export const volumeGroupOverlay: GroupOverlay = {
  name: "volume-group",
  summary: "Groups of volumes that are backed up and cloned together.",
  description: "Create, list, update and delete volume groups; restore a volume group backup with `create --source-details`.",
  examples: ["ocikit bv volume-group list --compartment-id $C"],
  commands: {
    CreateVolumeGroup: {
      name: "create",
      summary: "Create a volume group from volumes, another group or a backup.",
      description:
        "Creates a volume group. --source-details picks the source: {\"type\":\"volumeIds\",\"volumeIds\":[…]}, {\"type\":\"volumeGroupId\",\"volumeGroupId\":\"…\"} or {\"type\":\"volumeGroupBackupId\",\"volumeGroupBackupId\":\"…\"} (restore).",
      examples: [
        "ocikit bv volume-group create --availability-domain Uocm:PHX-AD-1 --compartment-id $C --source-details '{\"type\":\"volumeIds\",\"volumeIds\":[\"'$V1'\"]}'",
        "ocikit bv volume-group create --availability-domain Uocm:PHX-AD-1 --compartment-id $C --source-details '{\"type\":\"volumeGroupBackupId\",\"volumeGroupBackupId\":\"'$B'\"}' --wait-for-state AVAILABLE",
      ],
      options: {
        "availability-domain": "Availability domain of the group, e.g. Uocm:PHX-AD-1.",
        "compartment-id": "The OCID of the compartment.",
        "source-details": { help: "Where the group comes from (JSON, see above).", sample: { type: "volumeGroupBackupId", volumeGroupBackupId: "string" } },
        "backup-policy-id": "Backup policy to assign.",
        "defined-tags": {},
        "freeform-tags": {},
        "display-name": {},
        "volume-group-replicas": { help: "Replicas to enable (JSON array).", sample: REPLICAS_SAMPLE },
        "cluster-placement-group-id": "Cluster placement group.",
        "xrc-kms-key-id": "Vault key for cross-region clones and backups.",
      },
      wait: { via: "GetVolumeGroup", id: "response" },
    },
    GetVolumeGroup: {
      name: "get",
      summary: "Get a volume group.",
      description: "Shows the details of one volume group.",
      examples: ["ocikit bv volume-group get --volume-group-id ocid1.volumegroup.oc1..exampleuniqueID"],
      options: ID,
    },
    ListVolumeGroups: {
      name: "list",
      summary: "List volume groups in a compartment.",
      description: "Lists the volume groups in a compartment, optionally filtered by availability domain, name or state.",
      examples: [
        "ocikit bv volume-group list --compartment-id $C --all",
        "ocikit bv volume-group list --compartment-id $C --lifecycle-state AVAILABLE --output table",
      ],
      options: {
        "compartment-id": "The OCID of the compartment.",
        "availability-domain": "Only groups in this availability domain.",
        "display-name": "Only groups with exactly this display name.",
        "lifecycle-state": "Only groups in this state.",
      },
    },
    UpdateVolumeGroup: {
      name: "update",
      summary: "Rename, retag or change the members of a volume group.",
      description: "Updates a volume group. Tags and --volume-ids given here replace the existing values.",
      examples: [
        "ocikit bv volume-group update --volume-group-id $VG --display-name app-data",
        "ocikit bv volume-group update --volume-group-id $VG --volume-ids '[\"'$V1'\",\"'$V2'\"]' --force",
      ],
      options: {
        ...ID,
        "defined-tags": {},
        "freeform-tags": {},
        "display-name": {},
        "volume-ids": { help: "The complete new list of member volume OCIDs (JSON array).", sample: ["string", "string"] },
        "volume-group-replicas": { help: "Desired replicas (JSON array).", sample: REPLICAS_SAMPLE },
        "if-match": {},
        "preserve-volume-replica": "Keep volume replicas when volumes leave the group (default true).",
      },
      confirm: { kind: "tags", what: "replacing tags or members" },
      wait: { via: "GetVolumeGroup", id: { option: "volume-group-id" } },
    },
    DeleteVolumeGroup: {
      name: "delete",
      summary: "Delete a volume group (the volumes stay).",
      description: "Deletes a volume group; its member volumes are not deleted. Asks first unless --force.",
      examples: ["ocikit bv volume-group delete --volume-group-id $VG --force --wait-for-state TERMINATED"],
      options: ID,
      confirm: { kind: "delete", what: "deleting" },
      wait: { via: "GetVolumeGroup", id: { option: "volume-group-id" } },
    },
    ChangeVolumeGroupCompartment: {
      name: "change-compartment",
      summary: "Move a volume group to another compartment.",
      description: "Moves a volume group to another compartment of the same tenancy.",
      examples: ["ocikit bv volume-group change-compartment --volume-group-id $VG --compartment-id $TARGET"],
      options: { ...ID, "compartment-id": "The OCID of the destination compartment." },
    },
  },
};
