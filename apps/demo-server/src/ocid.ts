import { pooledRandomBytes } from "./random-pool.js";

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** `length` random lowercase base32 characters. */
export function randomBase32(length: number, random: (n: number) => Uint8Array = pooledRandomBytes): string {
  const bytes = random(length);
  let out = "";
  for (let i = 0; i < length; i++) out += BASE32[(bytes[i] as number) & 31];
  return out;
}

/**
 * A realistic OCID: `ocid1.<type>.oc1.<regionKey>.<60 chars>` for regional resources, or
 * `ocid1.<type>.oc1..aaaaaaaa<52 chars>` for global ones (tenancy, user, compartment).
 */
export function mintOcid(resourceType: string, regionKeyOrGlobal: string | undefined): string {
  if (regionKeyOrGlobal === undefined) return `ocid1.${resourceType}.oc1..aaaaaaaa${randomBase32(52)}`;
  return `ocid1.${resourceType}.oc1.${regionKeyOrGlobal}.${randomBase32(60)}`;
}
