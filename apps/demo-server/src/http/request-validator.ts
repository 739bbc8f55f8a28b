import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { ServiceError } from "../service-error.js";

// ajv-formats is CommonJS with a default export; under NodeNext the namespace object is what we get.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

interface ParameterObject {
  name: string;
  in: "query" | "header" | "path" | "cookie";
  required?: boolean;
  schema?: Record<string, unknown>;
}

interface OperationValidators {
  path?: ValidateFunction;
  query?: ValidateFunction;
  headers?: ValidateFunction;
  headerNames: string[];
  headersRequired: boolean;
  body?: ValidateFunction;
  bodyRequired: boolean;
}

const SPEC_ID = "https://ocikit.invalid/core-services.json";

type Spec = {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
};

/**
 * Validates query parameters, declared headers and JSON bodies of every operation against the OpenAPI
 * document. All validators are compiled once, at construction; validation never compiles.
 */
export class RequestValidator {
  private readonly operations = new Map<string, OperationValidators>();

  constructor(spec: Spec) {
    const bodies = new Ajv2020({ strict: false, allErrors: false, discriminator: true, logger: false });
    const params = new Ajv2020({ strict: false, allErrors: false, coerceTypes: true, logger: false });
    for (const ajv of [bodies, params]) {
      addFormats(ajv);
      ajv.addFormat("int32", { type: "number", validate: (n: number) => Number.isInteger(n) });
      ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isSafeInteger(n) });
    }
    bodies.addSchema({ $id: SPEC_ID, components: spec.components });

    const resolveParam = (p: unknown): ParameterObject => {
      const ref = (p as { $ref?: string }).$ref;
      if (ref === undefined) return p as ParameterObject;
      const name = ref.split("/").pop() as string;
      return spec.components.parameters?.[name] as ParameterObject;
    };

    for (const item of Object.values(spec.paths)) {
      const shared = ((item.parameters as unknown[]) ?? []).map(resolveParam);
      for (const [method, raw] of Object.entries(item)) {
        if (method === "parameters") continue;
        const op = raw as {
          operationId?: string;
          parameters?: unknown[];
          requestBody?: { required?: boolean; content?: Record<string, { schema?: { $ref?: string } }> };
        };
        if (op.operationId === undefined) continue;
        const all = [...shared, ...(op.parameters ?? []).map(resolveParam)];
        const v: OperationValidators = { headerNames: [], headersRequired: false, bodyRequired: op.requestBody?.required === true };
        const objectSchema = (list: ParameterObject[], lower: boolean) => ({
          type: "object",
          properties: Object.fromEntries(list.map((p) => [lower ? p.name.toLowerCase() : p.name, p.schema ?? {}])),
          required: list.filter((p) => p.required).map((p) => (lower ? p.name.toLowerCase() : p.name)),
        });
        const pathParams = all.filter((p) => p.in === "path");
        if (pathParams.length > 0) v.path = params.compile(objectSchema(pathParams, false));
        const query = all.filter((p) => p.in === "query");
        if (query.length > 0) v.query = params.compile(objectSchema(query, false));
        const headers = all.filter((p) => p.in === "header");
        if (headers.length > 0) {
          v.headers = params.compile(objectSchema(headers, true));
          v.headerNames = headers.map((h) => h.name.toLowerCase());
          v.headersRequired = headers.some((h) => h.required === true);
        }
        const ref = op.requestBody?.content?.["application/json"]?.schema?.$ref;
        if (ref !== undefined) v.body = bodies.compile({ $ref: `${SPEC_ID}${ref}` });
        this.operations.set(op.operationId, v);
      }
    }
  }

  /** Validates decoded path parameters (e.g. an OCID longer than the spec allows). */
  path(operationId: string, params: Record<string, string>): void {
    const v = this.operations.get(operationId)?.path;
    if (v !== undefined && !v(params)) throw toServiceError(v.errors, "path parameter");
  }

  /** Validates (and coerces, e.g. `limit` to a number) the query object in place. */
  query(operationId: string, query: Record<string, unknown>): void {
    const v = this.operations.get(operationId)?.query;
    if (v !== undefined && !v(query)) throw toServiceError(v.errors, "query parameter");
  }

  /** Validates the declared headers of the operation. */
  headers(operationId: string, get: (name: string) => string | undefined): void {
    const op = this.operations.get(operationId);
    if (op?.headers === undefined) return;
    let values: Record<string, string> | undefined;
    for (const name of op.headerNames) {
      const value = get(name);
      if (value !== undefined) (values ??= {})[name] = value;
    }
    // No declared header present: nothing can be wrong unless one is required (none is in this spec).
    if (values === undefined && !op.headersRequired) return;
    if (!op.headers(values ?? {})) throw toServiceError(op.headers.errors, "header");
  }

  /** True when the operation takes a JSON body. */
  hasBody(operationId: string): boolean {
    return this.operations.get(operationId)?.body !== undefined;
  }

  /** Validates a parsed JSON body. */
  body(operationId: string, body: unknown): void {
    const op = this.operations.get(operationId);
    if (op?.body === undefined) return;
    if (body === undefined) {
      if (op.bodyRequired) {
        throw new ServiceError(400, "MissingParameter", "The request body is required: send a JSON object.");
      }
      return;
    }
    if (!op.body(body)) throw toServiceError(op.body.errors, "field");
  }
}

function fieldPath(instancePath: string, extra?: string): string {
  const parts = instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (extra !== undefined) parts.push(extra);
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc === "" ? p : `${acc}.${p}`), "");
}

function toServiceError(errors: ErrorObject[] | null | undefined, kind: string): ServiceError {
  const e = errors?.[0];
  if (e === undefined) return new ServiceError(400, "InvalidParameter", `Invalid ${kind}.`);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required": {
      const field = fieldPath(e.instancePath, String(params.missingProperty));
      return new ServiceError(400, "MissingParameter", `Missing required ${kind} '${field}'.`);
    }
    case "additionalProperties": {
      const field = fieldPath(e.instancePath, String(params.additionalProperty));
      return new ServiceError(
        400,
        "InvalidParameter",
        `Unknown ${kind} '${field}': it is not part of this operation's request. Remove it or check its spelling.`,
      );
    }
    case "enum": {
      const field = fieldPath(e.instancePath) || "body";
      const allowed = (params.allowedValues as unknown[]).map(String).join(", ");
      return new ServiceError(400, "InvalidParameter", `Invalid ${kind} '${field}': must be one of ${allowed}.`);
    }
    case "discriminator": {
      const field = fieldPath(e.instancePath, String(params.tag));
      return new ServiceError(
        400,
        params.tagValue === undefined ? "MissingParameter" : "InvalidParameter",
        `Invalid ${kind} '${field}': ${e.message ?? "unknown type"}.`,
      );
    }
    default: {
      const field = fieldPath(e.instancePath) || "body";
      return new ServiceError(400, "InvalidParameter", `Invalid ${kind} '${field}': ${e.message ?? "invalid value"}.`);
    }
  }
}
