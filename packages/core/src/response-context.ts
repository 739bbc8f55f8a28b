import { redactHeaders } from "./redact-headers.js";

/** What the signed fetch knew about the request behind a response. @public */
export interface RequestContext {
  readonly method: string;
  readonly url: string;
  /** OCI operationId when the path matches the spec, e.g. "GetVolumeGroupBackup". */
  readonly operation: string | undefined;
  readonly opcRequestId: string | undefined;
  /** Request headers of the last attempt, credentials redacted. */
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly attempts: number;
}

/** @internal */
export interface RecordedContext extends Omit<RequestContext, "requestHeaders"> {
  /** Lower-case request headers of the last attempt, unredacted. */
  readonly headers: Readonly<Record<string, string>>;
}

// openapi-fetch hands back the Response but not the Request, so the signed fetch files what
// it knew here for errors to pick up. Weak keys: nothing outlives its response.
const contexts = new WeakMap<Response, RecordedContext>();

/** @internal */
export function rememberRequestContext(response: Response, context: RecordedContext): void {
  contexts.set(response, context);
}

/**
 * Whether the request behind a response was signed with a session token (keyId `ST$…`), read from
 * its unredacted Authorization header; the token itself never leaves this module.
 * @internal
 */
export function signedWithSessionToken(response: Response): boolean {
  return contexts.get(response)?.headers.authorization?.includes('keyId="ST$') === true;
}

/**
 * The request behind a response returned by `createSignedFetch`, with credentials redacted;
 * `undefined` for responses from elsewhere.
 * @public
 */
export function requestContextOf(response: Response): RequestContext | undefined {
  const recorded = contexts.get(response);
  if (!recorded) return undefined;
  const { headers, ...rest } = recorded;
  return { ...rest, requestHeaders: redactHeaders(Object.entries(headers)) };
}
