#!/usr/bin/env node
// Generates src/types/schema.ts (openapi-typescript) and src/types/operation-ids.ts (a runtime
// route → operationId table) from spec/core-services.yaml.
//
//   node scripts/generate-types.mjs           write both files
//   node scripts/generate-types.mjs --check   exit 1 if either committed file differs from a fresh run
//
// Paths are resolved from this file, not the working directory, so the script works from anywhere.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString, NUMBER } from "openapi-typescript";
// The spec package owns YAML parsing (and its `yaml` dependency); reuse it rather than adding one here.
import { loadSpec } from "../../../spec/index.js";

const SPEC_URL = new URL("../../../spec/core-services.yaml", import.meta.url);
const SCHEMA_URL = new URL("../src/types/schema.ts", import.meta.url);
const OPERATION_IDS_URL = new URL("../src/types/operation-ids.ts", import.meta.url);
const REGENERATE = "pnpm --filter @ocikit/core generate";
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function header(purpose) {
  return [
    "/**",
    ` * ${purpose}`,
    " *",
    " * GENERATED from spec/core-services.yaml by packages/core/scripts/generate-types.mjs.",
    ` * Do not edit by hand: change the spec, then run \`${REGENERATE}\`.`,
    " */",
    "",
  ].join("\n");
}

/**
 * The spec leaves `discriminator.mapping` out because Ajv (used by the demo server) refuses it, and
 * each variant already pins its tag with a single-value enum. Without a mapping openapi-typescript
 * would type the tag as the schema *name* ("VolumeGroupSourceFromVolumesDetails" instead of
 * "volumeIds"), so rebuild the mapping from the variants before generating.
 */
function withInferredDiscriminatorMappings(spec) {
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    const discriminator = schema.discriminator;
    if (!discriminator || discriminator.mapping || !Array.isArray(schema.oneOf)) continue;
    const mapping = {};
    for (const variant of schema.oneOf) {
      const tag = resolve(spec, variant)?.properties?.[discriminator.propertyName];
      const values = tag?.const !== undefined ? [tag.const] : (tag?.enum ?? []);
      if (typeof variant.$ref !== "string" || values.length !== 1 || typeof values[0] !== "string") {
        throw new Error(
          `${name}: every oneOf variant must be a $ref whose "${discriminator.propertyName}" property has exactly one string value (const or single-value enum); fix the spec.`,
        );
      }
      mapping[values[0]] = variant.$ref;
    }
    discriminator.mapping = mapping;
  }
  return spec;
}

/** @returns {Promise<string>} */
async function renderSchema(spec) {
  const ast = await openapiTS(withInferredDiscriminatorMappings(spec), {
    silent: true,
    // A field with a server-side default (CreateVolumeGroupBackupDetails.type) is still optional for the
    // caller; openapi-typescript would otherwise type it as required.
    defaultNonNullable: false,
    // int64 values are plain JSON numbers on the wire (the official SDK types them `number` too);
    // pinned explicitly so a future default (e.g. bigint) cannot change the public types.
    transform(schemaObject) {
      if (schemaObject.type === "integer" && schemaObject.format === "int64") return NUMBER;
      return undefined;
    },
  });
  return header("TypeScript types for the OCI Core Services (Block Volume) slice ocikit covers.") + astToString(ast);
}

/** Every operation of the spec, in document order. */
function collectOperations(spec) {
  const operations = [];
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      if (!operation.operationId)
        throw new Error(`${method.toUpperCase()} ${path} has no operationId; add one to the spec.`);
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolve(spec, p));
      const retryToken = parameters.some((p) => p.in === "header" && p.name.toLowerCase() === "opc-retry-token");
      operations.push({
        route: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        id: operation.operationId,
        retryToken,
      });
    }
  }
  return operations;
}

function resolve(spec, value) {
  if (!value || typeof value.$ref !== "string") return value;
  const parts = value.$ref
    .replace(/^#\//, "")
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const target = parts.reduce((node, key) => node?.[key], spec);
  if (!target) throw new Error(`Unresolvable $ref ${value.$ref} in the spec.`);
  return resolve(spec, target);
}

function renderOperationIds(spec) {
  const operations = collectOperations(spec);
  const q = JSON.stringify;
  const lines = [
    header("Runtime tables of the spec's operations: names for errors, and which calls take a retry token."),
    "/** Operation ids of the spec, in document order. */",
    "export const operationIds = [",
    ...operations.map((o) => `  ${q(o.id)},`),
    "] as const;",
    "",
    '/** An OCI operationId covered by the spec, e.g. `"CreateVolumeGroupBackup"`. */',
    "export type OperationId = (typeof operationIds)[number];",
    "",
    "/** HTTP method and OpenAPI path template of an operation. */",
    "export interface OperationRoute {",
    '  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";',
    "  readonly path: string;",
    "}",
    "",
    "/**",
    ' * Maps `"<METHOD> <path template>"` (the method upper-case, the path as written in the spec and as',
    " * openapi-fetch reports it in `schemaPath`) to the operationId.",
    " */",
    "export const operationIdByRoute: Readonly<Record<string, OperationId>> = {",
    ...operations.map((o) => `  ${q(o.route)}: ${q(o.id)},`),
    "};",
    "",
    "/** Method and path template of each operation. */",
    "export const routeByOperationId: Readonly<Record<OperationId, OperationRoute>> = {",
    ...operations.map((o) => `  ${o.id}: { method: ${q(o.method)}, path: ${q(o.path)} },`),
    "};",
    "",
    "/**",
    " * Operations that declare the `opc-retry-token` header: the only POSTs that may be retried safely,",
    " * because the token makes the service return the first result instead of acting twice.",
    " */",
    "export const retryTokenOperations: ReadonlySet<OperationId> = new Set<OperationId>([",
    ...operations.filter((o) => o.retryToken).map((o) => `  ${q(o.id)},`),
    "]);",
    "",
    "/**",
    " * The client's operation lookup in its smallest form (the client bundle carries it): one line per",
    ' * operation, `"<METHOD> <path template, parameters unnamed> <operationId>"`, the id prefixed with `+`',
    " * when the operation takes a retry token.",
    " */",
    "export const operationLookupTable: string =",
    `  ${q(operations.map((o) => `${o.method} ${o.path.replace(/\{[^}]*\}/g, "{p}")} ${o.retryToken ? "+" : ""}${o.id}`).join("\n"))};`,
    "",
  ];
  return lines.join("\n");
}

async function readOrEmpty(url) {
  try {
    return await readFile(url, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return "";
    throw error;
  }
}

async function main(argv) {
  const check = argv.includes("--check");
  const specText = await readFile(SPEC_URL, "utf8");
  const outputs = [
    // Each renderer gets its own parse: openapi-typescript patches the object it is given.
    { url: SCHEMA_URL, text: await renderSchema(loadSpec(() => specText)) },
    { url: OPERATION_IDS_URL, text: renderOperationIds(loadSpec(() => specText)) },
  ];

  if (check) {
    const drifting = [];
    for (const { url, text } of outputs) {
      if ((await readOrEmpty(url)) !== text) drifting.push(fileURLToPath(url));
    }
    if (drifting.length > 0) {
      console.error(`Generated types are out of date: run \`pnpm generate\` (or \`${REGENERATE}\`).`);
      for (const file of drifting) console.error(`  differs: ${file}`);
      process.exitCode = 1;
      return;
    }
    console.log("Generated types are up to date.");
    return;
  }

  for (const { url, text } of outputs) {
    await writeFile(url, text);
    console.log(`wrote ${fileURLToPath(url)}`);
  }
}

await main(process.argv.slice(2));
