import { describe, expect, it } from "vitest";
import type { CommandNode, OperationCommand, OperationSpec } from "../types.js";
import { ROOT, TABLE } from "./command-tree.js";
import { CLI_OPTION_NAMES } from "./cli-options.js";

function operationCommands(node: CommandNode): OperationCommand[] {
  if (node.kind === "operation") return [node];
  if (node.kind === "custom") return [];
  return node.children.flatMap(operationCommands);
}

const COMMANDS = operationCommands(ROOT);
const IMPLICIT = new Set(["opc-request-id", "opc-retry-token"]);

/** The spec's fields of an operation, read straight from the table (not through the tree builder). */
function specFields(operation: OperationSpec) {
  return [
    ...operation.parameters.filter((p) => !(p.in === "header" && IMPLICIT.has(p.name))).map((p) => ({ in: p.in, key: p.name, type: p.type, enum: p.enum, required: p.required })),
    ...(operation.body?.properties ?? []).map((p) => ({ in: "body", key: p.key, type: p.type, enum: p.enum, required: p.required && operation.body?.required === true })),
  ];
}

const KIND_OF_TYPE: Record<string, string> = { string: "string", integer: "int", number: "int", boolean: "bool", object: "json", array: "json" };

describe("every command against the spec", () => {
  it("has a command for every operation of the spec, and no command without one", () => {
    expect(COMMANDS.map((c) => c.operationId).sort()).toEqual(Object.keys(TABLE.operations).sort());
  });

  describe.each(COMMANDS.map((c) => [c.operationId, c] as const))("%s", (operationId, command) => {
    const operation = TABLE.operations[operationId] as OperationSpec;
    const fields = specFields(operation);

    it("calls the spec's method and path", () => {
      expect({ method: command.method, path: command.path, invoke: command.invoke }).toEqual({ method: operation.method, path: operation.path, invoke: operation.invoke });
    });

    it("has no option without a field (other than the CLI's own), with the field's kind and enum", () => {
      for (const option of command.options) {
        if (option.target === undefined) {
          expect(CLI_OPTION_NAMES, `--${option.name} has no spec field`).toContain(option.name);
          continue;
        }
        const field = fields.find((f) => f.in === option.target?.in && f.key === option.target.key);
        expect(field, `--${option.name} → ${option.target.in} ${option.target.key} is not in the spec`).toBeDefined();
        expect(option.kind, `--${option.name}`).toBe(field?.enum ? "enum" : KIND_OF_TYPE[field?.type ?? ""]);
        expect(option.choices, `--${option.name}`).toEqual(field?.enum);
        expect(option.required === true, `--${option.name} required`).toBe(field?.required);
      }
    });

    it("has a required option for every required field", () => {
      for (const field of fields.filter((f) => f.required)) {
        const option = command.options.find((o) => o.target?.in === field.in && o.target.key === field.key);
        expect(option?.required, `${field.in} ${field.key} is required by the spec`).toBe(true);
      }
    });

    it("prints the spec's model and waits for its lifecycle states", () => {
      expect(command.model).toBe(operation.response?.model);
      expect(command.list === true).toBe(operation.response?.list === true && operation.parameters.some((p) => p.name === "page"));
      if (command.wait) {
        const via = TABLE.operations[command.wait.getOperation] as OperationSpec;
        expect(command.wait.states).toEqual(TABLE.models[via.response?.model ?? ""]?.lifecycleStates);
        expect(command.options.find((o) => o.name === "wait-for-state")?.choices).toEqual(command.wait.states);
      }
    });
  });
});
