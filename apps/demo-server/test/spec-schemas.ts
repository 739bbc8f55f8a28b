// Validates response documents against the spec's models (compiled once per test file).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { loadSpec } from "@ocikit/spec";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ID = "https://ocikit.invalid/core-services.json";
const ajv = new Ajv2020({ strict: false, discriminator: true, allErrors: true, logger: false });
addFormats(ajv);
ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isSafeInteger(n) });
ajv.addSchema({ $id: ID, components: (loadSpec() as { components: unknown }).components });

/** Problems of `value` against `components.schemas[name]` (empty when valid). */
export function schemaErrors(name: string, value: unknown): string[] {
  const validate = ajv.getSchema(`${ID}#/components/schemas/${name}`);
  if (validate === undefined) throw new Error(`no schema ${name}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
