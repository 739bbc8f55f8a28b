import { ServiceError } from "../service-error.js";

/** Deepest accepted nesting of arrays/objects in a request body (OCI models need 4). */
export const MAX_JSON_DEPTH = 32;

const utf8 = new TextDecoder("utf-8", { fatal: true });
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function cannotParse(message: string): ServiceError {
  return new ServiceError(400, "CannotParseRequest", message);
}

/** True for `application/json` with optional parameters (`; charset=utf-8`), in any case. */
export function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return false;
  const semi = value.indexOf(";");
  return (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase() === "application/json";
}

// Depth of the deepest array/object, counting only brackets outside strings. One pass over the bytes,
// so a 1 MiB "[[[[…" is refused before JSON.parse, and no deep value ever reaches JSON.stringify
// (whose recursion would overflow the stack and turn hostile input into a 500).
function nestingDepth(body: Uint8Array, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const b = body[i] as number;
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
      if (++depth > limit) return depth;
    } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) depth--;
  }
  return depth;
}

/**
 * Parses a request body as JSON the strict way: `content-type` must be `application/json`, the bytes
 * valid UTF-8 (no silent U+FFFD), nesting at most {@link MAX_JSON_DEPTH}. Every failure is a 400.
 */
export function parseJsonBody(body: Uint8Array, contentType: string | undefined): unknown {
  if (!isJsonContentType(contentType)) {
    throw cannotParse(
      `The request body has content-type '${String(contentType).slice(0, 64)}'; this API takes only application/json. ` +
        "Send the body as JSON with 'content-type: application/json'.",
    );
  }
  if (nestingDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw cannotParse(`The request body nests arrays/objects deeper than ${MAX_JSON_DEPTH} levels. Send a flat JSON object.`);
  }
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw cannotParse("The request body is not valid UTF-8. Encode the JSON document as UTF-8.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw cannotParse("The request body is not valid JSON. Send a JSON object.");
  }
}
