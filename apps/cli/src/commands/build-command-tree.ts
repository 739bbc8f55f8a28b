import { camelToKebab } from "../args/case.js";
import { COMMON_OPTIONS } from "./overlays/common-options.js";
import { CLI_OPTION_NAMES, forceOption, jsonInputOptions, pagingOptions, waitOptions } from "./cli-options.js";
import type { CommandOverlay, CommandTable, GroupCommand, GroupOverlay, OperationCommand, OperationSpec, OptionKind, OptionOverlay, OptionSpec, OptionTarget, SpecType, WaitSpec } from "../types.js";

/** Header parameters the CLI fills itself: `opc-request-id` from `--request-id`, `opc-retry-token` in @ocikit/core. */
export const IMPLICIT_PARAMETERS: ReadonlySet<string> = new Set(["opc-request-id", "opc-retry-token"]);

/** A spec field an option can fill: a path, query or header parameter, or a body property. */
export interface SpecField {
  /** The parameter name or body JSON key. */
  key: string;
  in: OptionTarget["in"];
  type: SpecType;
  enum: readonly string[] | undefined;
  required: boolean;
  description: string;
}

/** The fields of an operation that options stand for, in spec order (parameters, then the body). */
export function fieldsOf(operation: OperationSpec): SpecField[] {
  const fields: SpecField[] = [];
  for (const p of operation.parameters) {
    if (p.in === "cookie" || (p.in === "header" && IMPLICIT_PARAMETERS.has(p.name))) continue;
    fields.push({ key: p.name, in: p.in, type: p.type, enum: p.enum, required: p.required, description: p.description });
  }
  for (const p of operation.body?.properties ?? []) {
    fields.push({ key: p.key, in: "body", type: p.type, enum: p.enum, required: p.required && operation.body?.required === true, description: p.description });
  }
  return fields;
}

/** The option kind of a spec type: enums are choices, objects and arrays are JSON. */
export function kindOf(field: Pick<SpecField, "type" | "enum">): OptionKind {
  if (field.enum !== undefined) return "enum";
  switch (field.type) {
    case "integer":
    case "number":
      return "int";
    case "boolean":
      return "bool";
    case "object":
    case "array":
      return "json";
    case "string":
      return "string";
  }
}

function defaultHint(kind: OptionKind, name: string): string | undefined {
  switch (kind) {
    case "json":
      return "<JSON>";
    case "int":
      return "<N>";
    case "bool":
      return "<BOOLEAN>";
    case "string":
      return name.endsWith("-id") ? "<OCID>" : "<TEXT>";
    default:
      return undefined;
  }
}

/** An overlay names something the spec does not have, or leaves out a required field. */
export class OverlayError extends Error {
  readonly code = "BAD_OVERLAY";
  constructor(message: string) {
    super(message);
    this.name = "OverlayError";
  }
}

function optionFor(field: SpecField, name: string, wording: OptionOverlay | undefined): OptionSpec {
  const common = COMMON_OPTIONS[name];
  const kind = kindOf(field);
  const merged: OptionOverlay = { ...common, ...wording };
  const spec: OptionSpec = { name, kind, help: merged.help ?? field.description, target: { in: field.in, key: field.key } as OptionTarget };
  const hint = merged.hint ?? defaultHint(kind, name);
  if (hint !== undefined) spec.hint = hint;
  if (field.required) spec.required = true;
  if (field.enum !== undefined) spec.choices = field.enum;
  if (merged.aliases !== undefined) spec.aliases = merged.aliases;
  if (merged.sample !== undefined) spec.sample = merged.sample;
  return spec;
}

function waitSpec(table: CommandTable, operationId: string, wait: NonNullable<CommandOverlay["wait"]>): WaitSpec {
  const via = table.operations[wait.via];
  const idParam = via?.parameters.find((p) => p.in === "path")?.name;
  const model = via?.response?.model;
  if (via === undefined || idParam === undefined || model === undefined) {
    throw new OverlayError(`${operationId}: wait.via ${wait.via} must be a Get operation of the spec with an id in its path and a model in its answer.`);
  }
  return {
    model,
    states: table.models[model]?.lifecycleStates ?? [],
    getOperation: via.operationId,
    getPath: via.path,
    idParam,
    invoke: via.invoke,
    idFrom: wait.id === "response" ? { response: true } : { option: wait.id.option },
  };
}

/** One operation command: the spec's fields as options, worded and ordered by the overlay. */
export function buildOperationCommand(table: CommandTable, operationId: string, overlay: CommandOverlay): OperationCommand {
  const operation = table.operations[operationId];
  if (operation === undefined) throw new OverlayError(`The overlay names ${operationId}, which is not an operation of the spec.`);
  const fields = fieldsOf(operation);
  const omitted = new Set(overlay.omit ?? []);
  for (const key of omitted) {
    const field = fields.find((f) => f.key === key);
    if (field === undefined) throw new OverlayError(`${operationId}: omit names ${key}, which is not a field of the operation.`);
    if (field.required) throw new OverlayError(`${operationId}: ${key} is required by the spec, so the command must offer it.`);
  }
  const wordings = overlay.options ?? {};
  // Which field each worded option fills: its `field`, else the field whose kebab-cased key is the name.
  const wordingByField = new Map<string, [string, OptionOverlay]>();
  for (const [name, raw] of Object.entries(wordings)) {
    const wording: OptionOverlay = typeof raw === "string" ? { help: raw } : raw;
    const field = fields.find((f) => (wording.field === undefined ? camelToKebab(f.key) === name : f.key === wording.field));
    if (field === undefined || omitted.has(field.key)) {
      throw new OverlayError(`${operationId}: the overlay words --${name}, but the operation has no such field (or it is omitted).`);
    }
    wordingByField.set(field.key, [name, wording]);
  }
  const byName = new Map<string, OptionSpec>();
  for (const field of fields) {
    if (omitted.has(field.key)) continue;
    const [name, wording] = wordingByField.get(field.key) ?? [camelToKebab(field.key), undefined];
    const option = optionFor(field, name, wording);
    if (CLI_OPTION_NAMES.has(option.name)) throw new OverlayError(`${operationId}: field ${field.key} cannot be --${option.name}, an option the CLI adds itself.`);
    byName.set(name, option);
  }
  const ordered: OptionSpec[] = [];
  for (const name of Object.keys(wordings)) {
    ordered.push(byName.get(name) as OptionSpec);
    byName.delete(name);
  }
  ordered.push(...byName.values());

  const list = operation.response?.list === true && operation.parameters.some((p) => p.in === "query" && p.name === "page");
  const wait = overlay.wait === undefined ? undefined : waitSpec(table, operationId, overlay.wait);
  const options = [
    ...ordered,
    ...(list ? pagingOptions() : []),
    ...(overlay.confirm ? [forceOption(overlay.confirm.what)] : []),
    ...(wait ? waitOptions(wait.states) : []),
    ...jsonInputOptions(),
  ];
  const command: OperationCommand = {
    kind: "operation",
    name: overlay.name,
    summary: overlay.summary,
    description: overlay.description,
    examples: overlay.examples,
    operationId,
    method: operation.method,
    path: operation.path,
    invoke: operation.invoke,
    options,
  };
  if (operation.response !== undefined) command.model = operation.response.model;
  if (list) command.list = true;
  if (wait) command.wait = wait;
  if (overlay.confirm) command.confirm = overlay.confirm.kind;
  return command;
}

/** A group of operation commands (children sorted by name, as the OCI CLI lists them). */
export function buildGroup(table: CommandTable, overlay: GroupOverlay): GroupCommand {
  const children = Object.entries(overlay.commands).map(([operationId, command]) => buildOperationCommand(table, operationId, command));
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { kind: "group", name: overlay.name, summary: overlay.summary, description: overlay.description, examples: overlay.examples, children };
}
