import { ServiceError } from "../service-error.js";

/**
 * Parses a raw query string into name/value pairs (a repeated name is a 400). Unlike URLSearchParams, `+` stays a plus:
 * OCI SDKs send `displayName=my%20backup+1` meaning a literal `+`.
 */
export function parseQuery(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (raw === "") return out;
  for (const pair of raw.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? "" : pair.slice(eq + 1);
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey);
      value = decodeURIComponent(rawValue);
    } catch {
      throw new ServiceError(
        400,
        "InvalidParameter",
        `The query parameter '${rawKey.slice(0, 64)}' is not valid percent-encoding. Encode values with encodeURIComponent.`,
      );
    }
    if (Object.hasOwn(out, key)) {
      // No query parameter of the API is a list, so a repeat is ambiguous: refuse it, never guess.
      throw new ServiceError(
        400,
        "InvalidParameter",
        `The query parameter '${key.slice(0, 64)}' is given more than once. Give each query parameter once.`,
      );
    }
    out[key] = value;
  }
  return out;
}
