import type { ApiCall, OperationCommand, OptionValues } from "../types.js";

/** Puts each resolved option where its spec says (path, query, header or body); the body holds only given options. */
export function buildApiCall(command: OperationCommand, values: OptionValues, requestId: string | undefined): ApiCall {
  const call: ApiCall = {
    operationId: command.operationId,
    method: command.method,
    path: command.path,
    pathParams: {},
    query: {},
    headers: {},
    invoke: command.invoke,
  };
  let body: Record<string, unknown> | undefined;
  for (const spec of command.options) {
    const value = values[spec.name];
    const target = spec.target;
    if (value === undefined || target === undefined) continue;
    switch (target.in) {
      case "path":
        call.pathParams[target.key] = String(value);
        break;
      case "query":
        call.query[target.key] = value as string | number | boolean;
        break;
      case "header":
        call.headers[target.key] = String(value);
        break;
      case "body":
        (body ??= {})[target.key] = value;
        break;
    }
  }
  if (requestId !== undefined) call.headers["opc-request-id"] = requestId;
  if (body !== undefined || command.method === "POST" || command.method === "PUT") call.body = body ?? {};
  return call;
}
