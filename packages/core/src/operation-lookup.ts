import { matchSegments, parsePathTemplate, type Segment } from "./path-segments.js";
import { API_VERSION } from "./resolve-endpoint.js";
import { operationLookupTable } from "./types/index.js";

/** An OCI operation matched from a method and URL. @public */
export interface OperationInfo {
  readonly operationId: string;
  /** Whether the spec declares `opc-retry-token` for it. */
  readonly retryToken: boolean;
}

interface CompiledRoute {
  readonly segments: readonly Segment[];
  readonly info: OperationInfo;
}

let routes: Map<string, CompiledRoute[]> | undefined;

function compile(): Map<string, CompiledRoute[]> {
  const byMethod = new Map<string, CompiledRoute[]>();
  for (const line of operationLookupTable.split("\n")) {
    const [method = "", path = "", id = ""] = line.split(" ");
    const info: OperationInfo = { operationId: id.replace("+", ""), retryToken: id.startsWith("+") };
    const list = byMethod.get(method) ?? [];
    list.push({ segments: parsePathTemplate(path), info });
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
  // The path from the slash before its first segment, e.g. /volumeGroupBackups/ocid1…
  const path = url.slice(pathStart + marker.length - 1, end < 0 ? undefined : end);
  for (const route of candidates) {
    if (matchSegments(route.segments, path) !== undefined) return route.info;
  }
  return undefined;
}
