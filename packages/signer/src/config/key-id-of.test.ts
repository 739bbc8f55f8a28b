import { describe, expect, it } from "vitest";
import { keyIdOf, sessionKeyIdOf } from "./key-id-of.js";

describe("keyIdOf", () => {
  it("joins tenancy, user and fingerprint with slashes", () => {
    expect(keyIdOf({ tenancy: "ocid1.tenancy.oc1..t", user: "ocid1.user.oc1..u", fingerprint: "aa:bb" })).toBe(
      "ocid1.tenancy.oc1..t/ocid1.user.oc1..u/aa:bb",
    );
  });
  it("ignores other fields of the identity", () => {
    const identity = { tenancy: "t", user: "u", fingerprint: "f", region: "r" };
    expect(keyIdOf(identity)).toBe("t/u/f");
  });
  it("prefixes a session token with ST$", () => {
    expect(sessionKeyIdOf("tok")).toBe("ST$tok");
  });
});
