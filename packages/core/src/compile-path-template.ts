import { PathTemplateError } from "./path-template-error.js";

/**
 * A compiled OpenAPI path template such as `/volumeGroupBackups/{volumeGroupBackupId}`.
 * @public
 */
export interface PathTemplate {
  readonly template: string;
  /** Parameter names, in the order they appear. */
  readonly names: readonly string[];
  /**
   * Matches a raw path (still percent-encoded, without query or fragment). Returns the decoded
   * parameters, or `undefined` when the path has other literal segments, another number of segments,
   * an empty parameter segment, or a parameter that is not valid percent-encoding.
   */
  match(path: string): Record<string, string> | undefined;
  /**
   * Builds the path, each parameter percent-encoded as one segment (`encodeURIComponent`).
   * @throws {@link PathTemplateError} `MISSING_PATH_PARAMETER` when a parameter is absent or empty.
   */
  build(params: Readonly<Record<string, string | number | boolean | undefined>>): string;
}

type Segment = { literal: string } | { param: string };

/**
 * Compiles a path template whose parameters are whole segments (`{name}`), for route matching (the demo
 * server, operation lookup) and path building (the CLI), so both sides agree on one set of rules.
 *
 * @throws {@link PathTemplateError} `INVALID_PATH_TEMPLATE` for a brace that is not a whole segment, an
 * empty or repeated parameter name.
 * @public
 */
export function compilePathTemplate(template: string): PathTemplate {
  const parts = template.split("/");
  const segments: Segment[] = [];
  const names: string[] = [];
  for (const part of parts) {
    if (part.startsWith("{") && part.endsWith("}")) {
      const name = part.slice(1, -1);
      if (!/^[A-Za-z_$][\w$.-]*$/.test(name) || name === "__proto__") {
        throw invalid(template, `'${part}' is not a parameter name`);
      }
      if (names.includes(name)) throw invalid(template, `parameter '${name}' appears twice`);
      names.push(name);
      segments.push({ param: name });
    } else {
      if (/[{}]/.test(part)) throw invalid(template, `'${part}' mixes a parameter with text; use whole {name} segments`);
      segments.push({ literal: part });
    }
  }
  const count = segments.length;

  return {
    template,
    names,
    match(path) {
      const values = path.split("/");
      if (values.length !== count) return undefined;
      const params: Record<string, string> = {};
      for (let i = 0; i < count; i++) {
        const segment = segments[i] as Segment;
        const value = values[i] as string;
        if ("literal" in segment) {
          if (segment.literal !== value) return undefined;
        } else {
          const decoded = decodeSegment(value);
          if (decoded === undefined || decoded === "") return undefined;
          params[segment.param] = decoded;
        }
      }
      return params;
    },
    build(params) {
      let out = "";
      for (let i = 0; i < count; i++) {
        const segment = segments[i] as Segment;
        let text: string;
        if ("literal" in segment) {
          text = segment.literal;
        } else {
          const value = params[segment.param];
          if (value === undefined || value === "") {
            throw new PathTemplateError(
              "MISSING_PATH_PARAMETER",
              template,
              `The path ${template} needs a value for '${segment.param}'. Pass a non-empty ${segment.param}.`,
            );
          }
          text = encodeURIComponent(String(value));
        }
        out = i === 0 ? text : `${out}/${text}`;
      }
      return out;
    },
  };
}

function decodeSegment(segment: string): string | undefined {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function invalid(template: string, problem: string): PathTemplateError {
  return new PathTemplateError(
    "INVALID_PATH_TEMPLATE",
    template,
    `Invalid path template ${template}: ${problem}. Write literal segments and whole-segment parameters, e.g. /volumes/{volumeId}.`,
  );
}
