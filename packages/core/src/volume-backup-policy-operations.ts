import type { CoreClient } from "./create-core-client.js";
import { toInit, type CallOptions, type CreateCallOptions, type IfMatchCallOptions } from "./call-options.js";
import { paginate } from "./paginate.js";
import { unwrap } from "./unwrap.js";
import type { components, operations } from "./types/index.js";

type Schemas = components["schemas"];
type QueryOf<K extends keyof operations> = Omit<NonNullable<operations[K]["parameters"]["query"]>, "page">;

// Backup policies and their assignments, in the style of volume-group-backup-operations.ts: one
// openapi-fetch call each through `unwrap` (throws OciServiceError), lists as async iterators.

/** CreateVolumeBackupPolicy: a user-defined policy (a retry token is generated when absent). @public */
export async function createVolumeBackupPolicy(
  client: CoreClient,
  body: Schemas["CreateVolumeBackupPolicyDetails"],
  options: CreateCallOptions = {},
): Promise<Schemas["VolumeBackupPolicy"]> {
  return (await unwrap(client.POST("/volumeBackupPolicies", { body, ...toInit(options) }))).data;
}

/** GetVolumeBackupPolicy (Oracle-defined or user-defined). @public */
export async function getVolumeBackupPolicy(
  client: CoreClient,
  policyId: string,
  options: CallOptions = {},
): Promise<Schemas["VolumeBackupPolicy"]> {
  const params = { path: { policyId } };
  return (await unwrap(client.GET("/volumeBackupPolicies/{policyId}", { params, ...toInit(options) }))).data;
}

/**
 * ListVolumeBackupPolicies, every page: the user-defined policies of `compartmentId`, or the
 * Oracle-defined ones (gold, silver, bronze) when it is omitted. @public
 */
export function listVolumeBackupPolicies(
  client: CoreClient,
  query: QueryOf<"ListVolumeBackupPolicies"> = {},
  options: CallOptions = {},
): AsyncGenerator<Schemas["VolumeBackupPolicy"], void, undefined> {
  return paginate((next) =>
    client.GET("/volumeBackupPolicies", { params: { query: { ...query, ...next } }, ...toInit(options) }),
  );
}

/** UpdateVolumeBackupPolicy: `schedules` and tag maps replace the stored ones. @public */
export async function updateVolumeBackupPolicy(
  client: CoreClient,
  policyId: string,
  body: Schemas["UpdateVolumeBackupPolicyDetails"],
  options: IfMatchCallOptions & CreateCallOptions = {},
): Promise<Schemas["VolumeBackupPolicy"]> {
  const params = { path: { policyId } };
  return (await unwrap(client.PUT("/volumeBackupPolicies/{policyId}", { params, body, ...toInit(options) }))).data;
}

/** DeleteVolumeBackupPolicy (only an unassigned user-defined policy). @public */
export async function deleteVolumeBackupPolicy(
  client: CoreClient,
  policyId: string,
  options: IfMatchCallOptions = {},
): Promise<void> {
  const params = { path: { policyId } };
  await unwrap(client.DELETE("/volumeBackupPolicies/{policyId}", { params, ...toInit(options) }));
}

/** CreateVolumeBackupPolicyAssignment: replaces the asset's previous assignment, if any. @public */
export async function createVolumeBackupPolicyAssignment(
  client: CoreClient,
  body: Schemas["CreateVolumeBackupPolicyAssignmentDetails"],
  options: CallOptions = {},
): Promise<Schemas["VolumeBackupPolicyAssignment"]> {
  return (await unwrap(client.POST("/volumeBackupPolicyAssignments", { body, ...toInit(options) }))).data;
}

/** GetVolumeBackupPolicyAssignment. @public */
export async function getVolumeBackupPolicyAssignment(
  client: CoreClient,
  policyAssignmentId: string,
  options: CallOptions = {},
): Promise<Schemas["VolumeBackupPolicyAssignment"]> {
  const params = { path: { policyAssignmentId } };
  return (
    await unwrap(client.GET("/volumeBackupPolicyAssignments/{policyAssignmentId}", { params, ...toInit(options) }))
  ).data;
}

/** GetVolumeBackupPolicyAssetAssignment, every page: the asset's assignment (zero or one item). @public */
export function getVolumeBackupPolicyAssetAssignment(
  client: CoreClient,
  query: QueryOf<"GetVolumeBackupPolicyAssetAssignment">,
  options: CallOptions = {},
): AsyncGenerator<Schemas["VolumeBackupPolicyAssignment"], void, undefined> {
  return paginate((next) =>
    client.GET("/volumeBackupPolicyAssignments", { params: { query: { ...query, ...next } }, ...toInit(options) }),
  );
}

/** The asset's assignment, or `undefined` when it has no backup policy. @public */
export async function findVolumeBackupPolicyAssignment(
  client: CoreClient,
  assetId: string,
  options: CallOptions = {},
): Promise<Schemas["VolumeBackupPolicyAssignment"] | undefined> {
  for await (const assignment of getVolumeBackupPolicyAssetAssignment(client, { assetId }, options)) return assignment;
  return undefined;
}

/** DeleteVolumeBackupPolicyAssignment: unassigns the policy. @public */
export async function deleteVolumeBackupPolicyAssignment(
  client: CoreClient,
  policyAssignmentId: string,
  options: IfMatchCallOptions = {},
): Promise<void> {
  const params = { path: { policyAssignmentId } };
  await unwrap(client.DELETE("/volumeBackupPolicyAssignments/{policyAssignmentId}", { params, ...toInit(options) }));
}
