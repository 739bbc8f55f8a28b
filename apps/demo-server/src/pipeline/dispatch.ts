import { retryTokenOperations, type OperationId } from "@ocikit/core/types";
import type { ApiContext, ApiResult } from "../handlers/api-context.js";
import { OPERATIONS } from "../handlers/operations.js";
import { CALLER_RETRY_TOKEN_HEADER, COPY_SOURCE_REGION_HEADER } from "../internal-headers.js";
import { Work } from "../model/work.js";
import { ServiceError } from "../service-error.js";
import { checkNamedCompartments } from "./compartment-check.js";
import type { Exchange } from "./exchange.js";
import { retryKeyOf, runCall, runWrite } from "./idempotency.js";
import type { ServerState } from "./server-state.js";

/**
 * Stage 7, dispatch: runs the operation's handler — a read as is, a write inside one store transaction
 * together with its retry-token check and record, a cross-region copy as a call (its delivery, made by
 * the service identity, is a write in the destination region).
 */
export async function dispatch(state: ServerState, ex: Exchange, ctx: ApiContext, rawBody: Uint8Array): Promise<ApiResult> {
  const entry = OPERATIONS[ctx.operationId];
  if (entry === undefined) {
    throw new ServiceError(501, "NotImplemented", `${ctx.operationId} is not implemented by the demo server.`);
  }
  const { services } = state;
  await checkNamedCompartments(services, ctx);
  if (entry.kind === "read") return entry.handler(ctx, services);
  // Only operations that declare opc-retry-token honour it, as in OCI. The service identity's own calls
  // keep a record only for a token their caller chose (not the one @ocikit/core makes up per call).
  const honoured = retryTokenOperations.has(ctx.operationId as OperationId) && (!ctx.principal.service || ctx.header(CALLER_RETRY_TOKEN_HEADER) !== undefined);
  const token = honoured ? ctx.header("opc-retry-token") : undefined;
  const key = retryKeyOf({
    token,
    tenancyId: ctx.caller.tenancyId,
    service: ctx.principal.service,
    method: ex.method,
    path: ex.path,
    body: rawBody,
  });
  const isDelivery = entry.kind === "call" && ctx.principal.service && ctx.header(COPY_SOURCE_REGION_HEADER) !== undefined;
  if (entry.kind === "write" || isDelivery) {
    const handler = entry.kind === "call" ? entry.delivery : entry.handler;
    return runWrite(services.store, key, ctx.caller.nowMs, (tx) => handler(ctx, services, new Work(tx, ctx.caller)));
  }
  return runCall(services.store, key, ctx.caller.nowMs, () => entry.handler(ctx, services));
}
