/**
 * Runtime tables of the spec's operations: names for errors, and which calls take a retry token.
 *
 * GENERATED from spec/core-services.yaml by packages/core/scripts/generate-types.mjs.
 * Do not edit by hand: change the spec, then run `pnpm --filter @ocikit/core generate`.
 */

/** Operation ids of the spec, in document order. */
export const operationIds = [
  "ListVolumeGroupBackups",
  "CreateVolumeGroupBackup",
  "GetVolumeGroupBackup",
  "UpdateVolumeGroupBackup",
  "DeleteVolumeGroupBackup",
  "CopyVolumeGroupBackup",
  "ChangeVolumeGroupBackupCompartment",
  "ListVolumeGroups",
  "CreateVolumeGroup",
  "GetVolumeGroup",
  "UpdateVolumeGroup",
  "DeleteVolumeGroup",
  "ChangeVolumeGroupCompartment",
  "ListVolumes",
  "CreateVolume",
  "GetVolume",
  "UpdateVolume",
  "DeleteVolume",
  "ListVolumeBackups",
  "CreateVolumeBackup",
  "GetVolumeBackup",
  "UpdateVolumeBackup",
  "DeleteVolumeBackup",
  "CopyVolumeBackup",
  "ChangeVolumeBackupCompartment",
  "ChangeVolumeCompartment",
  "ListVolumeBackupPolicies",
  "CreateVolumeBackupPolicy",
  "GetVolumeBackupPolicy",
  "UpdateVolumeBackupPolicy",
  "DeleteVolumeBackupPolicy",
  "GetVolumeBackupPolicyAssetAssignment",
  "CreateVolumeBackupPolicyAssignment",
  "GetVolumeBackupPolicyAssignment",
  "DeleteVolumeBackupPolicyAssignment",
] as const;

/** An OCI operationId covered by the spec, e.g. `"CreateVolumeGroupBackup"`. */
export type OperationId = (typeof operationIds)[number];

/** HTTP method and OpenAPI path template of an operation. */
export interface OperationRoute {
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
  readonly path: string;
}

/**
 * Maps `"<METHOD> <path template>"` (the method upper-case, the path as written in the spec and as
 * openapi-fetch reports it in `schemaPath`) to the operationId.
 */
export const operationIdByRoute: Readonly<Record<string, OperationId>> = {
  "GET /volumeGroupBackups": "ListVolumeGroupBackups",
  "POST /volumeGroupBackups": "CreateVolumeGroupBackup",
  "GET /volumeGroupBackups/{volumeGroupBackupId}": "GetVolumeGroupBackup",
  "PUT /volumeGroupBackups/{volumeGroupBackupId}": "UpdateVolumeGroupBackup",
  "DELETE /volumeGroupBackups/{volumeGroupBackupId}": "DeleteVolumeGroupBackup",
  "POST /volumeGroupBackups/{volumeGroupBackupId}/actions/copy": "CopyVolumeGroupBackup",
  "POST /volumeGroupBackups/{volumeGroupBackupId}/actions/changeCompartment": "ChangeVolumeGroupBackupCompartment",
  "GET /volumeGroups": "ListVolumeGroups",
  "POST /volumeGroups": "CreateVolumeGroup",
  "GET /volumeGroups/{volumeGroupId}": "GetVolumeGroup",
  "PUT /volumeGroups/{volumeGroupId}": "UpdateVolumeGroup",
  "DELETE /volumeGroups/{volumeGroupId}": "DeleteVolumeGroup",
  "POST /volumeGroups/{volumeGroupId}/actions/changeCompartment": "ChangeVolumeGroupCompartment",
  "GET /volumes": "ListVolumes",
  "POST /volumes": "CreateVolume",
  "GET /volumes/{volumeId}": "GetVolume",
  "PUT /volumes/{volumeId}": "UpdateVolume",
  "DELETE /volumes/{volumeId}": "DeleteVolume",
  "GET /volumeBackups": "ListVolumeBackups",
  "POST /volumeBackups": "CreateVolumeBackup",
  "GET /volumeBackups/{volumeBackupId}": "GetVolumeBackup",
  "PUT /volumeBackups/{volumeBackupId}": "UpdateVolumeBackup",
  "DELETE /volumeBackups/{volumeBackupId}": "DeleteVolumeBackup",
  "POST /volumeBackups/{volumeBackupId}/actions/copy": "CopyVolumeBackup",
  "POST /volumeBackups/{volumeBackupId}/actions/changeCompartment": "ChangeVolumeBackupCompartment",
  "POST /volumes/{volumeId}/actions/changeCompartment": "ChangeVolumeCompartment",
  "GET /volumeBackupPolicies": "ListVolumeBackupPolicies",
  "POST /volumeBackupPolicies": "CreateVolumeBackupPolicy",
  "GET /volumeBackupPolicies/{policyId}": "GetVolumeBackupPolicy",
  "PUT /volumeBackupPolicies/{policyId}": "UpdateVolumeBackupPolicy",
  "DELETE /volumeBackupPolicies/{policyId}": "DeleteVolumeBackupPolicy",
  "GET /volumeBackupPolicyAssignments": "GetVolumeBackupPolicyAssetAssignment",
  "POST /volumeBackupPolicyAssignments": "CreateVolumeBackupPolicyAssignment",
  "GET /volumeBackupPolicyAssignments/{policyAssignmentId}": "GetVolumeBackupPolicyAssignment",
  "DELETE /volumeBackupPolicyAssignments/{policyAssignmentId}": "DeleteVolumeBackupPolicyAssignment",
};

/** Method and path template of each operation. */
export const routeByOperationId: Readonly<Record<OperationId, OperationRoute>> = {
  ListVolumeGroupBackups: { method: "GET", path: "/volumeGroupBackups" },
  CreateVolumeGroupBackup: { method: "POST", path: "/volumeGroupBackups" },
  GetVolumeGroupBackup: { method: "GET", path: "/volumeGroupBackups/{volumeGroupBackupId}" },
  UpdateVolumeGroupBackup: { method: "PUT", path: "/volumeGroupBackups/{volumeGroupBackupId}" },
  DeleteVolumeGroupBackup: { method: "DELETE", path: "/volumeGroupBackups/{volumeGroupBackupId}" },
  CopyVolumeGroupBackup: { method: "POST", path: "/volumeGroupBackups/{volumeGroupBackupId}/actions/copy" },
  ChangeVolumeGroupBackupCompartment: { method: "POST", path: "/volumeGroupBackups/{volumeGroupBackupId}/actions/changeCompartment" },
  ListVolumeGroups: { method: "GET", path: "/volumeGroups" },
  CreateVolumeGroup: { method: "POST", path: "/volumeGroups" },
  GetVolumeGroup: { method: "GET", path: "/volumeGroups/{volumeGroupId}" },
  UpdateVolumeGroup: { method: "PUT", path: "/volumeGroups/{volumeGroupId}" },
  DeleteVolumeGroup: { method: "DELETE", path: "/volumeGroups/{volumeGroupId}" },
  ChangeVolumeGroupCompartment: { method: "POST", path: "/volumeGroups/{volumeGroupId}/actions/changeCompartment" },
  ListVolumes: { method: "GET", path: "/volumes" },
  CreateVolume: { method: "POST", path: "/volumes" },
  GetVolume: { method: "GET", path: "/volumes/{volumeId}" },
  UpdateVolume: { method: "PUT", path: "/volumes/{volumeId}" },
  DeleteVolume: { method: "DELETE", path: "/volumes/{volumeId}" },
  ListVolumeBackups: { method: "GET", path: "/volumeBackups" },
  CreateVolumeBackup: { method: "POST", path: "/volumeBackups" },
  GetVolumeBackup: { method: "GET", path: "/volumeBackups/{volumeBackupId}" },
  UpdateVolumeBackup: { method: "PUT", path: "/volumeBackups/{volumeBackupId}" },
  DeleteVolumeBackup: { method: "DELETE", path: "/volumeBackups/{volumeBackupId}" },
  CopyVolumeBackup: { method: "POST", path: "/volumeBackups/{volumeBackupId}/actions/copy" },
  ChangeVolumeBackupCompartment: { method: "POST", path: "/volumeBackups/{volumeBackupId}/actions/changeCompartment" },
  ChangeVolumeCompartment: { method: "POST", path: "/volumes/{volumeId}/actions/changeCompartment" },
  ListVolumeBackupPolicies: { method: "GET", path: "/volumeBackupPolicies" },
  CreateVolumeBackupPolicy: { method: "POST", path: "/volumeBackupPolicies" },
  GetVolumeBackupPolicy: { method: "GET", path: "/volumeBackupPolicies/{policyId}" },
  UpdateVolumeBackupPolicy: { method: "PUT", path: "/volumeBackupPolicies/{policyId}" },
  DeleteVolumeBackupPolicy: { method: "DELETE", path: "/volumeBackupPolicies/{policyId}" },
  GetVolumeBackupPolicyAssetAssignment: { method: "GET", path: "/volumeBackupPolicyAssignments" },
  CreateVolumeBackupPolicyAssignment: { method: "POST", path: "/volumeBackupPolicyAssignments" },
  GetVolumeBackupPolicyAssignment: { method: "GET", path: "/volumeBackupPolicyAssignments/{policyAssignmentId}" },
  DeleteVolumeBackupPolicyAssignment: { method: "DELETE", path: "/volumeBackupPolicyAssignments/{policyAssignmentId}" },
};

/**
 * Operations that declare the `opc-retry-token` header: the only POSTs that may be retried safely,
 * because the token makes the service return the first result instead of acting twice.
 */
export const retryTokenOperations: ReadonlySet<OperationId> = new Set<OperationId>([
  "CreateVolumeGroupBackup",
  "CopyVolumeGroupBackup",
  "CreateVolumeGroup",
  "CreateVolume",
  "CreateVolumeBackup",
  "CopyVolumeBackup",
  "CreateVolumeBackupPolicy",
  "UpdateVolumeBackupPolicy",
]);
