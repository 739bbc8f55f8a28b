/** `volume-group-id` → `volumeGroupId` (the OCI CLI's JSON-input key for an option). */
export function kebabToCamel(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `volume-group-id` → `volume_group_id` (the OCI CLI's Python parameter name, used in its messages). */
export function kebabToSnake(name: string): string {
  return name.replace(/-/g, "_");
}

/**
 * `lifecycleState` → `lifecycle-state`, `sizeInMBs` → `size-in-mbs`: a word starts at an upper-case letter
 * that follows a lower-case letter or digit, which matches the Python SDK's attribute names for this API.
 */
export function camelToKebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}
