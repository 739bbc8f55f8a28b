import { describe, expect, it } from "vitest";
import { lookupOperation } from "./operation-lookup.js";

describe("lookupOperation", () => {
  const root = "https://iaas.us-ashburn-1.oraclecloud.com/20160918";
  it.each([
    ["POST", `${root}/volumeGroupBackups`, "CreateVolumeGroupBackup", true],
    ["GET", `${root}/volumeGroupBackups?compartmentId=x&page=2`, "ListVolumeGroupBackups", false],
    ["GET", `${root}/volumeGroupBackups/ocid1.vgb.oc1..a`, "GetVolumeGroupBackup", false],
    ["get", `${root}/volumeGroupBackups/ocid1.vgb.oc1..a`, "GetVolumeGroupBackup", false],
    ["PUT", `${root}/volumeGroupBackups/a%2Fb`, "UpdateVolumeGroupBackup", false],
    ["DELETE", `${root}/volumeGroupBackups/x`, "DeleteVolumeGroupBackup", false],
    ["POST", `${root}/volumeGroupBackups/x/actions/copy`, "CopyVolumeGroupBackup", true],
    ["POST", `${root}/volumeGroupBackups/x/actions/changeCompartment`, "ChangeVolumeGroupBackupCompartment", false],
    ["POST", `${root}/volumeGroups`, "CreateVolumeGroup", true],
    ["POST", `${root}/volumes`, "CreateVolume", true],
    ["GET", `${root}/volumeBackups/x`, "GetVolumeBackup", false],
    ["POST", `${root}/volumeBackupPolicies`, "CreateVolumeBackupPolicy", true],
    ["PUT", `${root}/volumeBackupPolicies/p`, "UpdateVolumeBackupPolicy", true],
    ["GET", `${root}/volumeBackupPolicies`, "ListVolumeBackupPolicies", false],
    ["POST", `${root}/volumeBackupPolicyAssignments`, "CreateVolumeBackupPolicyAssignment", false],
    ["GET", `${root}/volumeBackupPolicyAssignments?assetId=a`, "GetVolumeBackupPolicyAssetAssignment", false],
    ["DELETE", `${root}/volumeBackupPolicyAssignments/pa`, "DeleteVolumeBackupPolicyAssignment", false],
    ["POST", "http://127.0.0.1:9/us-phoenix-1/20160918/volumeGroupBackups", "CreateVolumeGroupBackup", true],
  ])("%s %s → %s (retry token: %s)", (method, url, operationId, retryToken) => {
    expect(lookupOperation(method, url)).toEqual({ operationId, retryToken });
  });

  it.each([
    ["PATCH", `${root}/volumeGroupBackups/x`],
    ["GET", `${root}/volumeGroupBackups/`],
    ["GET", `${root}/volumeGroupBackups/x/extra`],
    ["POST", `${root}/instances`],
    ["GET", "https://objectstorage.us-ashburn-1.oraclecloud.com/n/ns/b"],
  ])("%s %s → undefined", (method, url) => {
    expect(lookupOperation(method, url)).toBeUndefined();
  });
});
