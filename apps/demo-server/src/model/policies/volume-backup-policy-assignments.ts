import type { CreateVolumeBackupPolicyAssignmentDetails } from "@ocikit/core/types";
import type { ResourceRow, Store } from "../../store/store.js";
import type { Caller } from "../caller.js";
import { checkIfMatch } from "../resources.js";
import type { Work } from "../work.js";
import { assignPolicy, loadAsset, unassign } from "./assignment-rules.js";
import { assignmentOfAsset, loadAssignment } from "./policy-lookup.js";

export async function createVolumeBackupPolicyAssignment(work: Work, d: CreateVolumeBackupPolicyAssignmentDetails): Promise<ResourceRow> {
  return assignPolicy(work, await loadAsset(work, d.assetId), d.policyId, d.xrcKmsKeyId);
}

export function getVolumeBackupPolicyAssignment(store: Store, caller: Caller, id: string): Promise<ResourceRow> {
  return loadAssignment(store, caller, id);
}

/** The asset's live assignment in the caller's region, if any (an asset the caller cannot see has none). */
export async function getVolumeBackupPolicyAssetAssignment(store: Store, caller: Caller, assetId: string): Promise<ResourceRow | undefined> {
  const row = await store.transaction((tx) => assignmentOfAsset(tx, caller.tenancyId, assetId));
  return row !== undefined && row.region === caller.region ? row : undefined;
}

export async function deleteVolumeBackupPolicyAssignment(work: Work, id: string, ifMatch: string | undefined): Promise<void> {
  const row = await loadAssignment(work.tx, work.caller, id);
  checkIfMatch(ifMatch, row);
  await unassign(work, row);
}
