import { PathTemplateError } from "./path-template-error.js";

// The rules of path templates, written once: compilePathTemplate wraps them; the client's operation
// lookup uses parse and match alone (so the client bundle carries no path building).

/** A literal segment is its text; a parameter is a one-element array holding its name. @internal */
export type Segment = string | [name: string];

const PARAMETER = /^\{([A-Za-z_$][\w$.-]*)\}$/;

/** Splits a template into segments: `{name}` is a parameter, anything else a literal. @internal */
export function parsePathTemplate(template: string): Segment[] {
  return template.split("/").map((part) => {
    const name = PARAMETER.exec(part)?.[1];
    return name === undefined ? part : [name];
  });
}

/**
 * Rejects what {@link parsePathTemplate} would read as literal text but is meant as a parameter
 * (a brace outside a whole `{name}` segment), and a parameter name used twice. Returns the names.
 * @throws {@link PathTemplateError} `INVALID_PATH_TEMPLATE`
 * @internal
 */
export function checkPathTemplate(template: string, segments: readonly Segment[]): string[] {
  const names: string[] = [];
  for (const segment of segments) {
    const problem =
      typeof segment === "string"
        ? /[{}]/.test(segment) && `'${segment}' is not a whole {name} segment`
        : names.includes(segment[0]) && `'{${segment[0]}}' appears twice`;
    if (problem) {
      throw new PathTemplateError(
        "INVALID_PATH_TEMPLATE",
        template,
        `Invalid path template ${template}: ${problem}. Write literal segments and whole-segment parameters, ` +
          "e.g. /volumes/{volumeId}.",
      );
    }
    if (typeof segment !== "string") names.push(segment[0]);
  }
  return names;
}

/** Matches a raw path against segments; decoded parameters or `undefined`. @internal */
export function matchSegments(segments: readonly Segment[], path: string): Record<string, string> | undefined {
  const values = path.split("/");
  if (values.length !== segments.length) return undefined;
  const params: Record<string, string> = Object.create(null);
  for (let i = 0; i < values.length; i++) {
    const segment = segments[i] as Segment;
    let value = values[i] as string;
    if (typeof segment === "string") {
      if (segment !== value) return undefined;
      continue;
    }
    if (value.includes("%")) {
      try {
        value = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    }
    if (value === "") return undefined;
    params[segment[0]] = value;
  }
  return params;
}

/** Builds a path from segments. @throws {@link PathTemplateError} `MISSING_PATH_PARAMETER` @internal */
export function buildSegments(
  template: string,
  segments: readonly Segment[],
  params: Readonly<Record<string, string | number | boolean | undefined>>,
): string {
  return segments
    .map((segment) => {
      if (typeof segment === "string") return segment;
      const value = params[segment[0]];
      if (value === undefined || value === "") {
        throw new PathTemplateError(
          "MISSING_PATH_PARAMETER",
          template,
          `The path ${template} needs a value for '${segment[0]}'. Pass a non-empty ${segment[0]}.`,
        );
      }
      return encodeURIComponent(value);
    })
    .join("/");
}
