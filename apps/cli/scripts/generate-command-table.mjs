#!/usr/bin/env node
// Generates src/commands/generated/operations.ts — the CLI's command table — from spec/core-services.yaml:
// per operationId the method, path template, parameters (location, type, enum), request body properties
// (JSON key, kind, enum, required), the response model, and each printed model's fields and lifecycle
// states. Every entry also carries `invoke`, a call of the typed @ocikit/core client for that operation,
// so `tsc` checks the table against the client's types.
//
//   node scripts/generate-command-table.mjs           write the file
//   node scripts/generate-command-table.mjs --check   exit 1 if the committed file differs from a fresh run
//
// The rendering is a pure function (`renderCommandTable(spec)`), so a test can generate a table for a
// spec with an added operation and run a command from it.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const SPEC_URL = new URL("../../../spec/core-services.yaml", import.meta.url);
const OUTPUT_URL = new URL("../src/commands/generated/operations.ts", import.meta.url);
const REGENERATE = "pnpm --filter ocikit generate";
const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head"];

function resolve(spec, value) {
  if (!value || typeof value.$ref !== "string") return value;
  const parts = value.$ref.replace(/^#\//, "").split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const target = parts.reduce((node, key) => node?.[key], spec);
  if (!target) throw new Error(`Unresolvable $ref ${value.$ref} in the spec.`);
  return resolve(spec, target);
}

function refName(value) {
  return typeof value?.$ref === "string" ? value.$ref.split("/").at(-1) : undefined;
}

/** The first sentence of a description, on one line (the default help of an option). */
function summaryOf(description) {
  if (typeof description !== "string") return "";
  const line = description.replace(/\s+/g, " ").trim();
  const end = line.search(/\.(\s|$)/);
  return end < 0 ? line : line.slice(0, end + 1);
}

/** JSON type of a schema as the CLI cares: string, integer, number, boolean, object or array. */
function typeOf(spec, schema) {
  const s = resolve(spec, schema) ?? {};
  if (typeof s.type === "string") return s.type;
  if (Array.isArray(s.type)) return s.type.find((t) => t !== "null") ?? "string";
  if (s.oneOf || s.anyOf || s.allOf || s.properties) return "object";
  return "string";
}

function enumOf(spec, schema) {
  const s = resolve(spec, schema) ?? {};
  return Array.isArray(s.enum) ? s.enum : undefined;
}

function collect(spec) {
  const operations = [];
  const models = new Map();
  const addModel = (name) => {
    if (name === undefined || models.has(name)) return;
    const schema = resolve(spec, spec.components.schemas[name]);
    const fields = Object.keys(schema.properties ?? {});
    const states = enumOf(spec, schema.properties?.lifecycleState);
    models.set(name, { fields, states });
  };
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const id = operation.operationId;
      if (!id) throw new Error(`${method.toUpperCase()} ${path} has no operationId; add one to the spec.`);
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolve(spec, p)).map((p) => ({
        name: p.name,
        in: p.in,
        type: typeOf(spec, p.schema),
        enum: enumOf(spec, p.schema),
        required: p.required === true || p.in === "path",
        description: summaryOf(p.description),
      }));
      let body;
      const bodySchemaRef = operation.requestBody?.content?.["application/json"]?.schema;
      if (bodySchemaRef) {
        const schema = resolve(spec, bodySchemaRef);
        const required = new Set(schema.required ?? []);
        body = {
          schema: refName(bodySchemaRef),
          required: resolve(spec, operation.requestBody).required === true,
          properties: Object.entries(schema.properties ?? {}).map(([key, property]) => ({
            key,
            type: typeOf(spec, property),
            enum: enumOf(spec, property),
            required: required.has(key),
            description: summaryOf(resolve(spec, property)?.description),
          })),
        };
      }
      const ok = Object.entries(operation.responses ?? {}).find(([status]) => /^2\d\d$/.test(status))?.[1];
      const schema = resolve(spec, ok)?.content?.["application/json"]?.schema;
      let response;
      if (schema) {
        const list = resolve(spec, schema)?.type === "array";
        const model = refName(list ? resolve(spec, schema).items : schema);
        if (model !== undefined) {
          response = { model, list };
          addModel(model);
        }
      }
      operations.push({ id, method: method.toUpperCase(), path, parameters, body, response });
    }
  }
  // Property names across the spec's schemas that are datetimes, and that are user-keyed maps (tags).
  const dateTimeFields = new Set();
  const userMapFields = new Set();
  for (const schema of Object.values(spec.components?.schemas ?? {})) {
    for (const [key, property] of Object.entries(resolve(spec, schema).properties ?? {})) {
      const target = resolve(spec, property) ?? {};
      if (target.format === "date-time") dateTimeFields.add(key);
      if (target.type === "object" && target.additionalProperties && !target.properties) userMapFields.add(key);
    }
  }
  return { operations, models, dateTimeFields: [...dateTimeFields].sort(), userMapFields: [...userMapFields].sort() };
}

const q = JSON.stringify;

function optional(name, value) {
  return value === undefined ? "" : `, ${name}: ${q(value)}`;
}

function renderParameter(p) {
  return `      { name: ${q(p.name)}, in: ${q(p.in)}, type: ${q(p.type)}${optional("enum", p.enum)}, required: ${p.required}, description: ${q(p.description)} },`;
}

function renderProperty(p) {
  return `        { key: ${q(p.key)}, type: ${q(p.type)}${optional("enum", p.enum)}, required: ${p.required}, description: ${q(p.description)} },`;
}

/** The generated module's text for a parsed spec. */
export function renderCommandTable(spec, { typesImport = "../../types.js" } = {}) {
  const { operations, models, dateTimeFields, userMapFields } = collect(spec);
  const lines = [
    "/**",
    " * The CLI's command table: what spec/core-services.yaml says about each operation and each printed model.",
    " *",
    " * GENERATED from spec/core-services.yaml by apps/cli/scripts/generate-command-table.mjs.",
    ` * Do not edit by hand: change the spec, then run \`${REGENERATE}\`. Command names, help and waits live in`,
    " * the hand-written overlays (src/commands/overlays/).",
    " */",
    'import type { operations } from "@ocikit/core";',
    `import type { ModelSpec, OperationInit, OperationSpec } from ${q(typesImport)};`,
    "",
    "/** Each operation of the spec, keyed by operationId, in document order. */",
    "export const OPERATIONS = {",
  ];
  for (const op of operations) {
    const init = `OperationInit<operations[${q(op.id)}]>`;
    lines.push(
      `  ${op.id}: {`,
      `    operationId: ${q(op.id)},`,
      `    method: ${q(op.method)},`,
      `    path: ${q(op.path)},`,
      "    parameters: [",
      ...op.parameters.map(renderParameter),
      "    ],",
    );
    if (op.body) {
      lines.push(`    body: {`, `      schema: ${q(op.body.schema)},`, `      required: ${op.body.required},`, "      properties: [", ...op.body.properties.map(renderProperty), "      ],", "    },");
    }
    if (op.response) lines.push(`    response: { model: ${q(op.response.model)}, list: ${op.response.list} },`);
    lines.push(`    invoke: (client, init) => client.${op.method}(${q(op.path)}, init as ${init}),`, "  },");
  }
  lines.push(
    "} as const satisfies Record<string, OperationSpec>;",
    "",
    "/** An operationId of the spec. */",
    "export type OperationId = keyof typeof OPERATIONS;",
    "",
    "/** Every model an operation returns: its fields (printed as null when absent) and its lifecycle states. */",
    "export const MODELS = {",
  );
  for (const [name, model] of models) {
    lines.push(`  ${name}: {`, `    fields: ${q(model.fields)},`, `    lifecycleStates: ${model.states === undefined ? "[]" : q(model.states)},`, "  },");
  }
  lines.push(
    "} as const satisfies Record<string, ModelSpec>;",
    "",
    "/** A model the CLI prints. */",
    "export type ModelName = keyof typeof MODELS;",
    "",
    "/** Property names the spec types as `date-time` (printed the way Python's isoformat() does). */",
    `export const DATE_TIME_FIELDS: ReadonlySet<string> = new Set(${q(dateTimeFields)});`,
    "",
    "/** Property names whose value is a map keyed by the user (tags): printed with their keys as given. */",
    `export const USER_MAP_FIELDS: ReadonlySet<string> = new Set(${q(userMapFields)});`,
    "",
  );
  return lines.join("\n");
}

async function main(argv) {
  const { loadSpec } = await import("../../../spec/index.js");
  const specText = await readFile(SPEC_URL, "utf8");
  const text = renderCommandTable(loadSpec(() => specText));
  if (argv.includes("--check")) {
    let committed = "";
    try {
      committed = await readFile(OUTPUT_URL, "utf8");
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
    }
    if (committed !== text) {
      console.error(`The CLI command table is out of date: run \`pnpm generate\` (or \`${REGENERATE}\`).\n  differs: ${fileURLToPath(OUTPUT_URL)}`);
      process.exitCode = 1;
      return;
    }
    console.log("The CLI command table is up to date.");
    return;
  }
  await writeFile(OUTPUT_URL, text);
  console.log(`wrote ${fileURLToPath(OUTPUT_URL)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
