import { describe, expect, it } from "vitest";
import { OFFICIAL_VECTORS, SAMPLE_KEY_ID, SAMPLE_PRIVATE_KEY } from "./official-vectors.fixture.js";
import { signRequestParts } from "./sign-request-parts.js";
import { SigningError } from "./signing-error.js";
import { generateTestKey } from "./test-keys.js";
import { verifyRequestParts } from "./verify-request-parts.js";

const key = generateTestKey();

describe("signRequestParts", () => {
  for (const vector of OFFICIAL_VECTORS) {
    for (const form of ["string", "bytes"] as const) {
      it(`reproduces ${vector.name} from parts (${form} body)`, () => {
        const given = new Map(Object.entries(vector.headers));
        const body =
          vector.body === undefined
            ? undefined
            : form === "string"
              ? vector.body
              : new TextEncoder().encode(vector.body);
        const added = signRequestParts(
          {
            method: vector.method,
            url: vector.url,
            headers: (n) => given.get(n),
            ...(body === undefined ? {} : { body }),
          },
          { keyId: SAMPLE_KEY_ID, privateKey: SAMPLE_PRIVATE_KEY },
        );
        expect(added.authorization).toBe(vector.expectedAuthorization);
        // date was given, so it is not among the headers to add
        expect(added.date).toBeUndefined();
        for (const [name, value] of Object.entries(vector.expectedHeaders)) {
          if (name !== "date") expect(added[name]).toBe(value);
        }
      });
    }
  }

  it("adds a date from the clock and produces headers a verifier accepts", async () => {
    const now = () => new Date("2026-11-27T08:35:14Z");
    const body = new TextEncoder().encode('{"displayName":"x"}');
    const added = signRequestParts(
      { method: "PUT", url: new URL("http://127.0.0.1:18080/20160918/volumes/a%2Fb?x=1"), body },
      { keyId: "k", privateKey: key.privateKey },
      { now },
    );
    expect(Object.keys(added).sort()).toEqual([
      "authorization",
      "content-length",
      "content-type",
      "date",
      "host",
      "x-content-sha256",
    ]);
    expect(added.date).toBe("Fri, 27 Nov 2026 08:35:14 GMT");
    const result = await verifyRequestParts(
      { method: "PUT", target: "/20160918/volumes/a%2Fb?x=1", headers: (n) => added[n], body },
      () => key.publicKey,
      { now },
    );
    expect(result).toEqual({ ok: true, keyId: "k" });
  });

  it("names a relative URL", () => {
    expect(() =>
      signRequestParts({ method: "GET", url: "/relative" }, { keyId: "k", privateKey: key.privateKey }),
    ).toThrow(expect.objectContaining({ code: "INVALID_URL" }));
    expect(() =>
      signRequestParts({ method: "GET", url: "/relative" }, { keyId: "k", privateKey: key.privateKey }),
    ).toThrow(SigningError);
  });
});
