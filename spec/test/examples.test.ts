import { readFileSync } from "node:fs";
import ajv2020Module from "ajv/dist/2020.js";
import ajvFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { ErrorObject } from "ajv";
import { loadSpec } from "../index.js";

// Both packages are CommonJS that also set `exports.default`; under NodeNext a default import is
// `module.exports`, so `.default` is the class/plugin for tsc and at run time alike.
const Ajv2020 = ajv2020Module.default;
const addFormats = ajvFormatsModule.default;

// The same Ajv setup the demo server uses, so a schema that fails here would fail its start-up too.
const spec = loadSpec();
const ajv = new Ajv2020({ strict: false, discriminator: true, allErrors: true });
addFormats(ajv);
const SPEC_ID = "urn:ocikit:core-services";
ajv.addSchema({ $id: SPEC_ID, components: spec.components });

function validator(schemaName: string) {
  const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`No schema ${schemaName} in the spec`);
  return validate;
}

function errorsOf(schemaName: string, value: unknown): ErrorObject[] {
  const validate = validator(schemaName);
  return validate(value) ? [] : (validate.errors ?? []);
}

const seed = JSON.parse(readFileSync(new URL("./seed-000.fixture.json", import.meta.url), "utf8")) as {
  operationId: string;
  request: { method: string; url: string; retryToken: string; rawBody: string };
  response: { status: number; rawBody: string };
  errorResponses: { status: number; rawBody: string }[];
};
const seedRequest = JSON.parse(seed.request.rawBody) as Record<string, unknown>;
const seedResponse = JSON.parse(seed.response.rawBody) as Record<string, unknown>;

const createOp = spec.paths["/volumeGroupBackups"].post;
const specRequestExample = createOp.requestBody.content["application/json"].examples.seedRequest.value;
const specResponseExample = createOp.responses["200"].content["application/json"].examples.seedResponse.value;

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;
type Operation = { id: string; method: string; path: string; op: any; params: any[] };

function resolve(value: any): any {
  if (!value || typeof value.$ref !== "string") return value;
  const target = value.$ref
    .replace(/^#\//, "")
    .split("/")
    .reduce((node: any, key: string) => node?.[key], spec);
  if (target === undefined) throw new Error(`Unresolvable ${value.$ref}`);
  return resolve(target);
}

const operations: Operation[] = Object.entries<any>(spec.paths).flatMap(([path, item]) =>
  HTTP_METHODS.filter((m) => item[m]).map((m) => ({
    id: item[m].operationId,
    method: m.toUpperCase(),
    path,
    op: item[m],
    params: [...(item.parameters ?? []), ...(item[m].parameters ?? [])].map(resolve),
  })),
);
const operationById = new Map(operations.map((o) => [o.id, o]));

// Facts from the API reference (shared/reference/oci-api.md): operation, method and path template.
const expectedOperations: [id: string, method: string, path: string][] = [
  ["CreateVolumeGroupBackup", "POST", "/volumeGroupBackups"],
  ["GetVolumeGroupBackup", "GET", "/volumeGroupBackups/{volumeGroupBackupId}"],
  ["ListVolumeGroupBackups", "GET", "/volumeGroupBackups"],
  ["UpdateVolumeGroupBackup", "PUT", "/volumeGroupBackups/{volumeGroupBackupId}"],
  ["DeleteVolumeGroupBackup", "DELETE", "/volumeGroupBackups/{volumeGroupBackupId}"],
  ["CopyVolumeGroupBackup", "POST", "/volumeGroupBackups/{volumeGroupBackupId}/actions/copy"],
  ["ChangeVolumeGroupBackupCompartment", "POST", "/volumeGroupBackups/{volumeGroupBackupId}/actions/changeCompartment"],
  ["CreateVolumeGroup", "POST", "/volumeGroups"],
  ["GetVolumeGroup", "GET", "/volumeGroups/{volumeGroupId}"],
  ["ListVolumeGroups", "GET", "/volumeGroups"],
  ["UpdateVolumeGroup", "PUT", "/volumeGroups/{volumeGroupId}"],
  ["DeleteVolumeGroup", "DELETE", "/volumeGroups/{volumeGroupId}"],
  ["ChangeVolumeGroupCompartment", "POST", "/volumeGroups/{volumeGroupId}/actions/changeCompartment"],
  ["CreateVolume", "POST", "/volumes"],
  ["GetVolume", "GET", "/volumes/{volumeId}"],
  ["ListVolumes", "GET", "/volumes"],
  ["UpdateVolume", "PUT", "/volumes/{volumeId}"],
  ["DeleteVolume", "DELETE", "/volumes/{volumeId}"],
  ["GetVolumeBackup", "GET", "/volumeBackups/{volumeBackupId}"],
  ["ListVolumeBackups", "GET", "/volumeBackups"],
  ["CreateVolumeBackup", "POST", "/volumeBackups"],
  ["UpdateVolumeBackup", "PUT", "/volumeBackups/{volumeBackupId}"],
  ["DeleteVolumeBackup", "DELETE", "/volumeBackups/{volumeBackupId}"],
  ["CopyVolumeBackup", "POST", "/volumeBackups/{volumeBackupId}/actions/copy"],
  ["ChangeVolumeBackupCompartment", "POST", "/volumeBackups/{volumeBackupId}/actions/changeCompartment"],
  ["ChangeVolumeCompartment", "POST", "/volumes/{volumeId}/actions/changeCompartment"],
  // shared/reference/oci-backup-policies.md §1.1
  ["CreateVolumeBackupPolicy", "POST", "/volumeBackupPolicies"],
  ["GetVolumeBackupPolicy", "GET", "/volumeBackupPolicies/{policyId}"],
  ["ListVolumeBackupPolicies", "GET", "/volumeBackupPolicies"],
  ["UpdateVolumeBackupPolicy", "PUT", "/volumeBackupPolicies/{policyId}"],
  ["DeleteVolumeBackupPolicy", "DELETE", "/volumeBackupPolicies/{policyId}"],
  ["CreateVolumeBackupPolicyAssignment", "POST", "/volumeBackupPolicyAssignments"],
  ["GetVolumeBackupPolicyAssignment", "GET", "/volumeBackupPolicyAssignments/{policyAssignmentId}"],
  ["GetVolumeBackupPolicyAssetAssignment", "GET", "/volumeBackupPolicyAssignments"],
  ["DeleteVolumeBackupPolicyAssignment", "DELETE", "/volumeBackupPolicyAssignments/{policyAssignmentId}"],
];

// Request headers of the policy operations, as the SDKs send them (oci-backup-policies.md §1.1); they
// do not follow the rule of the older operations (every call takes opc-request-id, Create/Copy a token).
const policyRequestHeaders: Readonly<Record<string, string[]>> = {
  CreateVolumeBackupPolicy: ["opc-request-id", "opc-retry-token"],
  GetVolumeBackupPolicy: [],
  ListVolumeBackupPolicies: [],
  UpdateVolumeBackupPolicy: ["if-match", "opc-request-id", "opc-retry-token"],
  DeleteVolumeBackupPolicy: ["if-match", "opc-request-id"],
  CreateVolumeBackupPolicyAssignment: [],
  GetVolumeBackupPolicyAssignment: [],
  GetVolumeBackupPolicyAssetAssignment: [],
  DeleteVolumeBackupPolicyAssignment: ["if-match"],
};
const LIST_OPERATIONS = new Set(["GetVolumeBackupPolicyAssetAssignment"]);

describe("component schemas", () => {
  it.each(Object.keys(spec.components.schemas))("%s compiles with Ajv 2020", (name) => {
    expect(typeof validator(name)).toBe("function");
  });
});

describe("the seed's CreateVolumeGroupBackup exchange", () => {
  it("is the operation, method and path the spec declares", () => {
    const op = operationById.get(seed.operationId);
    expect(op?.method).toBe(seed.request.method);
    expect(seed.request.url.replace("{{baseUrl}}", "")).toBe(op?.path);
  });

  it.each([
    ["request body", specRequestExample, seedRequest, "CreateVolumeGroupBackupDetails"],
    ["200 response body", specResponseExample, seedResponse, "VolumeGroupBackup"],
  ])("%s: the spec example equals the seed text and validates", (_label, fromSpec, fromSeed, schema) => {
    expect(fromSpec).toEqual(fromSeed);
    expect(errorsOf(schema as string, fromSpec)).toEqual([]);
  });

  it("keeps the seed's negative sizes (no minimum on size fields)", () => {
    expect(specResponseExample.sizeInMBs).toBeLessThan(0);
    expect(errorsOf("VolumeGroupBackup", specResponseExample)).toEqual([]);
  });

  it("sends a retry token the opc-retry-token parameter accepts", () => {
    const header = operationById.get("CreateVolumeGroupBackup")!.params.find((p) => p.name === "opc-retry-token");
    expect(ajv.validate(header.schema, seed.request.retryToken)).toBe(true);
  });

  it.each(seed.errorResponses.map((r, i) => [`${r.status} (#${i})`, r] as const))(
    "error response %s is declared and its body validates as Error",
    (_label, { status, rawBody }) => {
      const response = resolve(createOp.responses[String(status)]);
      expect(response.content["application/json"].schema.$ref).toBe("#/components/schemas/Error");
      expect(errorsOf("Error", JSON.parse(rawBody))).toEqual([]);
    },
  );
});

// Field lists and required flags of the API reference (shared/reference/oci-api.md §2): none may be
// missing, none invented.
const models: [schema: string, fields: string[], required: string[]][] = [
  [
    "VolumeGroupBackup",
    [
      "compartmentId",
      "definedTags",
      "displayName",
      "expirationTime",
      "freeformTags",
      "id",
      "lifecycleState",
      "sizeInMBs",
      "sizeInGBs",
      "sourceType",
      "timeCreated",
      "timeRequestReceived",
      "type",
      "uniqueSizeInMbs",
      "uniqueSizeInGbs",
      "volumeBackupIds",
      "volumeGroupId",
      "sourceVolumeGroupBackupId",
      "timeRetentionExpiresAt",
      "retentionPeriod",
      "isPreventDeletionEnabled",
      "isRetentionLockEnabled",
      "isIndefiniteRetentionEnabled",
    ],
    ["compartmentId", "displayName", "id", "lifecycleState", "timeCreated", "type", "volumeBackupIds"],
  ],
  ["RetentionDuration", ["retentionTimeUnit", "retentionTimeAmount"], ["retentionTimeUnit", "retentionTimeAmount"]],
  [
    "CreateVolumeGroupBackupDetails",
    [
      "compartmentId",
      "definedTags",
      "displayName",
      "freeformTags",
      "type",
      "volumeGroupId",
      "retentionPeriod",
      "isPreventDeletionEnabled",
      "isRetentionLockEnabled",
      "isIndefiniteRetentionEnabled",
    ],
    ["volumeGroupId"],
  ],
  [
    "UpdateVolumeGroupBackupDetails",
    [
      "definedTags",
      "displayName",
      "freeformTags",
      "retentionPeriod",
      "isPreventDeletionEnabled",
      "isRetentionLockEnabled",
      "isIndefiniteRetentionEnabled",
    ],
    [],
  ],
  ["CopyVolumeGroupBackupDetails", ["destinationRegion", "displayName", "kmsKeyId"], ["destinationRegion"]],
  ["ChangeVolumeGroupBackupCompartmentDetails", ["compartmentId"], ["compartmentId"]],
  [
    "VolumeGroup",
    [
      "availabilityDomain",
      "compartmentId",
      "definedTags",
      "displayName",
      "freeformTags",
      "id",
      "lifecycleState",
      "sizeInMBs",
      "sizeInGBs",
      "sourceDetails",
      "timeCreated",
      "volumeIds",
      "isHydrated",
      "volumeGroupReplicas",
    ],
    [
      "availabilityDomain",
      "compartmentId",
      "displayName",
      "id",
      "lifecycleState",
      "sizeInMBs",
      "timeCreated",
      "volumeIds",
    ],
  ],
  [
    "CreateVolumeGroupDetails",
    [
      "availabilityDomain",
      "backupPolicyId",
      "compartmentId",
      "definedTags",
      "displayName",
      "freeformTags",
      "sourceDetails",
      "volumeGroupReplicas",
      "clusterPlacementGroupId",
      "xrcKmsKeyId",
    ],
    ["availabilityDomain", "compartmentId", "sourceDetails"],
  ],
  ["UpdateVolumeGroupDetails", ["definedTags", "displayName", "freeformTags", "volumeIds", "volumeGroupReplicas"], []],
  ["ChangeVolumeGroupCompartmentDetails", ["compartmentId"], ["compartmentId"]],
  ["VolumeGroupReplicaDetails", ["displayName", "availabilityDomain", "xrrKmsKeyId"], ["availabilityDomain"]],
  [
    "VolumeGroupReplicaInfo",
    ["displayName", "volumeGroupReplicaId", "availabilityDomain", "kmsKeyId"],
    ["displayName", "volumeGroupReplicaId", "availabilityDomain"],
  ],
  [
    "VolumeBackup",
    [
      "compartmentId",
      "definedTags",
      "systemTags",
      "displayName",
      "expirationTime",
      "freeformTags",
      "id",
      "kmsKeyId",
      "lifecycleState",
      "sizeInGBs",
      "sizeInMBs",
      "sourceType",
      "sourceVolumeBackupId",
      "timeCreated",
      "timeRequestReceived",
      "type",
      "uniqueSizeInGBs",
      "uniqueSizeInMbs",
      "volumeId",
      "timeRetentionExpiresAt",
      "retentionPeriod",
      "isPreventDeletionEnabled",
      "isRetentionLockEnabled",
      "isIndefiniteRetentionEnabled",
      "volumeGroupBackupId",
    ],
    ["compartmentId", "displayName", "id", "lifecycleState", "timeCreated", "type"],
  ],
  [
    "Volume",
    [
      "availabilityDomain",
      "compartmentId",
      "definedTags",
      "freeformTags",
      "systemTags",
      "displayName",
      "id",
      "isHydrated",
      "kmsKeyId",
      "lifecycleState",
      "vpusPerGB",
      "clusterPlacementGroupId",
      "sizeInGBs",
      "sizeInMBs",
      "sourceDetails",
      "timeCreated",
      "volumeGroupId",
      "isAutoTuneEnabled",
      "autoTunedVpusPerGB",
      "blockVolumeReplicas",
      "autotunePolicies",
      "isReservationsEnabled",
    ],
    ["availabilityDomain", "compartmentId", "displayName", "id", "lifecycleState", "sizeInMBs", "timeCreated"],
  ],
  [
    "CreateVolumeDetails",
    [
      "availabilityDomain",
      "backupPolicyId",
      "compartmentId",
      "definedTags",
      "displayName",
      "freeformTags",
      "kmsKeyId",
      "vpusPerGB",
      "clusterPlacementGroupId",
      "sizeInGBs",
      "sizeInMBs",
      "sourceDetails",
      "volumeBackupId",
      "isAutoTuneEnabled",
      "blockVolumeReplicas",
      "autotunePolicies",
      "xrcKmsKeyId",
      "isReservationsEnabled",
    ],
    ["compartmentId"],
  ],
  [
    "UpdateVolumeDetails",
    [
      "definedTags",
      "displayName",
      "freeformTags",
      "vpusPerGB",
      "sizeInGBs",
      "isAutoTuneEnabled",
      "blockVolumeReplicas",
      "autotunePolicies",
      "isReservationsEnabled",
    ],
    [],
  ],
];

describe("models", () => {
  it.each(models)("%s has exactly the fields and required flags of the API reference", (name, fields, required) => {
    const schema = spec.components.schemas[name];
    expect(Object.keys(schema.properties).sort()).toEqual([...fields].sort());
    expect([...(schema.required ?? [])].sort()).toEqual([...required].sort());
  });

  it.each(models.filter(([name]) => name.endsWith("Details")))("%s (a request body) is closed", (name) => {
    expect(spec.components.schemas[name].additionalProperties).toBe(false);
  });

  it.each(
    Object.entries<any>(spec.components.schemas).flatMap(([model, schema]) =>
      Object.entries<any>(schema.properties ?? {})
        .filter(([, p]) => p.type === "integer")
        .map(([field, p]) => [`${model}.${field}`, p] as const),
    ),
  )("%s is an int64 integer", (_name, property) => {
    expect(property.format).toBe("int64");
  });

  it.each(
    Object.entries<any>(spec.components.schemas).flatMap(([model, schema]) =>
      Object.entries<any>(schema.properties ?? {})
        .filter(([field]) => /^(time[A-Z]|expirationTime$)/.test(field) && field !== "timeZone")
        .map(([field, p]) => [`${model}.${field}`, p] as const),
    ),
  )("%s is a date-time string", (_name, property) => {
    expect(property).toMatchObject({ type: "string", format: "date-time" });
  });
});

describe("VolumeGroupBackup", () => {
  const required = models[0]![2];

  it.each(required)("a response without %s is rejected", (field) => {
    const { [field]: _dropped, ...rest } = seedResponse;
    const errors = errorsOf("VolumeGroupBackup", rest);
    expect(errors).toContainEqual(expect.objectContaining({ keyword: "required", params: { missingProperty: field } }));
  });

  it.each([
    ["lifecycleState", "BROKEN", "enum"],
    ["type", "PARTIAL", "enum"],
    ["sourceType", "AUTOMATIC", "enum"],
    ["timeCreated", "yesterday", "format"],
    ["sizeInGBs", 1.5, "type"],
    ["volumeBackupIds", "ocid1.volumebackup.oc1..a", "type"],
    ["retentionPeriod", { retentionTimeUnit: "WEEKS", retentionTimeAmount: 2 }, "enum"],
  ])("a response with %s = %j is rejected (%s)", (field, value, keyword) => {
    const errors = errorsOf("VolumeGroupBackup", { ...seedResponse, [field]: value });
    expect(errors.map((e) => e.keyword)).toContain(keyword);
  });

  it("stays open to fields added by the service later", () => {
    expect(errorsOf("VolumeGroupBackup", { ...seedResponse, someNewField: true })).toEqual([]);
  });
});

describe("request bodies reject unknown fields", () => {
  const minimal: [schema: string, body: Record<string, unknown>][] = [
    ["CreateVolumeGroupBackupDetails", seedRequest],
    ["UpdateVolumeGroupBackupDetails", { displayName: "nightly" }],
    ["CopyVolumeGroupBackupDetails", { destinationRegion: "us-phoenix-1" }],
    ["ChangeVolumeGroupBackupCompartmentDetails", { compartmentId: "ocid1.compartment.oc1..b" }],
    [
      "CreateVolumeGroupDetails",
      {
        availabilityDomain: "Uocm:PHX-AD-1",
        compartmentId: "ocid1.compartment.oc1..a",
        sourceDetails: { type: "volumeIds", volumeIds: ["ocid1.volume.oc1..a"] },
      },
    ],
    ["UpdateVolumeGroupDetails", { volumeIds: ["ocid1.volume.oc1..a"] }],
    ["ChangeVolumeGroupCompartmentDetails", { compartmentId: "ocid1.compartment.oc1..b" }],
    ["CreateVolumeDetails", { compartmentId: "ocid1.compartment.oc1..a", sizeInGBs: 50 }],
    ["UpdateVolumeDetails", { sizeInGBs: 100 }],
    ["CreateVolumeBackupDetails", { volumeId: "ocid1.volume.oc1..a", type: "FULL" }],
    ["UpdateVolumeBackupDetails", { displayName: "nightly" }],
    ["CopyVolumeBackupDetails", { destinationRegion: "us-phoenix-1" }],
    ["ChangeVolumeBackupCompartmentDetails", { compartmentId: "ocid1.compartment.oc1..b" }],
    ["ChangeVolumeCompartmentDetails", { compartmentId: "ocid1.compartment.oc1..b" }],
    ["CreateVolumeBackupPolicyDetails", { compartmentId: "ocid1.compartment.oc1..a" }],
    ["UpdateVolumeBackupPolicyDetails", { destinationRegion: "none" }],
    [
      "CreateVolumeBackupPolicyAssignmentDetails",
      { assetId: "ocid1.volume.oc1..a", policyId: "ocid1.volumebackuppolicy.oc1..a" },
    ],
  ];

  it.each(minimal)("%s accepts a valid body", (schema, body) => {
    expect(errorsOf(schema, body)).toEqual([]);
  });

  it.each(minimal)("%s rejects an unknown field", (schema, body) => {
    const errors = errorsOf(schema, { ...body, volumeGroupID: "typo" });
    expect(errors).toContainEqual(
      expect.objectContaining({ keyword: "additionalProperties", params: { additionalProperty: "volumeGroupID" } }),
    );
  });

  it.each([
    ["CreateVolumeGroupBackupDetails", {}, "required"],
    ["CreateVolumeGroupBackupDetails", { volumeGroupId: "" }, "minLength"],
    ["CreateVolumeGroupBackupDetails", { volumeGroupId: "a", displayName: "x".repeat(256) }, "maxLength"],
    ["CreateVolumeGroupBackupDetails", { volumeGroupId: "a", type: "DIFFERENTIAL" }, "enum"],
    ["CreateVolumeGroupBackupDetails", { volumeGroupId: "a", freeformTags: { team: 7 } }, "type"],
    ["CreateVolumeGroupBackupDetails", { volumeGroupId: "a", definedTags: { ns: "flat" } }, "type"],
    ["CopyVolumeGroupBackupDetails", { displayName: "copy" }, "required"],
    ["CreateVolumeDetails", { compartmentId: "c", sizeInGBs: 49 }, "minimum"],
  ])("%s rejects %j (%s)", (schema, body, keyword) => {
    expect(errorsOf(schema, body).map((e) => e.keyword)).toContain(keyword);
  });
});

describe("backup policy examples and schedules", () => {
  const exampleOf = (path: string, method: string, where: "request" | "response") => {
    const op = spec.paths[path][method];
    const content = where === "request" ? op.requestBody.content : op.responses["200"].content;
    return Object.values<any>(content["application/json"].examples).map((e) => e.value);
  };

  it.each([
    ["/volumeBackupPolicies", "post", "request", "CreateVolumeBackupPolicyDetails"],
    ["/volumeBackupPolicies", "post", "response", "VolumeBackupPolicy"],
    ["/volumeBackupPolicyAssignments", "post", "request", "CreateVolumeBackupPolicyAssignmentDetails"],
    ["/volumeBackupPolicyAssignments", "post", "response", "VolumeBackupPolicyAssignment"],
  ] as const)("%s %s %s examples validate as %s", (path, method, where, schema) => {
    const examples = exampleOf(path, method, where);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(errorsOf(schema, example)).toEqual([]);
  });

  const daily = { backupType: "INCREMENTAL", period: "ONE_DAY", retentionSeconds: 604800 };
  it.each([
    [{ ...daily, period: "ONE_HOUR" }, true],
    [{ ...daily, offsetType: "STRUCTURED", hourOfDay: 23 }, true],
    [{ ...daily, offsetSeconds: 3600 }, true],
    [{ ...daily, period: "ONE_YEAR", month: "JANUARY", dayOfMonth: 31, timeZone: "REGIONAL_DATA_CENTER_TIME" }, true],
    [{ backupType: "FULL", period: "ONE_DAY" }, false],
    [{ ...daily, period: "TWO_DAYS" }, false],
    [{ ...daily, hourOfDay: 24 }, false],
    [{ ...daily, dayOfMonth: 0 }, false],
    [{ ...daily, dayOfWeek: "SUN" }, false],
    [{ ...daily, month: "JAN" }, false],
    [{ ...daily, timeZone: "PST" }, false],
    [{ ...daily, offsetSeconds: -1 }, false],
    [{ ...daily, retentionSeconds: 0 }, false],
    [{ ...daily, offset_type: "STRUCTURED" }, false],
  ])("VolumeBackupSchedule %j valid: %s", (schedule, valid) => {
    expect(errorsOf("VolumeBackupSchedule", schedule)).toSatisfy(
      (errors: unknown[]) => (errors.length === 0) === valid,
    );
  });
});

describe("discriminated sourceDetails", () => {
  const cases: [union: string, tag: string, variant: Record<string, unknown>][] = [
    ["VolumeGroupSourceDetails", "type", { type: "volumeIds", volumeIds: ["ocid1.volume.oc1..a"] }],
    ["VolumeGroupSourceDetails", "type", { type: "volumeGroupId", volumeGroupId: "ocid1.volumegroup.oc1..a" }],
    [
      "VolumeGroupSourceDetails",
      "type",
      { type: "volumeGroupBackupId", volumeGroupBackupId: "ocid1.volumegroupbackup.oc1..a" },
    ],
    [
      "VolumeGroupSourceDetails",
      "type",
      { type: "volumeGroupReplicaId", volumeGroupReplicaId: "ocid1.volumegroupreplica.oc1..a" },
    ],
    ["VolumeSourceDetails", "type", { type: "volume", id: "ocid1.volume.oc1..a" }],
    ["VolumeSourceDetails", "type", { type: "volumeBackup", id: "ocid1.volumebackup.oc1..a" }],
    ["VolumeSourceDetails", "type", { type: "volumeBackupDelta", firstBackupId: "a", secondBackupId: "b" }],
    ["VolumeSourceDetails", "type", { type: "blockVolumeReplica", id: "ocid1.blockvolumereplica.oc1..a" }],
    ["AutotunePolicy", "autotuneType", { autotuneType: "DETACHED_VOLUME" }],
    ["AutotunePolicy", "autotuneType", { autotuneType: "PERFORMANCE_BASED", maxVpusPerGB: 50 }],
  ];

  it.each(cases)("%s accepts %s = %j", (union, _tag, variant) => {
    expect(errorsOf(union, variant)).toEqual([]);
  });

  const withOwnFields = cases.filter(([, , variant]) => Object.keys(variant).length > 1);
  it.each(withOwnFields)("%s rejects the %s variant without its own fields: %j", (union, tag, variant) => {
    expect(errorsOf(union, { [tag]: variant[tag] })).not.toEqual([]);
  });

  it.each([...new Set(cases.map(([union, tag]) => `${union}:${tag}`))].map((s) => s.split(":") as [string, string]))(
    "%s rejects an unknown %s and a missing tag",
    (union, tag) => {
      expect(errorsOf(union, { [tag]: "somethingElse", id: "a" })).toContainEqual(
        expect.objectContaining({ keyword: "discriminator" }),
      );
      expect(errorsOf(union, { id: "a" })).toContainEqual(expect.objectContaining({ keyword: "discriminator" }));
    },
  );

  it.each(["VolumeGroupSourceDetails", "VolumeSourceDetails", "AutotunePolicy"])(
    "every %s variant pins its tag with exactly one required string value",
    (union) => {
      const schema = spec.components.schemas[union];
      const tag = schema.discriminator.propertyName;
      const values = schema.oneOf.map((ref: any) => {
        const variant = resolve(ref);
        expect(variant.required).toContain(tag);
        expect(variant.properties[tag].type).toBe("string");
        expect(variant.properties[tag].enum).toHaveLength(1);
        return variant.properties[tag].enum[0];
      });
      expect(new Set(values).size).toBe(values.length);
      // Ajv refuses `mapping`; the generator derives it from these single-value enums instead.
      expect(schema.discriminator.mapping).toBeUndefined();
    },
  );

  it("CreateVolumeGroupDetails rejects a source whose fields do not match its type", () => {
    const errors = errorsOf("CreateVolumeGroupDetails", {
      availabilityDomain: "Uocm:PHX-AD-1",
      compartmentId: "ocid1.compartment.oc1..a",
      sourceDetails: { type: "volumeIds", volumeGroupId: "ocid1.volumegroup.oc1..a" },
    });
    expect(errors).not.toEqual([]);
  });
});

describe("operations", () => {
  it("declares exactly the expected operations", () => {
    expect(operations.map((o) => o.id).sort()).toEqual(expectedOperations.map(([id]) => id).sort());
  });

  it.each(expectedOperations)("%s is %s %s and appears once", (id, method, path) => {
    const matches = operations.filter((o) => o.id === id);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ method, path });
  });

  it.each(operations.map((o) => [o.id, o] as const))("%s declares the error responses", (_id, { op, method }) => {
    const expected = ["400", "401", "404", "409", "429", "500", "default"];
    if (method === "PUT" || method === "DELETE") expected.push("412");
    const declared = Object.keys(op.responses).filter((code) => code === "default" || Number(code) >= 400);
    expect(declared.sort()).toEqual(expected.sort());
    for (const code of expected) {
      const response = resolve(op.responses[code]);
      expect(response.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" });
      expect(response.headers["opc-request-id"]).toBeDefined();
    }
  });

  it.each(operations.map((o) => [o.id, o] as const))("%s declares its success response and headers", (id, o) => {
    const isList = id.startsWith("List") || LIST_OPERATIONS.has(id);
    const success = o.method === "DELETE" ? "204" : "200";
    const successCodes = Object.keys(o.op.responses).filter((c) => c.startsWith("2"));
    expect(successCodes).toEqual([success]);
    const response = resolve(o.op.responses[success]);
    const headers = Object.keys(response.headers).sort();
    if (o.method === "DELETE") expect(headers).toEqual(["opc-request-id"]);
    else if (isList) expect(headers).toEqual(["opc-next-page", "opc-request-id"]);
    else expect(headers).toEqual(["etag", "opc-request-id"]);
    const hasBody = !(o.method === "DELETE" || id.startsWith("Change"));
    expect(response.content !== undefined).toBe(hasBody);
    if (isList) expect(response.content["application/json"].schema.type).toBe("array");
  });

  it.each(operations.map((o) => [o.id, o] as const))("%s declares the right request headers", (id, o) => {
    const headers = o.params
      .filter((p) => p.in === "header")
      .map((p) => p.name)
      .sort();
    const policyHeaders = policyRequestHeaders[id];
    if (policyHeaders !== undefined) {
      expect(headers).toEqual([...policyHeaders].sort());
      return;
    }
    const expected = ["opc-request-id"];
    if (/^(Create|Copy)/.test(id)) expected.push("opc-retry-token");
    if (o.method === "PUT" || o.method === "DELETE") expected.push("if-match");
    expect(headers).toEqual(expected.sort());
  });

  it.each(operations.filter((o) => o.method === "POST" || o.method === "PUT").map((o) => [o.id, o] as const))(
    "%s requires a JSON body of a closed *Details schema",
    (_id, { op }) => {
      expect(op.requestBody.required).toBe(true);
      const ref: string = op.requestBody.content["application/json"].schema.$ref;
      const schema = resolve({ $ref: ref });
      expect(ref).toMatch(/Details$/);
      expect(schema.additionalProperties).toBe(false);
    },
  );

  it.each(operations.map((o) => [o.id, o] as const))("%s declares every path template variable", (_id, o) => {
    const names = [...o.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const pathParams = o.params.filter((p) => p.in === "path");
    expect(pathParams.map((p) => p.name)).toEqual(names);
    for (const p of pathParams) expect(p).toMatchObject({ required: true, schema: { minLength: 1, maxLength: 255 } });
  });
});

describe("parameter limits", () => {
  const param = (operationId: string, name: string) =>
    operationById.get(operationId)!.params.find((p) => p.name === name)!;

  it.each([
    ["ListVolumeGroupBackups", "limit", 50, true],
    ["ListVolumeGroupBackups", "limit", 1000, true],
    ["ListVolumeGroupBackups", "limit", 0, false],
    ["ListVolumeGroupBackups", "limit", 1001, false],
    ["ListVolumeGroupBackups", "sortBy", "TIMECREATED", true],
    ["ListVolumeGroupBackups", "sortBy", "NAME", false],
    ["ListVolumeGroupBackups", "sortOrder", "DESC", true],
    ["ListVolumeGroupBackups", "sortOrder", "desc", false],
    ["ListVolumeGroupBackups", "displayName", "x".repeat(255), true],
    ["ListVolumeGroupBackups", "displayName", "x".repeat(256), false],
    ["ListVolumeGroupBackups", "compartmentId", "", false],
    ["CreateVolumeGroupBackup", "opc-retry-token", "t".repeat(64), true],
    ["CreateVolumeGroupBackup", "opc-retry-token", "t".repeat(65), false],
    ["CreateVolumeGroupBackup", "opc-retry-token", "", false],
    ["ListVolumeGroups", "lifecycleState", "AVAILABLE", true],
    ["ListVolumeGroups", "lifecycleState", "COMMITTED", false],
    ["ListVolumeBackups", "lifecycleState", "REQUEST_RECEIVED", true],
    ["ListVolumes", "lifecycleState", "RESTORING", true],
    ["UpdateVolumeGroup", "preserveVolumeReplica", false, true],
    ["UpdateVolumeGroup", "preserveVolumeReplica", "yes", false],
    ["ListVolumeBackupPolicies", "limit", 1000, true],
    ["ListVolumeBackupPolicies", "limit", 1001, false],
    ["GetVolumeBackupPolicyAssetAssignment", "assetId", "", false],
  ])("%s %s = %j valid: %s", (operationId, name, value, valid) => {
    expect(ajv.validate(param(operationId, name).schema, value)).toBe(valid);
  });

  it.each([
    ["ListVolumeGroupBackups", "compartmentId", true],
    ["ListVolumeGroups", "compartmentId", true],
    ["ListVolumeBackups", "compartmentId", true],
    ["ListVolumes", "compartmentId", false],
    ["ListVolumeBackupPolicies", "compartmentId", false],
    ["GetVolumeBackupPolicyAssetAssignment", "assetId", true],
  ])("%s %s required: %s", (operationId, name, required) => {
    expect(param(operationId, name).required).toBe(required);
  });

  it("ListVolumeGroupBackups has no lifecycleState filter", () => {
    expect(operationById.get("ListVolumeGroupBackups")!.params.map((p) => p.name)).not.toContain("lifecycleState");
  });
});

describe("document", () => {
  it("is OpenAPI 3.1 with the regional server and global request signing", () => {
    expect(spec.openapi).toBe("3.1.0");
    expect(spec.servers[0].url).toBe("https://iaas.{region}.oraclecloud.com/20160918");
    expect(spec.servers[0].variables.region.default).toBe("us-ashburn-1");
    const [[schemeName]] = spec.security.map((s: object) => Object.keys(s));
    expect(spec.components.securitySchemes[schemeName]).toMatchObject({
      type: "apiKey",
      in: "header",
      name: "Authorization",
    });
  });
});
