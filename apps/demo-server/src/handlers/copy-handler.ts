import { type CopyRequest, requestCopy } from "../model/backup-copies.js";
import type { CallHandler } from "./api-context.js";

/**
 * The caller's side of a cross-region copy of `type` (its OCID in path parameter `param`): checked here,
 * created by the destination region (a call, outside any transaction).
 */
export function copyHandler(type: CopyRequest["type"], param: string): CallHandler {
  return async (ctx, svc) => {
    const copy = await requestCopy(
      svc.store,
      ctx.caller,
      type,
      ctx.params[param] as string,
      ctx.body as CopyRequest["details"],
      ctx.header("opc-retry-token"),
      svc.deliverCopy,
    );
    return { status: 200, body: copy.document, ...(copy.etag !== undefined ? { etag: copy.etag } : {}) };
  };
}
