import { createHmac, timingSafeEqual } from "node:crypto";
import { ServiceError } from "../service-error.js";
import type { ListKey } from "../store/store.js";

/**
 * Opaque `opc-next-page` tokens: base64url of the last key of the page (its sort value and seq), bound
 * to the list (operation, tenancy, region, compartment, sort) and signed with an HMAC, so a forged or
 * foreign token is a clean 400, not a wrong page. The next page starts strictly after that key, so rows
 * created or deleted meanwhile never shift it.
 */
export class PageTokens {
  constructor(private readonly secret: Buffer) {}

  private mac(scope: string, payload: string): Buffer {
    return createHmac("sha256", this.secret).update(`${scope}\n${payload}`).digest().subarray(0, 12);
  }

  /** The token for the page after `key` of the list identified by `scope`. */
  issue(scope: string, key: ListKey): string {
    const payload = Buffer.from(JSON.stringify([key.value, key.seq])).toString("base64url");
    return `${payload}.${this.mac(scope, payload).toString("base64url")}`;
  }

  /** The key a token carries; throws 400 InvalidParameter when it was not issued for this list. */
  read(scope: string, token: string): ListKey {
    const [payload, sig, extra] = token.split(".");
    if (payload !== undefined && sig !== undefined && extra === undefined) {
      const expected = this.mac(scope, payload);
      const given = Buffer.from(sig, "base64url");
      if (given.length === expected.length && timingSafeEqual(given, expected)) {
        const key = decode(payload);
        if (key !== undefined) return key;
      }
    }
    throw new ServiceError(
      400,
      "InvalidParameter",
      "Invalid value for 'page': it is not a page token issued for this list. Pass the opc-next-page header " +
        "of the previous response unchanged, with the same compartment and sort.",
    );
  }
}

function decode(payload: string): ListKey | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, "base64url").toString());
    if (!Array.isArray(parsed) || parsed.length !== 2) return undefined;
    const [value, seq] = parsed as [unknown, unknown];
    if ((typeof value !== "string" && !Number.isSafeInteger(value)) || !Number.isSafeInteger(seq)) return undefined;
    return { value: value as string | number, seq: seq as number };
  } catch {
    return undefined;
  }
}
