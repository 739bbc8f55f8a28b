/** Header names whose values are secrets, shown only as a length. */
const SECRET_HEADERS = new Set(["cookie", "x-ocikit-csrf", "opc-obo-token", "x-subject-token"]);

/** `abcdef…(344 chars)`: enough to compare two values by eye, never the whole secret. */
export function shorten(secret: string, keep = 6): string {
  return secret.length <= keep ? `…(${secret.length} chars)` : `${secret.slice(0, keep)}…(${secret.length} chars)`;
}

/** A keyId with a session token (`ST$…`) loses the token; API-key keyIds are not secret. */
export function redactKeyId(keyId: string): string {
  return keyId.startsWith("ST$") && !isRedacted(keyId) ? `ST$${shorten(keyId.slice(3))}` : keyId;
}

const SHORTENED = /…\(\d+ chars\)$/;

/** True for a value this module (or the server's own `<redacted>`) has already shortened. */
function isRedacted(value: string): boolean {
  return value === "<redacted>" || SHORTENED.test(value);
}

/** The Authorization header with its signature (and a session token keyId) shortened; idempotent. */
export function redactAuthorization(value: string): string {
  return value
    .replace(/signature\s*=\s*"([^"]*)"/i, (all, sig: string) => (isRedacted(sig) ? all : `signature="${shorten(sig)}"`))
    .replace(/keyId\s*=\s*"(ST\$[^"]*)"/i, (all, id: string) => (isRedacted(id) ? all : `keyId="${redactKeyId(id)}"`));
}

/** Received headers (lowercase names) as shown to a console user: secrets shortened; idempotent. */
export function redactHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(", ") : raw;
    if (name === "authorization") out[name] = redactAuthorization(value);
    else if (SECRET_HEADERS.has(name)) out[name] = isRedacted(value) ? value : shorten(value, 0);
    else out[name] = value;
  }
  return out;
}
