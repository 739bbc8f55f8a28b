/** Header names whose values are secrets, shown only as a length. */
const SECRET_HEADERS = new Set(["cookie", "x-ocikit-csrf", "opc-obo-token", "x-subject-token"]);

/** `abcdef…(344 chars)`: enough to compare two values by eye, never the whole secret. */
export function shorten(secret: string, keep = 6): string {
  return secret.length <= keep ? `…(${secret.length} chars)` : `${secret.slice(0, keep)}…(${secret.length} chars)`;
}

/** A keyId with a session token (`ST$…`) loses the token; API-key keyIds are not secret. */
export function redactKeyId(keyId: string): string {
  return keyId.startsWith("ST$") ? `ST$${shorten(keyId.slice(3))}` : keyId;
}

/** The Authorization header with its signature (and a session token keyId) shortened. */
export function redactAuthorization(value: string): string {
  return value
    .replace(/signature\s*=\s*"([^"]*)"/i, (_all, sig: string) => `signature="${shorten(sig)}"`)
    .replace(/keyId\s*=\s*"(ST\$[^"]*)"/i, (_all, id: string) => `keyId="${redactKeyId(id)}"`);
}

/** Received headers (lowercase names) as shown to a console user: secrets shortened. */
export function redactHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(", ") : raw;
    if (name === "authorization") out[name] = redactAuthorization(value);
    else if (SECRET_HEADERS.has(name)) out[name] = shorten(value, 0);
    else out[name] = value;
  }
  return out;
}
