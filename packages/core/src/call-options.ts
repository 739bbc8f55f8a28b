/** Per-call options of the operation helpers. @public */
export interface CallOptions {
  signal?: AbortSignal | undefined;
  /** Extra request headers, e.g. a caller-chosen `opc-request-id`. */
  headers?: Record<string, string> | undefined;
}

/** Options of create and copy helpers. @public */
export interface CreateCallOptions extends CallOptions {
  /** Idempotency key (≤ 64 chars); one is generated per call when absent. */
  retryToken?: string | undefined;
}

/** Options of update and delete helpers. @public */
export interface IfMatchCallOptions extends CallOptions {
  /** Act only if the resource's current `etag` equals this. */
  ifMatch?: string | undefined;
}

/** @internal */
export function toInit(options: CreateCallOptions & IfMatchCallOptions): {
  signal?: AbortSignal;
  headers: Record<string, string>;
} {
  const headers: Record<string, string> = { ...options.headers };
  if (options.retryToken !== undefined) headers["opc-retry-token"] = options.retryToken;
  if (options.ifMatch !== undefined) headers["if-match"] = options.ifMatch;
  return options.signal ? { signal: options.signal, headers } : { headers };
}
