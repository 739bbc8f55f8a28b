import { systemCode } from "./oci-network-error.js";

// Methods that may be sent twice without doing the action twice.
const REPLAYABLE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

// Errors raised before a single byte of the request left this machine: always safe to retry.
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * Whether a request may reach the server twice: idempotent methods, and any request carrying an
 * `opc-retry-token` (OCI then performs the action once).
 * @internal
 */
export function isReplaySafe(method: string, headers: Readonly<Record<string, string>>): boolean {
  return REPLAYABLE_METHODS.has(method) || headers["opc-retry-token"] !== undefined;
}

/** @internal */
export function isRetryableNetworkError(error: unknown, replaySafe: boolean): boolean {
  if (replaySafe) return true;
  const code = systemCode(error);
  return code !== undefined && NOT_SENT_CODES.has(code);
}

// Answers that may come after the action ran, so only a replay-safe request is sent again.
const SERVER_ERRORS = new Set([500, 502, 503, 504]);

/**
 * Whether OCI documents an answer as transient: 429, 500/502/503/504, and 409 IncorrectState.
 * @internal
 */
export function isTransientAnswer(status: number, code: string | undefined): boolean {
  return status === 429 || SERVER_ERRORS.has(status) || (status === 409 && code === "IncorrectState");
}

/**
 * Whether a response asks for another attempt. 429 and 409 IncorrectState are refusals (the
 * action did not happen), so they are retried for every method; 500/502/503/504 may come
 * after the action ran, so only replay-safe requests are retried on them.
 * @internal
 */
export async function isRetryableResponse(response: Response, replaySafe: boolean): Promise<boolean> {
  const status = response.status;
  if (SERVER_ERRORS.has(status)) return replaySafe;
  // Only a 409 needs the body's code; other statuses are decided without reading it.
  return isTransientAnswer(status, status === 409 ? await peekErrorCode(response) : undefined);
}

async function peekErrorCode(response: Response): Promise<string | undefined> {
  try {
    const body = JSON.parse(await response.clone().text()) as { code?: unknown };
    return typeof body.code === "string" ? body.code : undefined;
  } catch {
    return undefined;
  }
}
