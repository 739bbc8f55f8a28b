import { SigningError } from "./signing-error.js";
import { composeSigningString, missingSignedHeader } from "./signing-string.js";

/**
 * Input of {@link buildSigningString}.
 * @public
 */
export interface SigningStringInput {
  /** HTTP method, any case; it is lowercased in the `(request-target)` line. */
  method: string;
  /** Path plus query exactly as sent on the wire (no decoding or re-encoding). */
  target: string;
  /** Header names in signing order, lowercase (as listed in `headers="…"`). */
  headers: readonly string[];
  /** Value of a header by lowercase name. */
  value: (name: string) => string | null | undefined;
}

/**
 * Builds the draft-cavage signing string: one `name: value` line per signed header, in order, joined with
 * `\n` and without a trailing newline. `(request-target)` becomes `<lowercase method> <target>`.
 *
 * @throws {@link SigningError} `MISSING_HEADER` when a listed header has no value.
 * @public
 */
export function buildSigningString(input: SigningStringInput): string {
  const { headers, value } = input;
  const out = composeSigningString(input.method, input.target, headers, value);
  if (out === undefined) {
    const name = missingSignedHeader(headers, value);
    throw new SigningError(
      "MISSING_HEADER",
      `Cannot build the signing string: header '${name}' is listed for signing but the request has no ` +
        "such header. Add the header or remove it from the signed list.",
    );
  }
  return out;
}
