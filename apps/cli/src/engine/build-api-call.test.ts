import { describe, expect, it } from "vitest";
import { buildApiCall } from "./build-api-call.js";
import { ROOT } from "../commands/command-tree.js";
import type { GroupCommand, OperationCommand } from "../types.js";

function command(...path: string[]): OperationCommand {
  let node: GroupCommand | OperationCommand = ROOT;
  for (const word of path) node = (node as GroupCommand).children.find((c) => c.name === word) as GroupCommand | OperationCommand;
  return node as OperationCommand;
}

describe("buildApiCall", () => {
  it.each([
    {
      name: "the seed's create: only given options, camelCased, in the body",
      command: command("bv", "volume-group-backup", "create"),
      values: { "volume-group-id": "vg", type: "FULL", "display-name": "laboris pariatur", "freeform-tags": {}, "defined-tags": {}, "wait-for-state": ["AVAILABLE"], "max-wait-seconds": 1200 },
      expected: { method: "POST", path: "/volumeGroupBackups", pathParams: {}, query: {}, headers: {}, body: { volumeGroupId: "vg", type: "FULL", displayName: "laboris pariatur", freeformTags: {}, definedTags: {} } },
    },
    {
      name: "a get: the id in the path",
      command: command("bv", "volume-group-backup", "get"),
      values: { "volume-group-backup-id": "b" },
      expected: { method: "GET", pathParams: { volumeGroupBackupId: "b" }, query: {}, headers: {} },
    },
    {
      name: "a list: filters and paging in the query",
      command: command("bv", "volume-group", "list"),
      values: { "compartment-id": "c", "lifecycle-state": "AVAILABLE", "sort-by": "DISPLAYNAME", all: true, "page-size": 5 },
      expected: { method: "GET", query: { compartmentId: "c", lifecycleState: "AVAILABLE", sortBy: "DISPLAYNAME" } },
    },
    {
      name: "a delete: if-match as a header, no body",
      command: command("bv", "volume-group-backup", "delete"),
      values: { "volume-group-backup-id": "b", "if-match": "e1", force: true },
      expected: { method: "DELETE", headers: { "if-match": "e1" } },
    },
    {
      name: "irregular JSON names of a volume",
      command: command("bv", "volume", "update"),
      values: { "volume-id": "v", "size-in-gbs": 100, "vpus-per-gb": 20 },
      expected: { method: "PUT", body: { sizeInGBs: 100, vpusPerGB: 20 } },
    },
  ])("builds $name", ({ command: cmd, values, expected }) => {
    expect(buildApiCall(cmd, values, undefined)).toMatchObject(expected);
  });

  it("sends no body for a delete and an empty one for a bare PUT", () => {
    expect(buildApiCall(command("bv", "volume", "delete"), { "volume-id": "v" }, undefined)).not.toHaveProperty("body");
    expect(buildApiCall(command("bv", "volume", "update"), { "volume-id": "v" }, undefined).body).toEqual({});
  });

  it("sends --request-id as opc-request-id", () => {
    expect(buildApiCall(command("bv", "volume", "get"), { "volume-id": "v" }, "REQ1").headers).toEqual({ "opc-request-id": "REQ1" });
  });
});
