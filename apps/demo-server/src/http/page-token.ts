import { createHmac, timingSafeEqual } from "node:crypto";
import { ServiceError } from "../service-error.js";

/**
 * Opaque `opc-next-page` tokens: base64url of the next offset, bound to the list (operation, tenancy,
 * compartment) and signed with an HMAC, so a forged or foreign token is a clean 400, not a wrong page.
 */
export class PageTokens {
  constructor(private readonly secret: Buffer) {}

  private mac(scope: string, payload: string): Buffer {
    return createHmac("sha256", this.secret).update(`${scope}\n${payload}`).digest().subarray(0, 12);
  }

  /** The token for the page starting at `offset` of the list identified by `scope`. */
  issue(scope: string, offset: number): string {
    const payload = Buffer.from(String(offset)).toString("base64url");
    return `${payload}.${this.mac(scope, payload).toString("base64url")}`;
  }

  /** The offset a token encodes; throws 400 InvalidParameter when it was not issued for this list. */
  read(scope: string, token: string): number {
    const [payload, sig, extra] = token.split(".");
    if (payload !== undefined && sig !== undefined && extra === undefined) {
      const expected = this.mac(scope, payload);
      const given = Buffer.from(sig, "base64url");
      if (given.length === expected.length && timingSafeEqual(given, expected)) {
        const offset = Number(Buffer.from(payload, "base64url").toString());
        if (Number.isSafeInteger(offset) && offset >= 0) return offset;
      }
    }
    throw new ServiceError(
      400,
      "InvalidParameter",
      "Invalid value for 'page': it is not a page token issued for this list. Pass the opc-next-page header " +
        "of the previous response unchanged, with the same filters.",
    );
  }
}
