/**
 * One answered request, as the server reports it to observers (the console's request log, tests, a
 * user's `onRequest`). Emitted after the response is written; never carries a secret whole.
 */
export interface RequestEvent {
  /** When the request arrived (RFC 3339, real clock). */
  time: string;
  method: string;
  /** Path without the query. */
  path: string;
  /** Region the request addressed (the server's own when the path has no region prefix). */
  region: string;
  /** The spec's operationId, when the route matched one. */
  operationId?: string;
  status: number;
  /** The `code` of an error answer. */
  code?: string;
  opcRequestId: string;
  /** The caller's keyId as claimed in its Authorization header (session tokens redacted). */
  keyId?: string;
  latencyMs: number;
  /** Why the signature was rejected (401 NotAuthenticated only). */
  authFailure?: AuthFailure;
}

/** The verifier's diagnosis of a rejected signature. */
export interface AuthFailure {
  /** The verifier's failure code, e.g. BAD_SIGNATURE, CLOCK_SKEW. */
  code: string;
  message: string;
  /** The headers as received (lowercase names), the signature and other secrets redacted. */
  headers: Record<string, string>;
  /** The signing string the server computed from the request, when the Authorization header parsed. */
  signingString?: string;
}

/** Receives every request event; must not throw or block. */
export type RequestObserver = (event: RequestEvent) => void;
