import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { renderCommandTable } from "../../scripts/generate-command-table.mjs";
import type { CommandTable } from "../types.js";

/** A two-operation spec with each construct the generator reads: refs, enums, required, arrays, a state enum. */
const SPEC = {
  openapi: "3.1.0",
  paths: {
    "/things": {
      get: {
        operationId: "ListThings",
        parameters: [
          { $ref: "#/components/parameters/CompartmentIdQuery" },
          { name: "page", in: "query", schema: { type: "string" } },
          { name: "lifecycleState", in: "query", schema: { $ref: "#/components/schemas/ThingState" } },
        ],
        responses: { "200": { description: "", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Thing" } } } } } },
      },
    },
    "/things/{thingId}": {
      parameters: [{ name: "thingId", in: "path", required: true, schema: { type: "string" } }],
      put: {
        operationId: "UpdateThing",
        parameters: [{ name: "if-match", in: "header", schema: { type: "string" } }],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/UpdateThingDetails" } } } },
        responses: { "202": { description: "accepted" } },
      },
    },
  },
  components: {
    parameters: { CompartmentIdQuery: { name: "compartmentId", in: "query", required: true, description: "The compartment. More words.", schema: { type: "string" } } },
    schemas: {
      ThingState: { type: "string", enum: ["ON", "OFF"] },
      Tags: { type: "object", additionalProperties: { type: "string" } },
      Thing: {
        type: "object",
        properties: { id: { type: "string" }, lifecycleState: { $ref: "#/components/schemas/ThingState" }, timeMade: { type: "string", format: "date-time" }, tags: { $ref: "#/components/schemas/Tags" } },
      },
      UpdateThingDetails: {
        type: "object",
        required: ["size"],
        properties: { size: { type: "integer" }, names: { type: "array", items: { type: "string" } }, kind: { type: "string", enum: ["A", "B"] }, source: { oneOf: [{ $ref: "#/components/schemas/Tags" }] } },
      },
    },
  },
};

async function generated(spec: unknown): Promise<CommandTable & { DATE_TIME_FIELDS: ReadonlySet<string>; USER_MAP_FIELDS: ReadonlySet<string> }> {
  const dir = await mkdtemp(join(tmpdir(), "ocikit-table-"));
  try {
    const file = join(dir, "operations.ts");
    await writeFile(file, renderCommandTable(spec));
    const mod = await import(pathToFileURL(file).href);
    return { operations: mod.OPERATIONS, models: mod.MODELS, DATE_TIME_FIELDS: mod.DATE_TIME_FIELDS, USER_MAP_FIELDS: mod.USER_MAP_FIELDS };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("renderCommandTable", async () => {
  const table = await generated(SPEC);

  it.each([
    { name: "a $ref parameter, required, with the first sentence of its description", op: "ListThings", index: 0, expected: { name: "compartmentId", in: "query", type: "string", required: true, description: "The compartment." } },
    { name: "an enum through a schema $ref", op: "ListThings", index: 2, expected: { name: "lifecycleState", in: "query", type: "string", enum: ["ON", "OFF"], required: false } },
    { name: "a path-level path parameter, always required", op: "UpdateThing", index: 0, expected: { name: "thingId", in: "path", required: true } },
    { name: "an operation-level header", op: "UpdateThing", index: 1, expected: { name: "if-match", in: "header", required: false } },
  ])("reads $name", ({ op, index, expected }) => {
    expect(table.operations[op]?.parameters[index]).toMatchObject(expected);
  });

  it("reads the body's properties with their JSON keys, types, enums and required flags", () => {
    expect(table.operations["UpdateThing"]?.body).toEqual({
      schema: "UpdateThingDetails",
      required: true,
      properties: [
        { key: "size", type: "integer", required: true, description: "" },
        { key: "names", type: "array", required: false, description: "" },
        { key: "kind", type: "string", enum: ["A", "B"], required: false, description: "" },
        { key: "source", type: "object", required: false, description: "" },
      ],
    });
  });

  it("reads the response model, whether it is a list, and the model's fields and states", () => {
    expect(table.operations["ListThings"]).toMatchObject({ method: "GET", path: "/things", response: { model: "Thing", list: true } });
    expect(table.operations["UpdateThing"]).toMatchObject({ method: "PUT", path: "/things/{thingId}" });
    expect(table.operations["UpdateThing"]?.response).toBeUndefined();
    expect(table.models).toEqual({ Thing: { fields: ["id", "lifecycleState", "timeMade", "tags"], lifecycleStates: ["ON", "OFF"] } });
    expect([...table.DATE_TIME_FIELDS]).toEqual(["timeMade"]);
    expect([...table.USER_MAP_FIELDS]).toEqual(["tags"]);
  });

  it("calls the typed client's method for the operation's path", async () => {
    const calls: unknown[] = [];
    const client = { PUT: async (...args: unknown[]) => (calls.push(args), { response: new Response() }) };
    const init = { params: { path: { thingId: "t" }, query: {}, header: {} } };
    await table.operations["UpdateThing"]?.invoke(client as never, init);
    expect(calls).toEqual([["/things/{thingId}", init]]);
  });

  it("refuses an operation without an operationId", () => {
    expect(() => renderCommandTable({ paths: { "/x": { get: { responses: {} } } }, components: {} })).toThrow("GET /x has no operationId");
  });
});
