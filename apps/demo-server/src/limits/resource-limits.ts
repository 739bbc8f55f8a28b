import { invalidParameter } from "../service-error.js";

/**
 * OCI's limits on tags ("Limits on Tags" in the OCI Tagging documentation): per resource 10 free-form
 * and 64 defined tags, 5 K of tag data as UTF-8 JSON; namespaces and keys printable ASCII without
 * periods or spaces, up to 100 characters; values up to 256 characters.
 */
export const TAG_LIMITS = {
  freeformTags: 10,
  definedTags: 64,
  nameLength: 100,
  valueLength: 256,
  totalJsonBytes: 5 * 1024,
} as const;

/** OCI's limit on the volumes of one volume group. */
export const MAX_VOLUMES_PER_GROUP = 32;

// Printable ASCII (0x21–0x7e) without the period (0x2e); the space (0x20) is outside the range.
const TAG_NAME = /^[\x21-\x2d\x2f-\x7e]+$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function checkName(field: string, what: string, name: string): void {
  if (name.length > TAG_LIMITS.nameLength) {
    throw invalidParameter(field, `${what} '${name.slice(0, 40)}…' has ${name.length} characters; OCI allows at most ${TAG_LIMITS.nameLength}.`);
  }
  if (!TAG_NAME.test(name)) {
    throw invalidParameter(field, `${what} '${name.slice(0, 100)}' must be printable ASCII without periods or spaces (OCI's rule for tag names).`);
  }
}

function checkValue(field: string, key: string, value: unknown): void {
  if (typeof value !== "string") return;
  // Characters as OCI counts them: code points.
  let count = 0;
  for (const _ of value) {
    if (++count > TAG_LIMITS.valueLength) {
      throw invalidParameter(field, `the value of tag '${key}' is longer than ${TAG_LIMITS.valueLength} characters, OCI's limit for a tag value.`);
    }
  }
}

/**
 * Checks `freeformTags` and `definedTags` of a create/update body (already schema-valid) against
 * {@link TAG_LIMITS}; throws a 400 InvalidParameter that names the field and the limit.
 */
export function checkTagLimits(body: unknown): void {
  if (!isObject(body)) return;
  const { freeformTags, definedTags } = body;
  let size = 0;
  if (isObject(freeformTags)) {
    const keys = Object.keys(freeformTags);
    if (keys.length > TAG_LIMITS.freeformTags) {
      throw invalidParameter("freeformTags", `${keys.length} tags; OCI allows at most ${TAG_LIMITS.freeformTags} free-form tags per resource.`);
    }
    for (const key of keys) {
      checkName("freeformTags", "the tag key", key);
      checkValue("freeformTags", key, freeformTags[key]);
    }
    size += Buffer.byteLength(JSON.stringify(freeformTags));
  }
  if (isObject(definedTags)) {
    let count = 0;
    for (const [namespace, tags] of Object.entries(definedTags)) {
      checkName("definedTags", "the tag namespace", namespace);
      if (!isObject(tags)) continue;
      for (const [key, value] of Object.entries(tags)) {
        if (++count > TAG_LIMITS.definedTags) {
          throw invalidParameter("definedTags", `more than ${TAG_LIMITS.definedTags} tags; OCI allows at most ${TAG_LIMITS.definedTags} defined tags per resource.`);
        }
        checkName("definedTags", "the tag key", key);
        checkValue("definedTags", `${namespace}.${key}`, value);
      }
    }
    size += Buffer.byteLength(JSON.stringify(definedTags));
  }
  if (size > TAG_LIMITS.totalJsonBytes) {
    throw invalidParameter(
      isObject(definedTags) ? "definedTags" : "freeformTags",
      `the tags take ${size} bytes as JSON; OCI allows at most ${TAG_LIMITS.totalJsonBytes} bytes (5 K) of tag data per resource.`,
    );
  }
}

/** Checks the number of volumes named for one volume group (create from volumeIds, update of membership). */
export function checkGroupSize(field: string, volumeIds: readonly unknown[]): void {
  if (volumeIds.length > MAX_VOLUMES_PER_GROUP) {
    throw invalidParameter(field, `${volumeIds.length} volumes; OCI allows at most ${MAX_VOLUMES_PER_GROUP} volumes per volume group.`);
  }
}

/**
 * The limits above for one request body (already schema-valid): tags on every create/update, the
 * group size on CreateVolumeGroup from `volumeIds` and on UpdateVolumeGroup's membership.
 */
export function checkRequestLimits(operationId: string, body: unknown): void {
  if (!isObject(body)) return;
  checkTagLimits(body);
  if (operationId === "CreateVolumeGroup" && isObject(body.sourceDetails) && Array.isArray(body.sourceDetails.volumeIds)) {
    checkGroupSize("sourceDetails.volumeIds", body.sourceDetails.volumeIds);
  }
  if (operationId === "UpdateVolumeGroup" && Array.isArray(body.volumeIds)) checkGroupSize("volumeIds", body.volumeIds);
}
