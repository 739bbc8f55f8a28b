import { OciError } from "@ocikit/signer/errors";
import { requestContextOf, signedWithSessionToken } from "./response-context.js";
import { isTransientAnswer } from "./retry-decision.js";

/** Fields of an {@link OciServiceError}. @public */
export interface OciServiceErrorInit {
  status: number;
  code: string;
  serviceMessage: string;
  opcRequestId?: string | undefined;
  operation?: string | undefined;
  method?: string | undefined;
  url?: string | undefined;
  timestamp?: string | undefined;
  requestHeaders?: Readonly<Record<string, string>> | undefined;
  attempts?: number | undefined;
  /** Whether the request was signed with a session token (keyId `ST$…`): changes the 401 hint. */
  sessionToken?: boolean | undefined;
}

/**
 * A non-2xx answer from OCI: `{code, message}` plus where it came from.
 * Holds no credentials: request headers are stored with `authorization` redacted.
 * @public
 */
export class OciServiceError extends OciError {
  override readonly name = "OciServiceError";
  /** OCI service code as the service sent it, e.g. "NotAuthorizedOrNotFound" (not UPPER_SNAKE: it is OCI's). */
  declare readonly code: string;
  readonly status: number;
  /** The service's own message, without ocikit's hint. */
  readonly serviceMessage: string;
  readonly opcRequestId: string | undefined;
  /** OCI operationId, e.g. "GetVolumeGroupBackup", when known. */
  readonly operation: string | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;
  /** ISO 8601 time the error was observed. */
  readonly timestamp: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly attempts: number | undefined;

  constructor(init: OciServiceErrorInit) {
    super(init.code, composeMessage(init));
    this.status = init.status;
    this.serviceMessage = init.serviceMessage;
    this.opcRequestId = init.opcRequestId;
    this.operation = init.operation;
    this.method = init.method;
    this.url = init.url;
    this.timestamp = init.timestamp ?? new Date().toISOString();
    this.requestHeaders = init.requestHeaders ?? {};
    this.attempts = init.attempts;
  }

  /** Whether OCI documents this answer as transient (ocikit retries these). */
  get retryable(): boolean {
    return isTransientAnswer(this.status, this.code);
  }

  /**
   * Builds the error from a response and its already-read body (parsed JSON or text).
   * @param now - clock for `timestamp`
   */
  static fromResponse(response: Response, body: unknown, now: () => Date = () => new Date()): OciServiceError {
    const context = requestContextOf(response);
    const parsed = parseBody(body, response);
    return new OciServiceError({
      status: response.status,
      code: parsed.code,
      serviceMessage: parsed.message,
      opcRequestId: response.headers.get("opc-request-id") ?? context?.opcRequestId,
      operation: context?.operation,
      method: context?.method,
      url: context?.url ?? (response.url || undefined),
      timestamp: now().toISOString(),
      requestHeaders: context?.requestHeaders,
      attempts: context?.attempts,
      sessionToken: signedWithSessionToken(response),
    });
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      status: this.status,
      message: this.message,
      serviceMessage: this.serviceMessage,
      opcRequestId: this.opcRequestId,
      operation: this.operation,
      method: this.method,
      url: this.url,
      timestamp: this.timestamp,
      attempts: this.attempts,
      requestHeaders: this.requestHeaders,
    };
  }
}

function parseBody(body: unknown, response: Response): { code: string; message: string } {
  let value = body;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      // A plain-text body (a proxy, a load balancer) becomes the message, as the official SDK does.
    }
  }
  if (value && typeof value === "object") {
    const { code, message } = value as { code?: unknown; message?: unknown };
    if (typeof code === "string" || typeof message === "string") {
      return {
        code: typeof code === "string" ? code : "Unknown",
        message: typeof message === "string" ? message : "",
      };
    }
  }
  const text = typeof value === "string" ? value.trim() : "";
  return { code: "Unknown", message: text || response.statusText || "no error body" };
}

function composeMessage(init: OciServiceErrorInit): string {
  const what = init.operation ?? (init.method && init.url ? `${init.method} ${init.url}` : "OCI request");
  const id = init.opcRequestId ? ` (opc-request-id ${init.opcRequestId})` : "";
  const detail = init.serviceMessage ? `: ${init.serviceMessage}` : "";
  return `${what} failed with ${init.status} ${init.code}${detail}${id}. ${hintFor(init.status, init.code, init.sessionToken === true)}`;
}

function hintFor(status: number, code: string, sessionToken: boolean): string {
  if (status === 400) return "Fix the parameter or body field the message names, then send it again.";
  if (status === 401 && sessionToken) {
    return (
      "The request was signed with a session token (keyId ST$…), and OCI did not accept it: the token is unknown " +
      "or expired (sessions last at most 60 minutes). Refresh it with `oci session refresh --profile <profile>`, " +
      "or start a new one with `oci session authenticate`, then try again; also check this machine's clock."
    );
  }
  if (status === 401) {
    return "Check the key id (tenancy, user, fingerprint) matches an API key uploaded for the user, and that this machine's clock is right.";
  }
  if (status === 404) return "Check the OCID, the region and that a policy lets you use the resource.";
  if (status === 409 && code === "IncorrectState") {
    return "The resource is busy; wait until it is in a stable state (e.g. AVAILABLE) and try again.";
  }
  if (status === 409)
    return "The request conflicts with the resource's current state or an earlier retry token; read it again before retrying.";
  if (status === 412)
    return "The resource changed since you read it; fetch its current etag and retry with that if-match.";
  if (status === 429) return "Too many requests: slow down, or allow more attempts with retry.maxAttempts.";
  if (status >= 500)
    return "OCI had a problem; try again later and quote the opc-request-id to Oracle support if it persists.";
  return "See the OCI API error reference for this status and code.";
}
