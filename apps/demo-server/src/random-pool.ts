import { randomBytes, randomFillSync } from "node:crypto";

const POOL_SIZE = 4096;
let pool = Buffer.alloc(0);
let offset = 0;

/**
 * `length` bytes from the CSPRNG, served from a pool refilled 4 KiB at a time: one call into OpenSSL per
 * ~60 ids instead of one per id (a create mints seven ids and etags). No byte is handed out twice; a
 * refill allocates a new pool, so an earlier view is never overwritten.
 */
export function pooledRandomBytes(length: number): Buffer {
  if (length > POOL_SIZE) return randomBytes(length);
  if (offset + length > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafe(POOL_SIZE));
    offset = 0;
  }
  const out = pool.subarray(offset, offset + length);
  offset += length;
  return out;
}
