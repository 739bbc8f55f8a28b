import { randomBytes } from "node:crypto";

// Minted request ids: a random per-process prefix and a counter (32 upper-case hex digits), cheaper
// than a UUID per request and still unique across restarts.
const ID_PREFIX = randomBytes(10).toString("hex").toUpperCase();
let idCounter = 0;

/** The caller's `opc-request-id` when it is usable (1–128 visible ASCII characters), else a fresh one. */
export function pickRequestId(value: string | string[] | undefined): string {
  if (typeof value === "string" && value.length > 0 && value.length <= 128 && /^[\x21-\x7e]+$/.test(value)) return value;
  idCounter = (idCounter + 1) % 0x1000000000000;
  return ID_PREFIX + idCounter.toString(16).toUpperCase().padStart(12, "0");
}
