import {
  buildSigningString,
  parseAuthorization,
  verifyBody,
  verifyRequestParts,
  type SignedBody,
  type VerifyFailureCode,
} from "@ocikit/signer";
import type { Principal } from "../identity/principal.js";
import { ON_BEHALF_OF_HEADER } from "../internal-headers.js";
import { errorAnswer, type Answer } from "./answer.js";
import type { Exchange } from "./exchange.js";
import type { ServerState } from "./server-state.js";

const GENERIC_401 = "The required information to complete authentication was not provided or was incorrect.";

// OCI's 401 texts, each followed by what this server found, so users can fix their signer.
function authMessage(code: VerifyFailureCode, detail: string): string {
  if (code === "BAD_SIGNATURE" || code === "CLOCK_SKEW") return detail;
  if (code === "BODY_HASH_MISMATCH" || code === "CONTENT_LENGTH_MISMATCH") return `Failed to verify the HTTP(S) Signature. ${detail}`;
  return `${GENERIC_401} ${detail}`;
}

/** Who a verified request acts as. */
export interface Authenticated {
  principal: Principal;
  /** The signer's tenancy, or the one a service call acts for. */
  tenancyId: string;
  /** What the signature says of the body, when it was verified before the body was read. */
  signedBody?: SignedBody;
}

/**
 * Stage 2, authenticate: verifies the OCI signature (date window from the server clock) from the
 * headers alone — a request with a body is verified before its body is read (`content-length` and
 * `x-content-sha256` are signed; {@link authenticateBody} checks the body afterwards) — and finds the
 * principal of the key. A refusal is a 401 answer; with an observer listening, the exchange also
 * records the keyId and what was wrong (redacted headers, the signing string the server built).
 */
export async function authenticate(
  state: ServerState,
  ex: Exchange,
  header: (name: string) => string | undefined,
  bodyFollows: boolean,
): Promise<Authenticated | Answer> {
  const parts = { method: ex.method, target: ex.url, headers: header };
  const verified = await verifyRequestParts(parts, state.keys.lookup, bodyFollows ? { now: state.realNow, deferBody: true } : { now: state.realNow });
  let failure: { code: VerifyFailureCode; message: string } | undefined;
  let principal: Principal | undefined;
  if (verified.ok && !state.authority.accepts(header("host"))) {
    ex.keyId = verified.keyId;
    failure = {
      code: "HOST_MISMATCH",
      message:
        `The signed host '${String(header("host")).slice(0, 200)}' is not this server's (${state.authority.describe()}). ` +
        "Sign the request for the endpoint it is sent to (behind a proxy, start the server with --allowed-host PROXY_HOST:PORT).",
    };
  } else if (verified.ok) {
    ex.keyId = verified.keyId;
    const found = state.keys.principal(verified.keyId);
    principal = found instanceof Promise ? await found : found;
    // Only undefined if the key registry changed between verification and this lookup: treat it as the
    // unknown key it now is.
    if (principal === undefined) failure = { code: "UNKNOWN_KEY", message: "The key is no longer trusted." };
  } else {
    failure = { code: verified.code, message: verified.message };
  }
  if (failure !== undefined || principal === undefined) {
    return refuse(state, ex, header, failure as { code: VerifyFailureCode; message: string });
  }
  const onBehalfOf = principal.service ? header(ON_BEHALF_OF_HEADER) : undefined;
  const who: Authenticated = { principal, tenancyId: onBehalfOf ?? principal.tenancyId };
  if (verified.ok && verified.signedBody !== undefined) who.signedBody = verified.signedBody;
  return who;
}

/** The second half of stage 2 for a request with a body: the body read is the one signed, or 401. */
export function authenticateBody(
  state: ServerState,
  ex: Exchange,
  header: (name: string) => string | undefined,
  who: Authenticated,
  body: Uint8Array,
): Answer | undefined {
  if (who.signedBody === undefined) return undefined;
  const failure = verifyBody(who.signedBody, body);
  return failure === undefined ? undefined : refuse(state, ex, header, failure);
}

function refuse(
  state: ServerState,
  ex: Exchange,
  header: (name: string) => string | undefined,
  failure: { code: VerifyFailureCode; message: string },
): Answer {
  ex.statsKey = "(unauthenticated)";
  const message = authMessage(failure.code, failure.message);
  if (state.onRequest !== undefined) describeFailure(ex, header, failure.code, message);
  return errorAnswer(401, "NotAuthenticated", message);
}

const SIGNATURE_VALUE = /(signature\s*=\s*")[^"]*(")/i;

function describeFailure(ex: Exchange, header: (name: string) => string | undefined, code: string, message: string): void {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(ex.req.headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    headers[name] = name === "authorization" ? text.replace(SIGNATURE_VALUE, "$1<redacted>$2") : text;
  }
  const failure: NonNullable<Exchange["authFailure"]> = { code, message, headers };
  const authorization = header("authorization");
  if (authorization !== undefined) {
    try {
      const parsed = parseAuthorization(authorization);
      ex.keyId ??= parsed.keyId;
      failure.signingString = buildSigningString({ method: ex.method, target: ex.url, headers: parsed.headers, value: header });
    } catch {
      // A malformed header has no keyId; a listed header that is missing leaves no signing string.
    }
  }
  ex.authFailure = failure;
}
