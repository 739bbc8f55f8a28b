import { describe, expect, it } from "vitest";
import { toCliShape, toPythonIsoformat } from "./to-cli-shape.js";
import { camelToKebab, kebabToCamel } from "../args/case.js";

describe("camelToKebab", () => {
  it.each([
    ["lifecycleState", "lifecycle-state"],
    ["sizeInMBs", "size-in-mbs"],
    ["sizeInGBs", "size-in-gbs"],
    ["uniqueSizeInGbs", "unique-size-in-gbs"],
    ["uniqueSizeInGBs", "unique-size-in-gbs"],
    ["volumeBackupIds", "volume-backup-ids"],
    ["sourceVolumeGroupBackupId", "source-volume-group-backup-id"],
    ["vpusPerGB", "vpus-per-gb"],
    ["id", "id"],
  ])("%s → %s", (camel, kebab) => expect(camelToKebab(camel)).toBe(kebab));

  it.each([
    ["volume-group-id", "volumeGroupId"],
    ["compartment-id", "compartmentId"],
    ["wait-for-state", "waitForState"],
  ])("kebabToCamel %s → %s", (kebab, camel) => expect(kebabToCamel(kebab)).toBe(camel));
});

describe("toPythonIsoformat", () => {
  it.each([
    ["2026-11-27T10:00:00.123Z", "2026-11-27T10:00:00.123000+00:00"],
    ["1980-12-26T20:45:18.630Z", "1980-12-26T20:45:18.630000+00:00"],
    ["2026-11-27T10:00:00Z", "2026-11-27T10:00:00+00:00"],
    ["2026-11-27T10:00:00.000Z", "2026-11-27T10:00:00+00:00"],
    ["2026-11-27T10:00:00.1234567Z", "2026-11-27T10:00:00.123456+00:00"],
    ["2026-11-27T10:00:00.5+05:30", "2026-11-27T10:00:00.500000+05:30"],
    ["not a date", "not a date"],
  ])("%s → %s", (input, expected) => expect(toPythonIsoformat(input)).toBe(expected));
});

describe("toCliShape", () => {
  it("converts keys and dates but keeps tag keys", () => {
    const shaped = toCliShape({
      lifecycleState: "AVAILABLE",
      sizeInMBs: 1024,
      timeCreated: "2026-11-27T10:00:00.123Z",
      displayName: "timeCreated stays a name",
      freeformTags: { CamelKey: "v", "with-dash": "w" },
      definedTags: { Operations: { CostCenter: "42" } },
      sourceDetails: { type: "volumeGroupBackupId", volumeGroupBackupId: "b" },
      volumeBackupIds: ["a"],
    });
    expect(shaped).toEqual({
      "lifecycle-state": "AVAILABLE",
      "size-in-mbs": 1024,
      "time-created": "2026-11-27T10:00:00.123000+00:00",
      "display-name": "timeCreated stays a name",
      "freeform-tags": { CamelKey: "v", "with-dash": "w" },
      "defined-tags": { Operations: { CostCenter: "42" } },
      "source-details": { type: "volumeGroupBackupId", "volume-group-backup-id": "b" },
      "volume-backup-ids": ["a"],
    });
  });
});
