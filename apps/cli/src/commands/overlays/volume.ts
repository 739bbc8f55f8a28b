import type { GroupOverlay } from "../../types.js";

const ID = { "volume-id": "The OCID of the volume." };
/** Replication, autotune and reservation fields: in the spec, not yet offered by the CLI. */
const NOT_OFFERED = ["blockVolumeReplicas", "autotunePolicies", "isReservationsEnabled"];

/** `ocikit bv volume …` */
export const volumeOverlay: GroupOverlay = {
  name: "volume",
  summary: "Block volumes.",
  description: "Create, list, update, move and delete block volumes, the members of volume groups.",
  examples: ["ocikit bv volume list --compartment-id $C"],
  commands: {
    CreateVolume: {
      name: "create",
      summary: "Create a block volume.",
      description: "Creates a block volume, empty or from a source (--source-details or --volume-backup-id).",
      examples: [
        "ocikit bv volume create --compartment-id $C --availability-domain Uocm:PHX-AD-1 --size-in-gbs 50 --display-name data",
        "ocikit bv volume create --compartment-id $C --availability-domain Uocm:PHX-AD-1 --wait-for-state AVAILABLE --query data.id --raw-output",
      ],
      options: {
        "compartment-id": "The OCID of the compartment.",
        "availability-domain": "Availability domain, e.g. Uocm:PHX-AD-1.",
        "backup-policy-id": "Backup policy to assign.",
        "defined-tags": {},
        "freeform-tags": {},
        "display-name": {},
        "kms-key-id": "Vault key to encrypt the volume.",
        "vpus-per-gb": "Performance units per GB (0, 10, 20, …).",
        "size-in-gbs": "Size in GB (50 to 32768).",
        "size-in-mbs": "Size in MB (deprecated; use --size-in-gbs).",
        "source-details": { help: "Source of the volume as JSON, e.g. {\"type\":\"volumeBackup\",\"id\":\"…\"}.", sample: { type: "volume", id: "string" } },
        "volume-backup-id": "Restore from this volume backup.",
        "is-auto-tune-enabled": "Let the service tune performance.",
        "cluster-placement-group-id": "Cluster placement group.",
        "xrc-kms-key-id": "Vault key for cross-region clones and backups.",
      },
      omit: NOT_OFFERED,
      wait: { via: "GetVolume", id: "response" },
    },
    GetVolume: {
      name: "get",
      summary: "Get a block volume.",
      description: "Shows the details of one block volume.",
      examples: ["ocikit bv volume get --volume-id ocid1.volume.oc1..exampleuniqueID"],
      options: ID,
    },
    ListVolumes: {
      name: "list",
      summary: "List block volumes.",
      description: "Lists block volumes in a compartment, optionally those of one volume group.",
      examples: ["ocikit bv volume list --compartment-id $C --all", "ocikit bv volume list --compartment-id $C --volume-group-id $VG --query 'data[].id'"],
      options: {
        "compartment-id": "The OCID of the compartment.",
        "availability-domain": "Only volumes in this availability domain.",
        "display-name": "Only volumes with exactly this display name.",
        "volume-group-id": "Only members of this volume group.",
        "cluster-placement-group-id": "Only volumes in this cluster placement group.",
        "lifecycle-state": "Only volumes in this state.",
      },
    },
    UpdateVolume: {
      name: "update",
      summary: "Rename, retag, resize or retune a block volume.",
      description: "Updates a block volume. Tags given here replace the existing ones; sizes can only grow.",
      examples: ["ocikit bv volume update --volume-id $V --size-in-gbs 100", "ocikit bv volume update --volume-id $V --freeform-tags '{\"team\":\"db\"}' --force"],
      options: {
        ...ID,
        "defined-tags": {},
        "freeform-tags": {},
        "display-name": {},
        "vpus-per-gb": "Performance units per GB.",
        "size-in-gbs": "New size in GB (grow only).",
        "is-auto-tune-enabled": "Let the service tune performance.",
        "if-match": {},
      },
      omit: NOT_OFFERED,
      confirm: { kind: "tags", what: "replacing tags" },
      wait: { via: "GetVolume", id: { option: "volume-id" } },
    },
    DeleteVolume: {
      name: "delete",
      summary: "Delete a block volume.",
      description: "Deletes a block volume. Asks first unless --force.",
      examples: ["ocikit bv volume delete --volume-id $V --force"],
      options: ID,
      confirm: { kind: "delete", what: "deleting" },
      wait: { via: "GetVolume", id: { option: "volume-id" } },
    },
    ChangeVolumeCompartment: {
      name: "change-compartment",
      summary: "Move a block volume to another compartment.",
      description: "Moves a block volume to another compartment of the same tenancy.",
      examples: ["ocikit bv volume change-compartment --volume-id $V --compartment-id $TARGET"],
      options: { ...ID, "compartment-id": "The OCID of the destination compartment." },
    },
  },
};
