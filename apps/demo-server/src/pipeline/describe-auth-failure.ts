import type { IncomingHttpHeaders } from "node:http";
import { buildSigningString, parseAuthorization } from "@ocikit/signer";
import { redactHeaders, redactKeyId } from "../console/redact.js";
import type { RequestEvent } from "./request-event.js";

type AuthFailure = NonNullable<RequestEvent["authFailure"]>;

/**
 * What a user needs to fix a rejected signature: the verifier's reason, the headers as received
 * (secrets shortened) and the signing string the server computed from them. Runs only for 401s.
 */
export function describeAuthFailure(
  request: { method: string; target: string; headers: IncomingHttpHeaders },
  failure: { code: string; message: string },
): { authFailure: AuthFailure; keyId?: string } {
  const authFailure: AuthFailure = { code: failure.code, message: failure.message, headers: redactHeaders(request.headers) };
  const authorization = request.headers.authorization;
  if (authorization === undefined) return { authFailure };
  let keyId: string | undefined;
  try {
    const parsed = parseAuthorization(authorization);
    keyId = redactKeyId(parsed.keyId);
    const value = (name: string) => {
      const v = request.headers[name];
      return Array.isArray(v) ? v.join(", ") : v;
    };
    authFailure.signingString = buildSigningString({ method: request.method, target: request.target, headers: parsed.headers, value });
  } catch {
    // An unparsable header or a listed header that is missing: the message already says which.
  }
  return keyId === undefined ? { authFailure } : { authFailure, keyId };
}
