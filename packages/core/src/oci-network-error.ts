import { OciError } from "@ocikit/signer/errors";
/** Fields of an {@link OciNetworkError}. @public */
export interface OciNetworkErrorInit {
  method: string;
  url: string;
  operation?: string | undefined;
  opcRequestId?: string | undefined;
  attempts: number;
  cause: unknown;
}

/**
 * The request never got an HTTP answer (DNS, refused or reset connection, TLS, abort),
 * after every allowed attempt. The underlying error is `cause`.
 * @public
 */
export class OciNetworkError extends OciError<"NETWORK_ERROR"> {
  override readonly name = "OciNetworkError";
  /** The system error code when there is one, e.g. "ECONNREFUSED". */
  readonly causeCode: string | undefined;
  readonly method: string;
  readonly url: string;
  readonly operation: string | undefined;
  readonly opcRequestId: string | undefined;
  readonly attempts: number;

  constructor(init: OciNetworkErrorInit) {
    const causeCode = systemCode(init.cause);
    const what = init.operation ?? `${init.method} ${init.url}`;
    const why = causeCode ?? (init.cause instanceof Error ? init.cause.message : String(init.cause));
    super(
      "NETWORK_ERROR",
      `${what} got no response from ${safeOrigin(init.url)} after ${init.attempts} attempt(s): ${why}. ` +
        `Check the region or endpoint, your network and proxy settings, then try again.`,
      { cause: init.cause },
    );
    this.causeCode = causeCode;
    this.method = init.method;
    this.url = init.url;
    this.operation = init.operation;
    this.opcRequestId = init.opcRequestId;
    this.attempts = init.attempts;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      causeCode: this.causeCode,
      message: this.message,
      method: this.method,
      url: this.url,
      operation: this.operation,
      opcRequestId: this.opcRequestId,
      attempts: this.attempts,
    };
  }
}

/**
 * Finds a system error code (ECONNREFUSED, UND_ERR_SOCKET, …) on an error or its causes;
 * undici wraps them as `TypeError("fetch failed", { cause })`.
 * @internal
 */
export function systemCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
