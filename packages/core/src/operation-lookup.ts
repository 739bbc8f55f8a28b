import { API_VERSION } from "./resolve-endpoint.js";
import { operationIdByRoute, retryTokenOperations } from "./types/index.js";

/** An OCI operation matched from a method and URL. @public */
export interface OperationInfo {
  readonly operationId: string;
  /** Whether the spec declares `opc-retry-token` for it. */
  readonly retryToken: boolean;
}

interface CompiledRoute {
  readonly segments: readonly (string | null)[];
  readonly info: OperationInfo;
}

let routes: Map<string, CompiledRoute[]> | undefined;

function compile(): Map<string, CompiledRoute[]> {
  const byMethod = new Map<string, CompiledRoute[]>();
  for (const [key, operationId] of Object.entries(operationIdByRoute)) {
    const info: OperationInfo = { operationId, retryToken: retryTokenOperations.has(operationId) };
    const space = key.indexOf(" ");
    const method = key.slice(0, space);
    const segments = key
      .slice(space + 2)
      .split("/")
      .map((segment) => (segment.startsWith("{") ? null : segment));
    const list = byMethod.get(method) ?? [];
    list.push({ segments, info });
    byMethod.set(method, list);
  }
  return byMethod;
}

/**
 * Finds the OCI operation for a method and URL by matching the path after `/20160918/`
 * against the spec's path templates; `undefined` for anything else (raw requests to other APIs).
 * @internal
 */
export function lookupOperation(method: string, url: string): OperationInfo | undefined {
  routes ??= compile();
  const candidates = routes.get(method.toUpperCase());
  if (!candidates) return undefined;
  const marker = `/${API_VERSION}/`;
  const pathStart = url.indexOf(marker, url.indexOf("//") + 2);
  if (pathStart < 0) return undefined;
  const end = url.search(/[?#]/);
  const path = url.slice(pathStart + marker.length, end < 0 ? undefined : end);
  const segments = path.split("/");
  for (const route of candidates) {
    if (route.segments.length !== segments.length) continue;
    if (route.segments.every((expected, i) => expected === null ? segments[i] !== "" : expected === segments[i])) return route.info;
  }
  return undefined;
}
