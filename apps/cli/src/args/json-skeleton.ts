import { jsonKeyOf } from "./resolve-options.js";
import type { LeafCommand, OptionSpec } from "../types.js";

const NOT_IN_SKELETON = new Set(["from-json", "generate-full-command-json-input", "generate-param-json-input"]);

/** The sample value the OCI CLI prints for an option in a JSON skeleton. */
export function sampleValue(spec: OptionSpec): unknown {
  if (spec.sample !== undefined) return spec.sample;
  switch (spec.kind) {
    case "int":
      return 0;
    case "bool":
    case "flag":
      return true;
    case "enum": {
      const joined = (spec.choices ?? []).join("|");
      return spec.multiple ? [joined] : joined;
    }
    case "json":
      return {};
    case "string":
      return "string";
  }
}

/** `--generate-full-command-json-input`: every option keyed by its `--from-json` key, with a sample value. */
export function fullCommandSkeleton(leaf: LeafCommand): Record<string, unknown> {
  const skeleton: Record<string, unknown> = {};
  for (const spec of leaf.options) {
    if (NOT_IN_SKELETON.has(spec.name)) continue;
    skeleton[jsonKeyOf(spec)] = sampleValue(spec);
  }
  return skeleton;
}
