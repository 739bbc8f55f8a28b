import { buildSigningString, parseAuthorization, verifyRequestParts, type VerifyFailureCode } from "@ocikit/signer";
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
}

/**
 * Stage 2, authenticate: verifies the OCI signature (date window from the server clock, body hash) and
 * finds the principal of the key. A refusal is a 401 answer; with an observer listening, the exchange
 * also records the keyId and what was wrong (redacted headers, the signing string the server built).
 */
export async function authenticate(
  state: ServerState,
  ex: Exchange,
  header: (name: string) => string | undefined,
  body: Uint8Array,
): Promise<Authenticated | Answer> {
  const verified = await verifyRequestParts({ method: ex.method, target: ex.url, headers: header, body }, state.keys.lookup, {
    now: state.now,
  });
  let failure: { code: VerifyFailureCode; message: string } | undefined;
  let principal: Principal | undefined;
  if (verified.ok) {
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
    const f = failure as { code: VerifyFailureCode; message: string };
    ex.statsKey = "(unauthenticated)";
    const message = authMessage(f.code, f.message);
    if (state.onRequest !== undefined) describeFailure(ex, header, f.code, message);
    return errorAnswer(401, "NotAuthenticated", message);
  }
  const onBehalfOf = principal.service ? header(ON_BEHALF_OF_HEADER) : undefined;
  return { principal, tenancyId: onBehalfOf ?? principal.tenancyId };
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
