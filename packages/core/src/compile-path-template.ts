import { buildSegments, checkPathTemplate, matchSegments, parsePathTemplate } from "./path-segments.js";

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
   * parameters (a null-prototype record), or `undefined` when the path has other literal segments,
   * another number of segments, an empty parameter segment, or a parameter that is not valid
   * percent-encoding.
   */
  match(path: string): Record<string, string> | undefined;
  /**
   * Builds the path, each parameter percent-encoded as one segment (`encodeURIComponent`).
   * @throws {@link PathTemplateError} `MISSING_PATH_PARAMETER` when a parameter is absent or empty.
   */
  build(params: Readonly<Record<string, string | number | boolean | undefined>>): string;
}

/**
 * Compiles a path template whose parameters are whole segments (`{name}`), for route matching (the demo
 * server, the client's operation lookup) and path building (the CLI), so all of them follow one set of
 * rules.
 *
 * @throws {@link PathTemplateError} `INVALID_PATH_TEMPLATE` for a brace that is not a whole `{name}`
 * segment, or a parameter name used twice.
 * @public
 */
export function compilePathTemplate(template: string): PathTemplate {
  const segments = parsePathTemplate(template);
  const names = checkPathTemplate(template, segments);
  return {
    template,
    names,
    match: (path) => matchSegments(segments, path),
    build: (params) => buildSegments(template, segments, params),
  };
}
