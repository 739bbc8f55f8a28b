import { MODELS } from "../commands/generated/operations.js";

/**
 * Adds the model's absent fields (from the spec, via the generated table) as `null` to a resource, or to
 * each resource of a list. The OCI CLI prints all attributes of a model, `null` when the service sent
 * none, so scripts may rely on a key being present.
 */
export function withAllFields(value: unknown, model: string | undefined): unknown {
  const fields = model === undefined ? undefined : (MODELS as Record<string, { fields: readonly string[] } | undefined>)[model]?.fields;
  if (fields === undefined) return value;
  if (Array.isArray(value)) return value.map((item) => withAllFields(item, model));
  if (value === null || typeof value !== "object") return value;
  const complete: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of fields) if (!(field in complete)) complete[field] = null;
  return complete;
}
