import { createHash } from "node:crypto";
import { ServiceError } from "../service-error.js";
import { RetryTokenTakenError } from "../store/store-errors.js";
import type { Store, StoreTransaction } from "../store/store.js";
import type { ApiResult } from "../handlers/api-context.js";

/**
 * Retry-token replay, in one place: the same `opc-retry-token` with the same request answers the original
 * response for 24 h; with a different request it is 409 Conflict. The token's uniqueness is the store's
 * constraint, so two concurrent first uses (even on two replicas) cannot both run the operation.
 */
export interface RetryKey {
  /** Token namespace: the tenancy, or the tenancy's service namespace for service calls. */
  scope: string;
  token: string;
  /** Hash of method, path and body: what "the same request" means. */
  requestHash: string;
}

/** The key of a request, or undefined when it carries no token (or its operation takes none). */
export function retryKeyOf(request: {
  token: string | undefined;
  tenancyId: string;
  service: boolean;
  method: string;
  path: string;
  body: Uint8Array;
}): RetryKey | undefined {
  if (request.token === undefined) return undefined;
  // Service calls keep their own token namespace, so a copy's delivery never collides with the
  // caller's own use of the same token.
  const scope = request.service ? `${request.tenancyId}#service` : request.tenancyId;
  const requestHash = createHash("sha256").update(`${request.method} ${request.path}\n`).update(request.body).digest("base64");
  return { scope, token: request.token, requestHash };
}

function conflict(): ServiceError {
  return new ServiceError(
    409,
    "Conflict",
    "The retry token was already used for a different request in the last 24 hours. Use a new opc-retry-token " +
      "for a new request, or repeat the original request exactly.",
  );
}

/** The remembered answer for `key`, 409 when the token belongs to another request, undefined when unused. */
async function replay(tx: StoreTransaction, key: RetryKey, nowMs: number): Promise<ApiResult | undefined> {
  const stored = await tx.findRetryToken(key.scope, key.token, nowMs);
  if (stored === undefined) return undefined;
  if (stored.requestHash !== key.requestHash) throw conflict();
  const result: ApiResult = { status: stored.status };
  if (stored.body !== "") result.body = stored.body;
  if (stored.etag !== null) result.etag = stored.etag;
  return result;
}

async function remember(tx: StoreTransaction, key: RetryKey, nowMs: number, result: ApiResult): Promise<void> {
  // Only successes are remembered: a failed request may be retried with its token.
  if (result.status >= 300) return;
  await tx.saveRetryToken(key.scope, key.token, {
    requestHash: key.requestHash,
    status: result.status,
    body: result.body ?? "",
    etag: result.etag ?? null,
    createdMs: nowMs,
  });
}

/**
 * A write: the token check, the mutation and the token record commit together in one transaction (or
 * not at all). When the token's record is taken by a concurrent transaction, that one's answer is
 * replayed.
 */
export async function runWrite(
  store: Store,
  key: RetryKey | undefined,
  nowMs: number,
  work: (tx: StoreTransaction) => Promise<ApiResult>,
): Promise<ApiResult> {
  if (key === undefined) return store.transaction(work);
  try {
    return await store.transaction(async (tx) => {
      const earlier = await replay(tx, key, nowMs);
      if (earlier !== undefined) return earlier;
      const result = await work(tx);
      await remember(tx, key, nowMs, result);
      return result;
    });
  } catch (error) {
    if (!(error instanceof RetryTokenTakenError)) throw error;
    const earlier = await store.transaction((tx) => replay(tx, key, nowMs));
    if (earlier === undefined) throw error;
    return earlier;
  }
}

/**
 * A call that cannot run inside a transaction (it calls another region): replay when the token is known,
 * else run it and remember its answer — unless a concurrent request remembered one first.
 */
export async function runCall(store: Store, key: RetryKey | undefined, nowMs: number, call: () => Promise<ApiResult>): Promise<ApiResult> {
  if (key === undefined) return call();
  const earlier = await store.transaction((tx) => replay(tx, key, nowMs));
  if (earlier !== undefined) return earlier;
  const result = await call();
  await store.transaction(async (tx) => {
    if ((await tx.findRetryToken(key.scope, key.token, nowMs)) === undefined) await remember(tx, key, nowMs, result);
  });
  return result;
}
