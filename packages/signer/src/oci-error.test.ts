import { describe, expect, it } from "vitest";
import { ConfigError } from "./config/config-error.js";
import { KeyError } from "./key-error.js";
import { OciError } from "./oci-error.js";
import { AuthorizationFormatError } from "./parse-authorization.js";
import { SigningError } from "./signing-error.js";

// What another copy of the module (a bundled one, or a second installed version) makes.
const OtherCopyOciError = class extends Error {
  readonly code = "X";
  get [Symbol.for("ocikit.error")]() {
    return true;
  }
};

describe("OciError", () => {
  it.each([
    ["SigningError", new SigningError("INVALID_URL", "m"), "INVALID_URL"],
    ["KeyError", new KeyError("INVALID_KEY", "m"), "INVALID_KEY"],
    ["ConfigError", new ConfigError("NO_PROVIDERS", "m"), "NO_PROVIDERS"],
    ["AuthorizationFormatError", new AuthorizationFormatError("m"), "MALFORMED_AUTHORIZATION"],
  ])("%s extends it with an UPPER_SNAKE_CASE code", (name, error, code) => {
    expect(error).toBeInstanceOf(OciError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(error.code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
  });

  it("recognises an error made by another copy of the class", () => {
    expect(new OtherCopyOciError()).toBeInstanceOf(OciError);
  });

  it.each([
    ["a plain Error", new Error("x")],
    ["an object with a code", { code: "X", message: "m" }],
    ["null", null],
    ["undefined", undefined],
    ["a string", "OciError"],
  ])("does not claim %s", (_name, value) => {
    expect(value instanceof OciError).toBe(false);
  });

  it("keeps subclass checks exact", () => {
    expect(new KeyError("INVALID_KEY", "m") instanceof SigningError).toBe(false);
    expect(new OtherCopyOciError() instanceof KeyError).toBe(false);
    expect(new OciError("X", "m") instanceof KeyError).toBe(false);
  });

  it("keeps a cause when given one", () => {
    const cause = new Error("root");
    expect(new OciError("X", "m", { cause }).cause).toBe(cause);
    expect(new ConfigError("NO_PROVIDERS", "m", { cause }).cause).toBe(cause);
    expect("cause" in new ConfigError("NO_PROVIDERS", "m")).toBe(false);
  });
});
