import { describe, expect, it } from "vitest";
import { ConfigError } from "./config-error.js";
import { parseConfig } from "./parse-config.js";

describe("parseConfig", () => {
  it("reads profiles with trimmed lines, comments and values split at the first =", () => {
    const text = [
      "# written by oci setup config",
      "",
      "  [DEFAULT]  ",
      "user = ocid1.user.oc1..u  ",
      "fingerprint=aa:bb",
      "key_file=~/.oci/key.pem",
      "pass_phrase=a=b=c",
      "note=value # not a comment",
      "\t# indented comment",
      "[ADMIN]",
      "region=us-phoenix-1",
      "[DEFAULT]",
      "tenancy=ocid1.tenancy.oc1..t",
    ].join("\r\n");
    const parsed = parseConfig(text);
    expect(parsed).toEqual({
      DEFAULT: {
        user: "ocid1.user.oc1..u",
        fingerprint: "aa:bb",
        key_file: "~/.oci/key.pem",
        pass_phrase: "a=b=c",
        note: "value # not a comment",
        tenancy: "ocid1.tenancy.oc1..t",
      },
      ADMIN: { region: "us-phoenix-1" },
    });
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(Object.getPrototypeOf(parsed.DEFAULT)).toBeNull();
  });

  it("keeps keys like toString or __proto__ as plain data", () => {
    const parsed = parseConfig("[P]\n__proto__=x\ntoString=y\n");
    // biome-ignore lint/suspicious/noProto: the test reads a config key that happens to be named __proto__.
    expect(parsed.P?.__proto__).toBe("x");
    expect(parsed.P?.toString).toBe("y");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  const invalid: Array<[string, string, RegExp]> = [
    ["a key before any profile", "user=u\n[DEFAULT]", /line 1: 'user' appears before any \[PROFILE\]/],
    ["an empty profile name", "[DEFAULT]\nuser=u\n[ ]", /line 3: the profile name is empty/],
    ["a __proto__ profile", "[__proto__]\nuser=u", /'__proto__' cannot be used/],
    ["a constructor profile", "[constructor]", /'constructor' cannot be used/],
    ["a prototype profile", "[prototype]", /'prototype' cannot be used/],
    ["a line without =", "[DEFAULT]\njust words", /line 2: expected key=value/],
    ["an unclosed header", "[DEFAULT", /must look like \[NAME\]/],
    ["an empty key", "[DEFAULT]\n=v", /key before '=' is empty/],
  ];
  for (const [name, text, message] of invalid) {
    it(`rejects ${name}`, () => {
      let error: unknown;
      try {
        parseConfig(text, "/home/me/.oci/config");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).code).toBe("INVALID_CONFIG");
      expect((error as ConfigError).path).toBe("/home/me/.oci/config");
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toContain("/home/me/.oci/config");
    });
  }
});
