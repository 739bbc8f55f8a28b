/**
 * The one place the draft-cavage signing string is written: one `name: value` line per signed header,
 * in the listed order, joined with `\n`, no trailing newline; `(request-target)` is
 * `<lowercase method> <target>`. Returns `undefined` when a listed header has no value (the caller
 * finds which with {@link missingSignedHeader} and reports it its own way).
 * Used by buildSigningString, the signer and the verifier.
 * @internal
 */
export function composeSigningString(
  method: string,
  target: string,
  names: readonly string[],
  value: (name: string) => string | null | undefined,
): string | undefined {
  let out = "";
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    let line: string;
    if (name === "(request-target)") {
      line = `(request-target): ${method.toLowerCase()} ${target}`;
    } else {
      const v = value(name);
      if (v === undefined || v === null) return undefined;
      line = `${name}: ${v}`;
    }
    out = i === 0 ? line : `${out}\n${line}`;
  }
  return out;
}

/** The first listed header without a value (after {@link composeSigningString} returned `undefined`). @internal */
export function missingSignedHeader(
  names: readonly string[],
  value: (name: string) => string | null | undefined,
): string | undefined {
  return names.find((name) => name !== "(request-target)" && (value(name) ?? undefined) === undefined);
}
