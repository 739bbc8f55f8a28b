/** A matched API route. */
export interface RouteMatch {
  operationId: string;
  /** Path template as in the spec, e.g. `/volumeGroupBackups/{volumeGroupBackupId}`. */
  template: string;
  /** Decoded path parameters. */
  params: Record<string, string>;
}

/** Result of {@link Router.match}: a route, a path that exists with other methods, or nothing. */
export type MatchResult =
  | { kind: "match"; route: RouteMatch }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" };

interface Route {
  template: string;
  segments: Array<{ literal: string } | { param: string }>;
  operations: Map<string, string>;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/**
 * Matches `/<segment>/…` paths (below the API version) against the spec's path templates.
 * Built once from the OpenAPI `paths` object.
 */
export class Router {
  private readonly routes: Route[] = [];

  constructor(paths: Record<string, Record<string, unknown>>) {
    for (const [template, item] of Object.entries(paths)) {
      const operations = new Map<string, string>();
      for (const method of METHODS) {
        const op = item[method] as { operationId?: string } | undefined;
        if (op?.operationId !== undefined) operations.set(method.toUpperCase(), op.operationId);
      }
      const segments = template
        .split("/")
        .slice(1)
        .map((s) => (s.startsWith("{") && s.endsWith("}") ? { param: s.slice(1, -1) } : { literal: s }));
      this.routes.push({ template, segments, operations });
    }
  }

  /** Every operationId the spec declares. */
  operationIds(): string[] {
    return this.routes.flatMap((r) => [...r.operations.values()]);
  }

  /** Matches a raw (still percent-encoded) path such as `/volumes/ocid1.volume...`. */
  match(method: string, rawPath: string): MatchResult {
    const parts = rawPath.split("/");
    // parts[0] is the empty string before the leading slash.
    let allowed: string[] | undefined;
    for (const route of this.routes) {
      if (route.segments.length !== parts.length - 1) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < route.segments.length; i++) {
        const seg = route.segments[i] as { literal: string } | { param: string };
        const part = parts[i + 1] as string;
        if ("literal" in seg) {
          if (seg.literal !== part) {
            ok = false;
            break;
          }
        } else {
          const value = safeDecode(part);
          if (value === undefined || value === "") {
            ok = false;
            break;
          }
          params[seg.param] = value;
        }
      }
      if (!ok) continue;
      const operationId = route.operations.get(method);
      if (operationId === undefined) {
        allowed = [...route.operations.keys()];
        continue;
      }
      return { kind: "match", route: { operationId, template: route.template, params } };
    }
    return allowed !== undefined ? { kind: "method-not-allowed", allowed } : { kind: "not-found" };
  }
}

function safeDecode(s: string): string | undefined {
  if (!s.includes("%")) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
