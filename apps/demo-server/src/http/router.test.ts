import { describe, expect, it } from "vitest";
import { loadSpec } from "@ocikit/spec";
import { Router } from "./router.js";

const router = new Router((loadSpec() as { paths: Record<string, Record<string, unknown>> }).paths);

describe("Router (built from the spec)", () => {
  it("knows every operation of the slice", () => {
    expect(router.operationIds()).toHaveLength(35);
  });

  it.each([
    ["GET", "/volumeGroupBackups", "ListVolumeGroupBackups", {}],
    ["POST", "/volumeGroupBackups/ocid1.x/actions/copy", "CopyVolumeGroupBackup", { volumeGroupBackupId: "ocid1.x" }],
    ["GET", "/volumeGroupBackups/nope%2Fx", "GetVolumeGroupBackup", { volumeGroupBackupId: "nope/x" }],
    ["DELETE", "/volumes/v1", "DeleteVolume", { volumeId: "v1" }],
  ])("%s %s → %s", (method, path, operationId, params) => {
    expect(router.match(method, path)).toEqual({ kind: "match", route: expect.objectContaining({ operationId, params }) });
  });

  it.each([["/volumeGroupBackups/"], ["/volumeGroupBackups/%E0%A4%A"], ["/instances"], ["/volumes/a/b"]])("does not match %s", (path) => {
    expect(router.match("GET", path).kind).toBe("not-found");
  });

  it("reports the allowed methods of a known path", () => {
    expect(router.match("PATCH", "/volumes/v1")).toEqual({ kind: "method-not-allowed", allowed: ["GET", "PUT", "DELETE"] });
  });
});
