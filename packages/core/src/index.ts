export { createCoreClient, type CoreClient, type CoreClientOptions } from "./create-core-client.js";
export {
  createSignedFetch,
  type FetchHooks,
  type SignedFetch,
  type SignedFetchOptions,
  type Transport,
} from "./signed-fetch.js";
export type { AuthOption } from "./resolve-auth.js";
export { DEFAULT_RETRY, resolveRetryOptions, type ResolvedRetryOptions, type RetryOptions } from "./retry-options.js";
export { backoffDelay, parseRetryAfter } from "./backoff.js";
export { defaultSleep, type Sleep } from "./sleep.js";
export { API_VERSION, regionServiceRoot, resolveEndpoint, type EndpointOptions } from "./resolve-endpoint.js";
export { REALM_DOMAINS, findRegion, knownRegions, type RegionInfo } from "./realms.js";
export type { OperationInfo } from "./operation-lookup.js";
export { compilePathTemplate, type PathTemplate } from "./compile-path-template.js";
export { PathTemplateError, type PathTemplateErrorCode } from "./path-template-error.js";
export { OciError } from "@ocikit/signer/errors";
export {
  paginate,
  paginatePages,
  type FetchResultLike,
  type ItemOf,
  type Page,
  type PageFetcher,
  type PageParams,
  type PaginateOptions,
} from "./paginate.js";
export { unwrap, type DataOf, type Unwrapped } from "./unwrap.js";
export { waitForState, type WaitForStateOptions, type WaitResult, type WaitState } from "./wait-for-state.js";
export {
  waitForVolume,
  waitForVolumeBackup,
  waitForVolumeGroup,
  waitForVolumeGroupBackup,
  type ResourceWaitOptions,
} from "./wait-for-resource.js";
export {
  changeVolumeGroupBackupCompartment,
  copyVolumeGroupBackup,
  createVolumeGroupBackup,
  deleteVolumeGroupBackup,
  getVolumeGroupBackup,
  listVolumeGroupBackups,
  updateVolumeGroupBackup,
} from "./volume-group-backup-operations.js";
export {
  createVolumeBackupPolicy,
  createVolumeBackupPolicyAssignment,
  deleteVolumeBackupPolicy,
  deleteVolumeBackupPolicyAssignment,
  findVolumeBackupPolicyAssignment,
  getVolumeBackupPolicy,
  getVolumeBackupPolicyAssetAssignment,
  getVolumeBackupPolicyAssignment,
  listVolumeBackupPolicies,
  updateVolumeBackupPolicy,
} from "./volume-backup-policy-operations.js";
export {
  getVolume,
  getVolumeBackup,
  getVolumeGroup,
  listVolumeBackups,
  listVolumeGroups,
  listVolumes,
} from "./volume-read-operations.js";
export {
  changeVolumeBackupCompartment,
  changeVolumeCompartment,
  copyVolumeBackup,
  createVolumeBackup,
  deleteVolumeBackup,
  updateVolumeBackup,
} from "./volume-backup-operations.js";
export type { CallOptions, CreateCallOptions, IfMatchCallOptions } from "./call-options.js";
export { requestContextOf, type RequestContext } from "./response-context.js";
export { redactHeaders } from "./redact-headers.js";
export { OciServiceError, type OciServiceErrorInit } from "./oci-service-error.js";
export { OciNetworkError, type OciNetworkErrorInit } from "./oci-network-error.js";
export { UnknownRegionError } from "./unknown-region-error.js";
export { InvalidEndpointError } from "./invalid-endpoint-error.js";
export { MissingRegionError } from "./missing-region-error.js";
export { RetryOptionsError } from "./retry-options-error.js";
export { WaiterOptionsError } from "./waiter-options-error.js";
export type { paths, components, operations } from "./types/index.js";
export type * from "./types/aliases.js";
