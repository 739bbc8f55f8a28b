import { compilePathTemplate, type PathTemplate } from "@ocikit/core";

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
  path: PathTemplate;
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
      // One rule for templates across ocikit: @ocikit/core's (whole-segment parameters, percent-decoded).
      this.routes.push({ path: compilePathTemplate(template), operations });
    }
  }

  /** Every operationId the spec declares. */
  operationIds(): string[] {
    return this.routes.flatMap((r) => [...r.operations.values()]);
  }

  /** Matches a raw (still percent-encoded) path such as `/volumes/ocid1.volume...`. */
  match(method: string, rawPath: string): MatchResult {
    let allowed: string[] | undefined;
    for (const route of this.routes) {
      const params = route.path.match(rawPath);
      if (params === undefined) continue;
      const operationId = route.operations.get(method);
      if (operationId === undefined) {
        allowed = [...route.operations.keys()];
        continue;
      }
      return { kind: "match", route: { operationId, template: route.path.template, params: { ...params } } };
    }
    return allowed !== undefined ? { kind: "method-not-allowed", allowed } : { kind: "not-found" };
  }
}
