import { OciError } from "./oci-error.js";

/**
 * The parameters of an OCI `Authorization: Signature …` header.
 * @public
 */
export interface ParsedAuthorization {
  keyId: string;
  signature: string;
  /** Signed header names, lowercased, in signing order (draft-cavage default `["date"]` when absent). */
  headers: readonly string[];
  algorithm: string | undefined;
  version: string | undefined;
}

/**
 * Thrown by {@link parseAuthorization} for a header that is not a well-formed signature.
 * @public
 */
export class AuthorizationFormatError extends OciError<"MALFORMED_AUTHORIZATION"> {
  override readonly name = "AuthorizationFormatError";

  constructor(message: string) {
    super("MALFORMED_AUTHORIZATION", message);
  }
}

const SCHEME = "signature";

// SDKs all send the draft's spelling; recognise it in place (no substring) and lowercase only the rare
// other spellings.
function parameterName(header: string, start: number, end: number): string {
  switch (end - start) {
    case 5:
      if (header.startsWith("keyId", start)) return "keyid";
      break;
    case 7:
      if (header.startsWith("headers", start)) return "headers";
      if (header.startsWith("version", start)) return "version";
      break;
    case 9:
      if (header.startsWith("signature", start)) return "signature";
      if (header.startsWith("algorithm", start)) return "algorithm";
      break;
  }
  return header.slice(start, end).toLowerCase();
}
const EXPECTED_SHAPE = 'Expected: Signature version="1",keyId="…",algorithm="rsa-sha256",headers="…",signature="…".';

function fail(what: string): never {
  throw new AuthorizationFormatError(`The Authorization header is malformed: ${what}. ${EXPECTED_SHAPE}`);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Parses an `Authorization` header of the Signature scheme. Tolerant of what the official SDKs send:
 * any parameter order, spaces around `,` and `=`, any case for parameter names; unknown parameters are
 * ignored. Header names in `headers=` are lowercased.
 *
 * @throws {@link AuthorizationFormatError} for anything that is not such a header.
 * @public
 */
export function parseAuthorization(header: string): ParsedAuthorization {
  const len = header.length;
  let i = 0;
  while (i < len && isSpace(header.charCodeAt(i))) i++;
  if (!header.startsWith("Signature", i) && header.slice(i, i + SCHEME.length).toLowerCase() !== SCHEME) {
    fail("it does not use the Signature scheme");
  }
  i += SCHEME.length;
  if (i >= len || !isSpace(header.charCodeAt(i))) fail("no parameters follow 'Signature'");

  let keyId: string | undefined;
  let signature: string | undefined;
  let headers: string | undefined;
  let algorithm: string | undefined;
  let version: string | undefined;

  for (;;) {
    while (i < len && (isSpace(header.charCodeAt(i)) || header.charCodeAt(i) === 44)) i++;
    if (i >= len) break;
    const nameStart = i;
    while (i < len) {
      const c = header.charCodeAt(i);
      // letters, digits, '-' and '_'
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95) i++;
      else break;
    }
    if (i === nameStart) fail(`unexpected character at position ${i}`);
    const name = parameterName(header, nameStart, i);
    while (i < len && isSpace(header.charCodeAt(i))) i++;
    if (header.charCodeAt(i) !== 61) fail(`parameter '${name}' has no '=value'`);
    i++;
    while (i < len && isSpace(header.charCodeAt(i))) i++;
    if (header.charCodeAt(i) !== 34) fail(`the value of '${name}' is not double-quoted`);
    const valueStart = ++i;
    const end = header.indexOf('"', valueStart);
    if (end === -1) fail(`the value of '${name}' has no closing quote`);
    const value = header.slice(valueStart, end);
    i = end + 1;
    if (i < len) {
      const c = header.charCodeAt(i);
      if (c !== 44 && !isSpace(c)) fail(`parameters must be separated by ',' (after '${name}')`);
    }
    let duplicate = false;
    switch (name) {
      case "keyid":
        duplicate = keyId !== undefined;
        keyId = value;
        break;
      case "signature":
        duplicate = signature !== undefined;
        signature = value;
        break;
      case "headers":
        duplicate = headers !== undefined;
        headers = value;
        break;
      case "algorithm":
        duplicate = algorithm !== undefined;
        algorithm = value;
        break;
      case "version":
        duplicate = version !== undefined;
        version = value;
        break;
      default:
        break;
    }
    if (duplicate) fail(`parameter '${name}' appears twice`);
  }

  if (keyId === undefined || keyId === "") fail("the keyId parameter is missing or empty");
  if (signature === undefined || signature === "") fail("the signature parameter is missing or empty");
  const names = splitHeaderNames(headers ?? "date");
  if (names.length === 0) fail("the headers parameter is empty");
  return { keyId, signature, headers: names, algorithm, version };
}

// A server sees the same few header lists over and over (one per SDK and method), so their split,
// lowercased and frozen forms are kept. Bounded, so hostile input cannot grow it.
const MAX_CACHED_LISTS = 64;
const listCache = new Map<string, readonly string[]>();

function splitHeaderNames(list: string): readonly string[] {
  let names = listCache.get(list);
  if (names === undefined) {
    const out: string[] = [];
    for (const part of list.split(" ")) {
      if (part !== "") out.push(part.toLowerCase());
    }
    names = Object.freeze(out);
    if (listCache.size >= MAX_CACHED_LISTS) listCache.clear();
    listCache.set(list, names);
  }
  return names;
}

// Every request from one client carries the same Authorization header up to its signature, which
// OCI's SDKs (and this package) put last. The parsed prefixes of the last few such headers are kept
// and matched with startsWith (a memory compare; hashing the prefix for a Map costs more than parsing).
const RECENT_PREFIXES = 4;
interface ParsedPrefix {
  readonly prefix: string;
  readonly parsed: Omit<ParsedAuthorization, "signature">;
}
const recent: (ParsedPrefix | undefined)[] = [];
let nextSlot = 0;
const SIGNATURE_PARAMETER = 'signature="';

/**
 * {@link parseAuthorization} with a small cache for headers whose last parameter is `signature="…"`.
 * A prefix is only cached after a full parse of a header ending with it proved that the tail is the
 * signature parameter, and a hit only accepts a non-empty, quote-free signature after it, so the
 * result is always the full parser's.
 * @internal
 */
export function parseAuthorizationCached(header: string): ParsedAuthorization {
  const len = header.length;
  if (len === 0 || header.charCodeAt(len - 1) !== 34) return parseAuthorization(header);
  for (let i = 0; i < recent.length; i++) {
    const entry = recent[i] as ParsedPrefix;
    const valueStart = entry.prefix.length + SIGNATURE_PARAMETER.length;
    if (
      len > valueStart + 1 &&
      // slice + === is a memory compare; V8's startsWith walks a long prefix far slower (~5 µs here).
      header.slice(0, entry.prefix.length) === entry.prefix &&
      header.startsWith(SIGNATURE_PARAMETER, entry.prefix.length) &&
      header.indexOf('"', valueStart) === len - 1
    ) {
      const { keyId, headers, algorithm, version } = entry.parsed;
      return { keyId, signature: header.slice(valueStart, -1), headers, algorithm, version };
    }
  }
  const parsed = parseAuthorization(header);
  const at = header.lastIndexOf(SIGNATURE_PARAMETER);
  if (at > 0) rememberPrefix(header.slice(0, at));
  return parsed;
}

// Caches a prefix only if the signature really is read from what follows it: two headers with
// different signatures after it must parse to those very signatures and to the same other fields.
function rememberPrefix(prefix: string): void {
  let a: ParsedAuthorization;
  let b: ParsedAuthorization;
  try {
    a = parseAuthorization(`${prefix}${SIGNATURE_PARAMETER}A"`);
    b = parseAuthorization(`${prefix}${SIGNATURE_PARAMETER}B"`);
  } catch {
    return;
  }
  if (
    a.signature !== "A" ||
    b.signature !== "B" ||
    a.keyId !== b.keyId ||
    a.headers !== b.headers ||
    a.algorithm !== b.algorithm ||
    a.version !== b.version
  )
    return;
  const { keyId, headers, algorithm, version } = a;
  recent[nextSlot] = { prefix, parsed: { keyId, headers, algorithm, version } };
  nextSlot = (nextSlot + 1) % RECENT_PREFIXES;
}
