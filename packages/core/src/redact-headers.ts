// Header values that grant access; kept out of errors, logs and JSON.
const SECRET_HEADERS = new Set([
  "authorization",
  "x-amz-security-token",
  "opc-obo-token",
  "cookie",
  "proxy-authorization",
]);

/**
 * Copies headers into a plain object with credentials replaced by `[REDACTED]`.
 * For `authorization` only the scheme survives ("Signature [REDACTED]"): the keyId
 * names a tenancy and user, and the signature itself is never needed to debug a call.
 * @public
 */
export function redactHeaders(headers: Headers | Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    if (!SECRET_HEADERS.has(key)) {
      out[key] = value;
      continue;
    }
    const scheme = /^\S+(?= )/.exec(value)?.[0];
    out[key] = scheme ? `${scheme} [REDACTED]` : "[REDACTED]";
  }
  return out;
}
