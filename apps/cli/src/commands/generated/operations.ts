/**
 * The CLI's command table: what spec/core-services.yaml says about each operation and each printed model.
 *
 * GENERATED from spec/core-services.yaml by apps/cli/scripts/generate-command-table.mjs.
 * Do not edit by hand: change the spec, then run `pnpm --filter ocikit generate`. Command names, help and waits live in
 * the hand-written overlays (src/commands/overlays/).
 */
import type { operations } from "@ocikit/core";
import type { ModelSpec, OperationInit, OperationSpec } from "../../types.js";

/** Each operation of the spec, keyed by operationId, in document order. */
export const OPERATIONS = {
  ListVolumeGroupBackups: {
    operationId: "ListVolumeGroupBackups",
    method: "GET",
    path: "/volumeGroupBackups",
    parameters: [
      { name: "compartmentId", in: "query", type: "string", required: true, description: "OCID of the compartment to list; only resources in exactly this compartment are returned." },
      { name: "volumeGroupId", in: "query", type: "string", required: false, description: "Only return resources that belong to this volume group (OCID)." },
      { name: "limit", in: "query", type: "integer", required: false, description: "Largest number of items to return in one page." },
      { name: "page", in: "query", type: "string", required: false, description: "Opaque cursor; pass the `opc-next-page` header of the previous page to get the next one." },
      { name: "displayName", in: "query", type: "string", required: false, description: "Only return resources whose display name is exactly this value (case-sensitive)." },
      { name: "sortBy", in: "query", type: "string", enum: ["TIMECREATED","DISPLAYNAME"], required: false, description: "Field to order by; only one at a time." },
      { name: "sortOrder", in: "query", type: "string", enum: ["ASC","DESC"], required: false, description: "Sort direction, `ASC` or `DESC`." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    response: { model: "VolumeGroupBackup", list: true },
    invoke: (client, init) => client.GET("/volumeGroupBackups", init as OperationInit<operations["ListVolumeGroupBackups"]>),
  },
  CreateVolumeGroupBackup: {
    operationId: "CreateVolumeGroupBackup",
    method: "POST",
    path: "/volumeGroupBackups",
    parameters: [
      { name: "opc-retry-token", in: "header", type: "string", required: false, description: "Idempotency key chosen by the caller." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "CreateVolumeGroupBackupDetails",
      required: true,
      properties: [
        { key: "compartmentId", type: "string", required: false, description: "Compartment for the backup (OCID); defaults to the volume group's compartment." },
        { key: "definedTags", type: "object", required: false, description: "Tags grouped by tag namespace: each namespace maps tag keys to values, for example `{\"Operations\": {\"CostCenter\": \"42\"}}`." },
        { key: "displayName", type: "string", required: false, description: "Name for the backup; need not be unique." },
        { key: "freeformTags", type: "object", required: false, description: "Simple key-value tags with no namespace, for example `{\"team\": \"storage\"}`." },
        { key: "type", type: "string", enum: ["FULL","INCREMENTAL"], required: false, description: "Kind of backup to take; `INCREMENTAL` when omitted." },
        { key: "volumeGroupId", type: "string", required: true, description: "OCID of the volume group to back up." },
        { key: "retentionPeriod", type: "object", required: false, description: "A retention period, as an amount of a time unit." },
        { key: "isPreventDeletionEnabled", type: "boolean", required: false, description: "Refuse deletion of the backup until the retention period ends." },
        { key: "isRetentionLockEnabled", type: "boolean", required: false, description: "Lock the retention settings for the retention period." },
        { key: "isIndefiniteRetentionEnabled", type: "boolean", required: false, description: "Put the backup under legal hold." },
      ],
    },
    response: { model: "VolumeGroupBackup", list: false },
    invoke: (client, init) => client.POST("/volumeGroupBackups", init as OperationInit<operations["CreateVolumeGroupBackup"]>),
  },
  GetVolumeGroupBackup: {
    operationId: "GetVolumeGroupBackup",
    method: "GET",
    path: "/volumeGroupBackups/{volumeGroupBackupId}",
    parameters: [
      { name: "volumeGroupBackupId", in: "path", type: "string", required: true, description: "OCID of the volume group backup." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    response: { model: "VolumeGroupBackup", list: false },
    invoke: (client, init) => client.GET("/volumeGroupBackups/{volumeGroupBackupId}", init as OperationInit<operations["GetVolumeGroupBackup"]>),
  },
  UpdateVolumeGroupBackup: {
    operationId: "UpdateVolumeGroupBackup",
    method: "PUT",
    path: "/volumeGroupBackups/{volumeGroupBackupId}",
    parameters: [
      { name: "volumeGroupBackupId", in: "path", type: "string", required: true, description: "OCID of the volume group backup." },
      { name: "if-match", in: "header", type: "string", required: false, description: "Optimistic concurrency guard: the `etag` of the version you read." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "UpdateVolumeGroupBackupDetails",
      required: true,
      properties: [
        { key: "definedTags", type: "object", required: false, description: "Tags grouped by tag namespace: each namespace maps tag keys to values, for example `{\"Operations\": {\"CostCenter\": \"42\"}}`." },
        { key: "displayName", type: "string", required: false, description: "New name for the backup." },
        { key: "freeformTags", type: "object", required: false, description: "Simple key-value tags with no namespace, for example `{\"team\": \"storage\"}`." },
        { key: "retentionPeriod", type: "object", required: false, description: "A retention period, as an amount of a time unit." },
        { key: "isPreventDeletionEnabled", type: "boolean", required: false, description: "Refuse deletion of the backup until the retention period ends." },
        { key: "isRetentionLockEnabled", type: "boolean", required: false, description: "Lock the retention settings for the retention period." },
        { key: "isIndefiniteRetentionEnabled", type: "boolean", required: false, description: "Put the backup under legal hold, or lift the hold." },
      ],
    },
    response: { model: "VolumeGroupBackup", list: false },
    invoke: (client, init) => client.PUT("/volumeGroupBackups/{volumeGroupBackupId}", init as OperationInit<operations["UpdateVolumeGroupBackup"]>),
  },
  DeleteVolumeGroupBackup: {
    operationId: "DeleteVolumeGroupBackup",
    method: "DELETE",
    path: "/volumeGroupBackups/{volumeGroupBackupId}",
    parameters: [
      { name: "volumeGroupBackupId", in: "path", type: "string", required: true, description: "OCID of the volume group backup." },
      { name: "if-match", in: "header", type: "string", required: false, description: "Optimistic concurrency guard: the `etag` of the version you read." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    invoke: (client, init) => client.DELETE("/volumeGroupBackups/{volumeGroupBackupId}", init as OperationInit<operations["DeleteVolumeGroupBackup"]>),
  },
  CopyVolumeGroupBackup: {
    operationId: "CopyVolumeGroupBackup",
    method: "POST",
    path: "/volumeGroupBackups/{volumeGroupBackupId}/actions/copy",
    parameters: [
      { name: "volumeGroupBackupId", in: "path", type: "string", required: true, description: "OCID of the volume group backup." },
      { name: "opc-retry-token", in: "header", type: "string", required: false, description: "Idempotency key chosen by the caller." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "CopyVolumeGroupBackupDetails",
      required: true,
      properties: [
        { key: "destinationRegion", type: "string", required: true, description: "Region to copy the backup into, for example `us-phoenix-1`." },
        { key: "displayName", type: "string", required: false, description: "Name for the copy." },
        { key: "kmsKeyId", type: "string", required: false, description: "OCID of a Vault key in the destination region to encrypt the copy with; an Oracle-managed key is used when omitted." },
      ],
    },
    response: { model: "VolumeGroupBackup", list: false },
    invoke: (client, init) => client.POST("/volumeGroupBackups/{volumeGroupBackupId}/actions/copy", init as OperationInit<operations["CopyVolumeGroupBackup"]>),
  },
  ChangeVolumeGroupBackupCompartment: {
    operationId: "ChangeVolumeGroupBackupCompartment",
    method: "POST",
    path: "/volumeGroupBackups/{volumeGroupBackupId}/actions/changeCompartment",
    parameters: [
      { name: "volumeGroupBackupId", in: "path", type: "string", required: true, description: "OCID of the volume group backup." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "ChangeVolumeGroupBackupCompartmentDetails",
      required: true,
      properties: [
        { key: "compartmentId", type: "string", required: true, description: "OCID of the compartment to move the backup into." },
      ],
    },
    invoke: (client, init) => client.POST("/volumeGroupBackups/{volumeGroupBackupId}/actions/changeCompartment", init as OperationInit<operations["ChangeVolumeGroupBackupCompartment"]>),
  },
  ListVolumeGroups: {
    operationId: "ListVolumeGroups",
    method: "GET",
    path: "/volumeGroups",
    parameters: [
      { name: "availabilityDomain", in: "query", type: "string", required: false, description: "Only return resources in this availability domain, for example `Uocm:PHX-AD-1`." },
      { name: "compartmentId", in: "query", type: "string", required: true, description: "OCID of the compartment to list; only resources in exactly this compartment are returned." },
      { name: "limit", in: "query", type: "integer", required: false, description: "Largest number of items to return in one page." },
      { name: "page", in: "query", type: "string", required: false, description: "Opaque cursor; pass the `opc-next-page` header of the previous page to get the next one." },
      { name: "displayName", in: "query", type: "string", required: false, description: "Only return resources whose display name is exactly this value (case-sensitive)." },
      { name: "sortBy", in: "query", type: "string", enum: ["TIMECREATED","DISPLAYNAME"], required: false, description: "Field to order by; only one at a time." },
      { name: "sortOrder", in: "query", type: "string", enum: ["ASC","DESC"], required: false, description: "Sort direction, `ASC` or `DESC`." },
      { name: "lifecycleState", in: "query", type: "string", enum: ["PROVISIONING","AVAILABLE","TERMINATING","TERMINATED","FAULTY","UPDATE_PENDING"], required: false, description: "Only return volume groups in this lifecycle state." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    response: { model: "VolumeGroup", list: true },
    invoke: (client, init) => client.GET("/volumeGroups", init as OperationInit<operations["ListVolumeGroups"]>),
  },
  CreateVolumeGroup: {
    operationId: "CreateVolumeGroup",
    method: "POST",
    path: "/volumeGroups",
    parameters: [
      { name: "opc-retry-token", in: "header", type: "string", required: false, description: "Idempotency key chosen by the caller." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "CreateVolumeGroupDetails",
      required: true,
      properties: [
        { key: "availabilityDomain", type: "string", required: true, description: "Availability domain for the group, for example `Uocm:PHX-AD-1`." },
        { key: "backupPolicyId", type: "string", required: false, description: "OCID of a backup policy to assign; no policy when omitted." },
        { key: "compartmentId", type: "string", required: true, description: "OCID of the compartment for the group." },
        { key: "definedTags", type: "object", required: false, description: "Tags grouped by tag namespace: each namespace maps tag keys to values, for example `{\"Operations\": {\"CostCenter\": \"42\"}}`." },
        { key: "displayName", type: "string", required: false, description: "Name for the group; need not be unique." },
        { key: "freeformTags", type: "object", required: false, description: "Simple key-value tags with no namespace, for example `{\"team\": \"storage\"}`." },
        { key: "sourceDetails", type: "object", required: true, description: "Where a volume group's volumes come from, selected by `type`." },
        { key: "volumeGroupReplicas", type: "array", required: false, description: "Replicas to create for the group." },
        { key: "clusterPlacementGroupId", type: "string", required: false, description: "OCID of the cluster placement group to place the group in." },
        { key: "xrcKmsKeyId", type: "string", required: false, description: "OCID of a Vault key in the destination region, used when the source is in another region." },
      ],
    },
    response: { model: "VolumeGroup", list: false },
    invoke: (client, init) => client.POST("/volumeGroups", init as OperationInit<operations["CreateVolumeGroup"]>),
  },
  GetVolumeGroup: {
    operationId: "GetVolumeGroup",
    method: "GET",
    path: "/volumeGroups/{volumeGroupId}",
    parameters: [
      { name: "volumeGroupId", in: "path", type: "string", required: true, description: "OCID of the volume group." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    response: { model: "VolumeGroup", list: false },
    invoke: (client, init) => client.GET("/volumeGroups/{volumeGroupId}", init as OperationInit<operations["GetVolumeGroup"]>),
  },
  UpdateVolumeGroup: {
    operationId: "UpdateVolumeGroup",
    method: "PUT",
    path: "/volumeGroups/{volumeGroupId}",
    parameters: [
      { name: "volumeGroupId", in: "path", type: "string", required: true, description: "OCID of the volume group." },
      { name: "preserveVolumeReplica", in: "query", type: "boolean", required: false, description: "Whether the block volume replicas of member volumes are kept when the update changes the group's replicas." },
      { name: "if-match", in: "header", type: "string", required: false, description: "Optimistic concurrency guard: the `etag` of the version you read." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "UpdateVolumeGroupDetails",
      required: true,
      properties: [
        { key: "definedTags", type: "object", required: false, description: "Tags grouped by tag namespace: each namespace maps tag keys to values, for example `{\"Operations\": {\"CostCenter\": \"42\"}}`." },
        { key: "displayName", type: "string", required: false, description: "New name for the group." },
        { key: "freeformTags", type: "object", required: false, description: "Simple key-value tags with no namespace, for example `{\"team\": \"storage\"}`." },
        { key: "volumeIds", type: "array", required: false, description: "The complete new list of member volume OCIDs." },
        { key: "volumeGroupReplicas", type: "array", required: false, description: "The complete desired list of replicas; an empty list removes them all." },
      ],
    },
    response: { model: "VolumeGroup", list: false },
    invoke: (client, init) => client.PUT("/volumeGroups/{volumeGroupId}", init as OperationInit<operations["UpdateVolumeGroup"]>),
  },
  DeleteVolumeGroup: {
    operationId: "DeleteVolumeGroup",
    method: "DELETE",
    path: "/volumeGroups/{volumeGroupId}",
    parameters: [
      { name: "volumeGroupId", in: "path", type: "string", required: true, description: "OCID of the volume group." },
      { name: "if-match", in: "header", type: "string", required: false, description: "Optimistic concurrency guard: the `etag` of the version you read." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    invoke: (client, init) => client.DELETE("/volumeGroups/{volumeGroupId}", init as OperationInit<operations["DeleteVolumeGroup"]>),
  },
  ChangeVolumeGroupCompartment: {
    operationId: "ChangeVolumeGroupCompartment",
    method: "POST",
    path: "/volumeGroups/{volumeGroupId}/actions/changeCompartment",
    parameters: [
      { name: "volumeGroupId", in: "path", type: "string", required: true, description: "OCID of the volume group." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "ChangeVolumeGroupCompartmentDetails",
      required: true,
      properties: [
        { key: "compartmentId", type: "string", required: true, description: "OCID of the compartment to move the group into." },
      ],
    },
    invoke: (client, init) => client.POST("/volumeGroups/{volumeGroupId}/actions/changeCompartment", init as OperationInit<operations["ChangeVolumeGroupCompartment"]>),
  },
  ListVolumes: {
    operationId: "ListVolumes",
    method: "GET",
    path: "/volumes",
    parameters: [
      { name: "availabilityDomain", in: "query", type: "string", required: false, description: "Only return resources in this availability domain, for example `Uocm:PHX-AD-1`." },
      { name: "compartmentId", in: "query", type: "string", required: false, description: "OCID of the compartment to list; only resources in exactly this compartment are returned." },
      { name: "limit", in: "query", type: "integer", required: false, description: "Largest number of items to return in one page." },
      { name: "page", in: "query", type: "string", required: false, description: "Opaque cursor; pass the `opc-next-page` header of the previous page to get the next one." },
      { name: "displayName", in: "query", type: "string", required: false, description: "Only return resources whose display name is exactly this value (case-sensitive)." },
      { name: "sortBy", in: "query", type: "string", enum: ["TIMECREATED","DISPLAYNAME"], required: false, description: "Field to order by; only one at a time." },
      { name: "sortOrder", in: "query", type: "string", enum: ["ASC","DESC"], required: false, description: "Sort direction, `ASC` or `DESC`." },
      { name: "volumeGroupId", in: "query", type: "string", required: false, description: "Only return resources that belong to this volume group (OCID)." },
      { name: "clusterPlacementGroupId", in: "query", type: "string", required: false, description: "Only return volumes in this cluster placement group (OCID)." },
      { name: "lifecycleState", in: "query", type: "string", enum: ["PROVISIONING","RESTORING","AVAILABLE","TERMINATING","TERMINATED","FAULTY"], required: false, description: "Only return volumes in this lifecycle state." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    response: { model: "Volume", list: true },
    invoke: (client, init) => client.GET("/volumes", init as OperationInit<operations["ListVolumes"]>),
  },
  CreateVolume: {
    operationId: "CreateVolume",
    method: "POST",
    path: "/volumes",
    parameters: [
      { name: "opc-retry-token", in: "header", type: "string", required: false, description: "Idempotency key chosen by the caller." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "CreateVolumeDetails",
      required: true,
      properties: [
        { key: "availabilityDomain", type: "string", required: false, description: "Availability domain for the volume, for example `Uocm:PHX-AD-1`." },
        { key: "backupPolicyId", type: "string", required: false, description: "OCID of a backup policy to assign; no policy when omitted." },
        { key: "compartmentId", type: "string", required: true, description: "OCID of the compartment for the volume." },
        { key: "definedTags", type: "object", required: false, description: "Tags grouped by tag namespace: each namespace maps tag keys to values, for example `{\"Operations\": {\"CostCenter\": \"42\"}}`." },
        { key: "displayName", type: "string", required: false, description: "Name for the volume; need not be unique." },
        { key: "freeformTags", type: "object", required: false, description: "Simple key-value tags with no namespace, for example `{\"team\": \"storage\"}`." },
        { key: "kmsKeyId", type: "string", required: false, description: "OCID of a Vault key to encrypt the volume with; Oracle-managed when omitted." },
        { key: "vpusPerGB", type: "integer", required: false, description: "Performance, in volume performance units per GB (for example 0, 10, 20 or more)." },
        { key: "clusterPlacementGroupId", type: "string", required: false, description: "OCID of the cluster placement group to place the volume in." },
        { key: "sizeInGBs", type: "integer", required: false, description: "Size in gigabytes; 1024 when neither size field is given." },
        { key: "sizeInMBs", type: "integer", required: false, description: "Size in megabytes; superseded by `sizeInGBs`." },
        { key: "sourceDetails", type: "object", required: false, description: "Where a new volume's data comes from, selected by `type`." },
        { key: "volumeBackupId", type: "string", required: false, description: "OCID of a volume backup to restore; superseded by `sourceDetails`." },
        { key: "isAutoTuneEnabled", type: "boolean", required: false, description: "Turn on detached-volume auto-tuning (older switch; see `autotunePolicies`)." },
        { key: "blockVolumeReplicas", type: "array", required: false, description: "Replicas to create for the volume." },
        { key: "autotunePolicies", type: "array", required: false, description: "Auto-tuning rules for the volume." },
        { key: "xrcKmsKeyId", type: "string", required: false, description: "OCID of a Vault key in the destination region, used when the source is in another region." },
        { key: "isReservationsEnabled", type: "boolean", required: false, description: "Enable SCSI persistent reservations for the volume." },
      ],
    },
    response: { model: "Volume", list: false },
    invoke: (client, init) => client.POST("/volumes", init as OperationInit<operations["CreateVolume"]>),
  },
  GetVolume: {
    operationId: "GetVolume",
    method: "GET",
    path: "/volumes/{volumeId}",
    parameters: [
      { name: "volumeId", in: "path", type: "string", required: true, description: "OCID of the block volume." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    response: { model: "Volume", list: false },
    invoke: (client, init) => client.GET("/volumes/{volumeId}", init as OperationInit<operations["GetVolume"]>),
  },
  UpdateVolume: {
    operationId: "UpdateVolume",
    method: "PUT",
    path: "/volumes/{volumeId}",
    parameters: [
      { name: "volumeId", in: "path", type: "string", required: true, description: "OCID of the block volume." },
      { name: "if-match", in: "header", type: "string", required: false, description: "Optimistic concurrency guard: the `etag` of the version you read." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "UpdateVolumeDetails",
      required: true,
      properties: [
        { key: "definedTags", type: "object", required: false, description: "Tags grouped by tag namespace: each namespace maps tag keys to values, for example `{\"Operations\": {\"CostCenter\": \"42\"}}`." },
        { key: "displayName", type: "string", required: false, description: "New name for the volume." },
        { key: "freeformTags", type: "object", required: false, description: "Simple key-value tags with no namespace, for example `{\"team\": \"storage\"}`." },
        { key: "vpusPerGB", type: "integer", required: false, description: "New performance, in volume performance units per GB." },
        { key: "sizeInGBs", type: "integer", required: false, description: "New size in gigabytes; a volume can only grow." },
        { key: "isAutoTuneEnabled", type: "boolean", required: false, description: "Turn detached-volume auto-tuning on or off (older switch; see `autotunePolicies`)." },
        { key: "blockVolumeReplicas", type: "array", required: false, description: "The complete desired list of replicas; an empty list removes them all." },
        { key: "autotunePolicies", type: "array", required: false, description: "The complete desired list of auto-tuning rules." },
        { key: "isReservationsEnabled", type: "boolean", required: false, description: "Enable or disable SCSI persistent reservations." },
      ],
    },
    response: { model: "Volume", list: false },
    invoke: (client, init) => client.PUT("/volumes/{volumeId}", init as OperationInit<operations["UpdateVolume"]>),
  },
  DeleteVolume: {
    operationId: "DeleteVolume",
    method: "DELETE",
    path: "/volumes/{volumeId}",
    parameters: [
      { name: "volumeId", in: "path", type: "string", required: true, description: "OCID of the block volume." },
      { name: "if-match", in: "header", type: "string", required: false, description: "Optimistic concurrency guard: the `etag` of the version you read." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    invoke: (client, init) => client.DELETE("/volumes/{volumeId}", init as OperationInit<operations["DeleteVolume"]>),
  },
  ListVolumeBackups: {
    operationId: "ListVolumeBackups",
    method: "GET",
    path: "/volumeBackups",
    parameters: [
      { name: "compartmentId", in: "query", type: "string", required: true, description: "OCID of the compartment to list; only resources in exactly this compartment are returned." },
      { name: "volumeId", in: "query", type: "string", required: false, description: "Only return backups of this volume (OCID)." },
      { name: "limit", in: "query", type: "integer", required: false, description: "Largest number of items to return in one page." },
      { name: "page", in: "query", type: "string", required: false, description: "Opaque cursor; pass the `opc-next-page` header of the previous page to get the next one." },
      { name: "displayName", in: "query", type: "string", required: false, description: "Only return resources whose display name is exactly this value (case-sensitive)." },
      { name: "sourceVolumeBackupId", in: "query", type: "string", required: false, description: "Only return backups that were copied from this volume backup (OCID)." },
      { name: "sortBy", in: "query", type: "string", enum: ["TIMECREATED","DISPLAYNAME"], required: false, description: "Field to order by; only one at a time." },
      { name: "sortOrder", in: "query", type: "string", enum: ["ASC","DESC"], required: false, description: "Sort direction, `ASC` or `DESC`." },
      { name: "lifecycleState", in: "query", type: "string", enum: ["CREATING","AVAILABLE","TERMINATING","TERMINATED","FAULTY","REQUEST_RECEIVED"], required: false, description: "Only return volume backups in this lifecycle state." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    response: { model: "VolumeBackup", list: true },
    invoke: (client, init) => client.GET("/volumeBackups", init as OperationInit<operations["ListVolumeBackups"]>),
  },
  CreateVolumeBackup: {
    operationId: "CreateVolumeBackup",
    method: "POST",
    path: "/volumeBackups",
    parameters: [
      { name: "opc-retry-token", in: "header", type: "string", required: false, description: "Idempotency key chosen by the caller." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "CreateVolumeBackupDetails",
      required: true,
      properties: [
        { key: "definedTags", type: "object", required: false, description: "Tags grouped by tag namespace: each namespace maps tag keys to values, for example `{\"Operations\": {\"CostCenter\": \"42\"}}`." },
        { key: "displayName", type: "string", required: false, description: "Name for the backup; need not be unique." },
        { key: "freeformTags", type: "object", required: false, description: "Simple key-value tags with no namespace, for example `{\"team\": \"storage\"}`." },
        { key: "kmsKeyId", type: "string", required: false, description: "OCID of a Vault key to encrypt the backup with; the volume's key when omitted." },
        { key: "type", type: "string", enum: ["FULL","INCREMENTAL"], required: false, description: "Kind of backup to take; `INCREMENTAL` when omitted." },
        { key: "volumeId", type: "string", required: true, description: "OCID of the volume to back up." },
        { key: "retentionPeriod", type: "object", required: false, description: "A retention period, as an amount of a time unit." },
        { key: "isPreventDeletionEnabled", type: "boolean", required: false, description: "Refuse deletion of the backup until the retention period ends." },
        { key: "isRetentionLockEnabled", type: "boolean", required: false, description: "Lock the retention settings for the retention period." },
        { key: "isIndefiniteRetentionEnabled", type: "boolean", required: false, description: "Put the backup under legal hold, or lift the hold." },
      ],
    },
    response: { model: "VolumeBackup", list: false },
    invoke: (client, init) => client.POST("/volumeBackups", init as OperationInit<operations["CreateVolumeBackup"]>),
  },
  GetVolumeBackup: {
    operationId: "GetVolumeBackup",
    method: "GET",
    path: "/volumeBackups/{volumeBackupId}",
    parameters: [
      { name: "volumeBackupId", in: "path", type: "string", required: true, description: "OCID of the volume backup." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    response: { model: "VolumeBackup", list: false },
    invoke: (client, init) => client.GET("/volumeBackups/{volumeBackupId}", init as OperationInit<operations["GetVolumeBackup"]>),
  },
  UpdateVolumeBackup: {
    operationId: "UpdateVolumeBackup",
    method: "PUT",
    path: "/volumeBackups/{volumeBackupId}",
    parameters: [
      { name: "volumeBackupId", in: "path", type: "string", required: true, description: "OCID of the volume backup." },
      { name: "if-match", in: "header", type: "string", required: false, description: "Optimistic concurrency guard: the `etag` of the version you read." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "UpdateVolumeBackupDetails",
      required: true,
      properties: [
        { key: "definedTags", type: "object", required: false, description: "Tags grouped by tag namespace: each namespace maps tag keys to values, for example `{\"Operations\": {\"CostCenter\": \"42\"}}`." },
        { key: "displayName", type: "string", required: false, description: "New name for the backup." },
        { key: "freeformTags", type: "object", required: false, description: "Simple key-value tags with no namespace, for example `{\"team\": \"storage\"}`." },
        { key: "kmsKeyId", type: "string", required: false, description: "OCID of a Vault key to encrypt the backup with from now on." },
        { key: "retentionPeriod", type: "object", required: false, description: "A retention period, as an amount of a time unit." },
        { key: "isPreventDeletionEnabled", type: "boolean", required: false, description: "Refuse deletion of the backup until the retention period ends." },
        { key: "isRetentionLockEnabled", type: "boolean", required: false, description: "Lock the retention settings for the retention period." },
        { key: "isIndefiniteRetentionEnabled", type: "boolean", required: false, description: "Put the backup under legal hold, or lift the hold." },
      ],
    },
    response: { model: "VolumeBackup", list: false },
    invoke: (client, init) => client.PUT("/volumeBackups/{volumeBackupId}", init as OperationInit<operations["UpdateVolumeBackup"]>),
  },
  DeleteVolumeBackup: {
    operationId: "DeleteVolumeBackup",
    method: "DELETE",
    path: "/volumeBackups/{volumeBackupId}",
    parameters: [
      { name: "volumeBackupId", in: "path", type: "string", required: true, description: "OCID of the volume backup." },
      { name: "if-match", in: "header", type: "string", required: false, description: "Optimistic concurrency guard: the `etag` of the version you read." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    invoke: (client, init) => client.DELETE("/volumeBackups/{volumeBackupId}", init as OperationInit<operations["DeleteVolumeBackup"]>),
  },
  CopyVolumeBackup: {
    operationId: "CopyVolumeBackup",
    method: "POST",
    path: "/volumeBackups/{volumeBackupId}/actions/copy",
    parameters: [
      { name: "volumeBackupId", in: "path", type: "string", required: true, description: "OCID of the volume backup." },
      { name: "opc-retry-token", in: "header", type: "string", required: false, description: "Idempotency key chosen by the caller." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "CopyVolumeBackupDetails",
      required: true,
      properties: [
        { key: "destinationRegion", type: "string", required: true, description: "Region to copy the backup into, for example `us-phoenix-1`." },
        { key: "displayName", type: "string", required: false, description: "Name for the copy." },
        { key: "kmsKeyId", type: "string", required: false, description: "OCID of a Vault key in the destination region to encrypt the copy with; an Oracle-managed key is used when omitted." },
      ],
    },
    response: { model: "VolumeBackup", list: false },
    invoke: (client, init) => client.POST("/volumeBackups/{volumeBackupId}/actions/copy", init as OperationInit<operations["CopyVolumeBackup"]>),
  },
  ChangeVolumeBackupCompartment: {
    operationId: "ChangeVolumeBackupCompartment",
    method: "POST",
    path: "/volumeBackups/{volumeBackupId}/actions/changeCompartment",
    parameters: [
      { name: "volumeBackupId", in: "path", type: "string", required: true, description: "OCID of the volume backup." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "ChangeVolumeBackupCompartmentDetails",
      required: true,
      properties: [
        { key: "compartmentId", type: "string", required: true, description: "OCID of the compartment to move the backup into." },
      ],
    },
    invoke: (client, init) => client.POST("/volumeBackups/{volumeBackupId}/actions/changeCompartment", init as OperationInit<operations["ChangeVolumeBackupCompartment"]>),
  },
  ChangeVolumeCompartment: {
    operationId: "ChangeVolumeCompartment",
    method: "POST",
    path: "/volumes/{volumeId}/actions/changeCompartment",
    parameters: [
      { name: "volumeId", in: "path", type: "string", required: true, description: "OCID of the block volume." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "ChangeVolumeCompartmentDetails",
      required: true,
      properties: [
        { key: "compartmentId", type: "string", required: true, description: "OCID of the compartment to move the volume into." },
      ],
    },
    invoke: (client, init) => client.POST("/volumes/{volumeId}/actions/changeCompartment", init as OperationInit<operations["ChangeVolumeCompartment"]>),
  },
  ListVolumeBackupPolicies: {
    operationId: "ListVolumeBackupPolicies",
    method: "GET",
    path: "/volumeBackupPolicies",
    parameters: [
      { name: "limit", in: "query", type: "integer", required: false, description: "Largest number of items to return in one page." },
      { name: "page", in: "query", type: "string", required: false, description: "Opaque cursor; pass the `opc-next-page` header of the previous page to get the next one." },
      { name: "compartmentId", in: "query", type: "string", required: false, description: "OCID of the compartment whose user-defined policies to list; without it the Oracle-defined policies are listed." },
    ],
    response: { model: "VolumeBackupPolicy", list: true },
    invoke: (client, init) => client.GET("/volumeBackupPolicies", init as OperationInit<operations["ListVolumeBackupPolicies"]>),
  },
  CreateVolumeBackupPolicy: {
    operationId: "CreateVolumeBackupPolicy",
    method: "POST",
    path: "/volumeBackupPolicies",
    parameters: [
      { name: "opc-retry-token", in: "header", type: "string", required: false, description: "Idempotency key chosen by the caller." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
    ],
    body: {
      schema: "CreateVolumeBackupPolicyDetails",
      required: true,
      properties: [
        { key: "compartmentId", type: "string", required: true, description: "OCID of the compartment for the policy." },
        { key: "displayName", type: "string", required: false, description: "Name for the policy; need not be unique." },
        { key: "destinationRegion", type: "string", required: false, description: "Region to copy every scheduled backup to; no copies when omitted." },
        { key: "schedules", type: "array", required: false, description: "The schedules of the policy; at most one per period." },
        { key: "definedTags", type: "object", required: false, description: "Tags grouped by tag namespace: each namespace maps tag keys to values, for example `{\"Operations\": {\"CostCenter\": \"42\"}}`." },
        { key: "freeformTags", type: "object", required: false, description: "Simple key-value tags with no namespace, for example `{\"team\": \"storage\"}`." },
      ],
    },
    response: { model: "VolumeBackupPolicy", list: false },
    invoke: (client, init) => client.POST("/volumeBackupPolicies", init as OperationInit<operations["CreateVolumeBackupPolicy"]>),
  },
  GetVolumeBackupPolicy: {
    operationId: "GetVolumeBackupPolicy",
    method: "GET",
    path: "/volumeBackupPolicies/{policyId}",
    parameters: [
      { name: "policyId", in: "path", type: "string", required: true, description: "OCID of the backup policy." },
    ],
    response: { model: "VolumeBackupPolicy", list: false },
    invoke: (client, init) => client.GET("/volumeBackupPolicies/{policyId}", init as OperationInit<operations["GetVolumeBackupPolicy"]>),
  },
  UpdateVolumeBackupPolicy: {
    operationId: "UpdateVolumeBackupPolicy",
    method: "PUT",
    path: "/volumeBackupPolicies/{policyId}",
    parameters: [
      { name: "policyId", in: "path", type: "string", required: true, description: "OCID of the backup policy." },
      { name: "if-match", in: "header", type: "string", required: false, description: "Optimistic concurrency guard: the `etag` of the version you read." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
      { name: "opc-retry-token", in: "header", type: "string", required: false, description: "Idempotency key chosen by the caller." },
    ],
    body: {
      schema: "UpdateVolumeBackupPolicyDetails",
      required: true,
      properties: [
        { key: "displayName", type: "string", required: false, description: "New name for the policy." },
        { key: "destinationRegion", type: "string", required: false, description: "New copy region; the value `none` removes it." },
        { key: "schedules", type: "array", required: false, description: "The complete new list of schedules (replaces the stored one)." },
        { key: "definedTags", type: "object", required: false, description: "Tags grouped by tag namespace: each namespace maps tag keys to values, for example `{\"Operations\": {\"CostCenter\": \"42\"}}`." },
        { key: "freeformTags", type: "object", required: false, description: "Simple key-value tags with no namespace, for example `{\"team\": \"storage\"}`." },
      ],
    },
    response: { model: "VolumeBackupPolicy", list: false },
    invoke: (client, init) => client.PUT("/volumeBackupPolicies/{policyId}", init as OperationInit<operations["UpdateVolumeBackupPolicy"]>),
  },
  DeleteVolumeBackupPolicy: {
    operationId: "DeleteVolumeBackupPolicy",
    method: "DELETE",
    path: "/volumeBackupPolicies/{policyId}",
    parameters: [
      { name: "policyId", in: "path", type: "string", required: true, description: "OCID of the backup policy." },
      { name: "opc-request-id", in: "header", type: "string", required: false, description: "Caller-chosen id for this request, echoed back for tracing and support cases." },
      { name: "if-match", in: "header", type: "string", required: false, description: "Optimistic concurrency guard: the `etag` of the version you read." },
    ],
    invoke: (client, init) => client.DELETE("/volumeBackupPolicies/{policyId}", init as OperationInit<operations["DeleteVolumeBackupPolicy"]>),
  },
  GetVolumeBackupPolicyAssetAssignment: {
    operationId: "GetVolumeBackupPolicyAssetAssignment",
    method: "GET",
    path: "/volumeBackupPolicyAssignments",
    parameters: [
      { name: "assetId", in: "query", type: "string", required: true, description: "OCID of the volume or volume group whose assignment to return." },
      { name: "limit", in: "query", type: "integer", required: false, description: "Largest number of items to return in one page." },
      { name: "page", in: "query", type: "string", required: false, description: "Opaque cursor; pass the `opc-next-page` header of the previous page to get the next one." },
    ],
    response: { model: "VolumeBackupPolicyAssignment", list: true },
    invoke: (client, init) => client.GET("/volumeBackupPolicyAssignments", init as OperationInit<operations["GetVolumeBackupPolicyAssetAssignment"]>),
  },
  CreateVolumeBackupPolicyAssignment: {
    operationId: "CreateVolumeBackupPolicyAssignment",
    method: "POST",
    path: "/volumeBackupPolicyAssignments",
    parameters: [
    ],
    body: {
      schema: "CreateVolumeBackupPolicyAssignmentDetails",
      required: true,
      properties: [
        { key: "assetId", type: "string", required: true, description: "OCID of the volume or volume group to assign the policy to." },
        { key: "policyId", type: "string", required: true, description: "OCID of the backup policy to assign." },
        { key: "xrcKmsKeyId", type: "string", required: false, description: "OCID of a Vault key in the destination region for the cross-region copies." },
      ],
    },
    response: { model: "VolumeBackupPolicyAssignment", list: false },
    invoke: (client, init) => client.POST("/volumeBackupPolicyAssignments", init as OperationInit<operations["CreateVolumeBackupPolicyAssignment"]>),
  },
  GetVolumeBackupPolicyAssignment: {
    operationId: "GetVolumeBackupPolicyAssignment",
    method: "GET",
    path: "/volumeBackupPolicyAssignments/{policyAssignmentId}",
    parameters: [
      { name: "policyAssignmentId", in: "path", type: "string", required: true, description: "OCID of the backup policy assignment." },
    ],
    response: { model: "VolumeBackupPolicyAssignment", list: false },
    invoke: (client, init) => client.GET("/volumeBackupPolicyAssignments/{policyAssignmentId}", init as OperationInit<operations["GetVolumeBackupPolicyAssignment"]>),
  },
  DeleteVolumeBackupPolicyAssignment: {
    operationId: "DeleteVolumeBackupPolicyAssignment",
    method: "DELETE",
    path: "/volumeBackupPolicyAssignments/{policyAssignmentId}",
    parameters: [
      { name: "policyAssignmentId", in: "path", type: "string", required: true, description: "OCID of the backup policy assignment." },
      { name: "if-match", in: "header", type: "string", required: false, description: "Optimistic concurrency guard: the `etag` of the version you read." },
    ],
    invoke: (client, init) => client.DELETE("/volumeBackupPolicyAssignments/{policyAssignmentId}", init as OperationInit<operations["DeleteVolumeBackupPolicyAssignment"]>),
  },
} as const satisfies Record<string, OperationSpec>;

/** An operationId of the spec. */
export type OperationId = keyof typeof OPERATIONS;

/** Every model an operation returns: its fields (printed as null when absent) and its lifecycle states. */
export const MODELS = {
  VolumeGroupBackup: {
    fields: ["compartmentId","definedTags","displayName","expirationTime","freeformTags","id","lifecycleState","sizeInMBs","sizeInGBs","sourceType","timeCreated","timeRequestReceived","type","uniqueSizeInMbs","uniqueSizeInGbs","volumeBackupIds","volumeGroupId","sourceVolumeGroupBackupId","timeRetentionExpiresAt","retentionPeriod","isPreventDeletionEnabled","isRetentionLockEnabled","isIndefiniteRetentionEnabled"],
    lifecycleStates: ["CREATING","COMMITTED","AVAILABLE","TERMINATING","TERMINATED","FAULTY","REQUEST_RECEIVED"],
  },
  VolumeGroup: {
    fields: ["availabilityDomain","compartmentId","definedTags","displayName","freeformTags","id","lifecycleState","sizeInMBs","sizeInGBs","sourceDetails","timeCreated","volumeIds","isHydrated","volumeGroupReplicas"],
    lifecycleStates: ["PROVISIONING","AVAILABLE","TERMINATING","TERMINATED","FAULTY","UPDATE_PENDING"],
  },
  Volume: {
    fields: ["availabilityDomain","compartmentId","definedTags","freeformTags","systemTags","displayName","id","isHydrated","kmsKeyId","lifecycleState","vpusPerGB","clusterPlacementGroupId","sizeInGBs","sizeInMBs","sourceDetails","timeCreated","volumeGroupId","isAutoTuneEnabled","autoTunedVpusPerGB","blockVolumeReplicas","autotunePolicies","isReservationsEnabled"],
    lifecycleStates: ["PROVISIONING","RESTORING","AVAILABLE","TERMINATING","TERMINATED","FAULTY"],
  },
  VolumeBackup: {
    fields: ["compartmentId","definedTags","systemTags","displayName","expirationTime","freeformTags","id","kmsKeyId","lifecycleState","sizeInGBs","sizeInMBs","sourceType","sourceVolumeBackupId","timeCreated","timeRequestReceived","type","uniqueSizeInGBs","uniqueSizeInMbs","volumeId","timeRetentionExpiresAt","retentionPeriod","isPreventDeletionEnabled","isRetentionLockEnabled","isIndefiniteRetentionEnabled","volumeGroupBackupId"],
    lifecycleStates: ["CREATING","AVAILABLE","TERMINATING","TERMINATED","FAULTY","REQUEST_RECEIVED"],
  },
  VolumeBackupPolicy: {
    fields: ["displayName","id","schedules","destinationRegion","timeCreated","compartmentId","definedTags","freeformTags"],
    lifecycleStates: [],
  },
  VolumeBackupPolicyAssignment: {
    fields: ["assetId","id","policyId","timeCreated","xrcKmsKeyId"],
    lifecycleStates: [],
  },
} as const satisfies Record<string, ModelSpec>;

/** A model the CLI prints. */
export type ModelName = keyof typeof MODELS;

/** Property names the spec types as `date-time` (printed the way Python's isoformat() does). */
export const DATE_TIME_FIELDS: ReadonlySet<string> = new Set(["expirationTime","timeCreated","timeRequestReceived","timeRetentionExpiresAt"]);

/** Property names whose value is a map keyed by the user (tags): printed with their keys as given. */
export const USER_MAP_FIELDS: ReadonlySet<string> = new Set(["definedTags","freeformTags","systemTags"]);
