/**
 * One answered API request, as the server tells an observer (`startDemoServer({ onRequest })`) about it —
 * e.g. the console's request log. Built only when an observer is set.
 */
export interface RequestEvent {
  /** RFC 3339 real time the request was received (not the server's lifecycle clock). */
  time: string;
  method: string;
  /** The request path, without the query. */
  path: string;
  /** The region addressed, once the path named a known one. */
  region?: string;
  /** Once the path and method matched an operation. */
  operationId?: string;
  status: number;
  /** The `code` of an error answer. */
  code?: string;
  opcRequestId: string;
  /** From the authorization header — also when verification failed. */
  keyId?: string;
  latencyMs: number;
  /** Why the signature was refused (401 NotAuthenticated only). */
  authFailure?: {
    code: string;
    message: string;
    /** The received headers; the signature value inside `authorization` is redacted. */
    headers: Record<string, string>;
    /** The signing string the server computed from the headers list of the authorization header. */
    signingString?: string;
  };
}

/** Receives request events. It must not throw (a throw is logged and ignored). */
export type RequestObserver = (event: RequestEvent) => void;
