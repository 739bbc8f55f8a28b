// Every error class @ocikit/core exports extends the one base, OciError, with an UPPER_SNAKE_CASE code
// (OciServiceError carries the service's own code), and all of them are the same OciError the signer's
// errors extend, so one instanceof check catches every ocikit error.
import { describe, expect, it } from "vitest";
import { ConfigError } from "@ocikit/signer/config";
import { AuthorizationFormatError, KeyError, OciError as SignerOciError, SigningError } from "@ocikit/signer";
import * as core from "./index.js";
import { OciError } from "./index.js";

const samples: Array<[string, () => Error, string]> = [
  ["InvalidEndpointError", () => new core.InvalidEndpointError("ftp://x", "bad scheme"), "INVALID_ENDPOINT"],
  ["MissingRegionError", () => new core.MissingRegionError(), "MISSING_REGION"],
  ["UnknownRegionError", () => new core.UnknownRegionError("mars-1"), "UNKNOWN_REGION"],
  ["RetryOptionsError", () => new core.RetryOptionsError(["maxAttempts < 1"]), "INVALID_RETRY_OPTIONS"],
  ["WaiterOptionsError", () => new core.WaiterOptionsError(["no states"]), "INVALID_WAITER_OPTIONS"],
  [
    "OciNetworkError",
    () => new core.OciNetworkError({ method: "GET", url: "http://x/", attempts: 1, cause: new Error("x") }),
    "NETWORK_ERROR",
  ],
  ["PathTemplateError", () => thrown(() => core.compilePathTemplate("/a/{x}.json")), "INVALID_PATH_TEMPLATE"],
  [
    "OciServiceError",
    () => new core.OciServiceError({ status: 404, code: "NotAuthorizedOrNotFound", serviceMessage: "nope" }),
    "NotAuthorizedOrNotFound",
  ],
];

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

describe("OciError, the base of every error", () => {
  it.each(samples)("%s extends OciError", (name, make, code) => {
    const error = make();
    expect(error).toBeInstanceOf(OciError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect((error as OciError).code).toBe(code);
    expect(error.message.length).toBeGreaterThan(20);
  });

  it("covers every error class the package exports", () => {
    const exported = Object.entries(core)
      .filter(([, value]) => typeof value === "function" && value.prototype instanceof Error)
      .map(([name]) => name)
      .sort();
    expect(exported).toEqual([...samples.map(([name]) => name), "OciError"].sort());
  });

  it("spells ocikit's own codes in UPPER_SNAKE_CASE", () => {
    for (const [name, make, code] of samples) {
      if (name !== "OciServiceError") expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
      expect((make() as OciError).code).toBe(code);
    }
  });

  it("catches the signer's errors too (core bundles its own copy of the class; instanceof holds across copies)", () => {
    expect(new SignerOciError("X", "m")).toBeInstanceOf(OciError);
    expect(new core.MissingRegionError()).toBeInstanceOf(SignerOciError);
    const signerErrors = [
      new SigningError("INVALID_URL", "m"),
      new KeyError("INVALID_KEY", "m"),
      new ConfigError("NO_PROVIDERS", "m"),
      new AuthorizationFormatError("m"),
    ];
    for (const error of signerErrors) expect(error).toBeInstanceOf(OciError);
  });

  it("keeps a cause when given one, and has none otherwise", () => {
    const cause = new Error("root");
    expect(new OciError("X", "m", { cause }).cause).toBe(cause);
    expect("cause" in new OciError("X", "m")).toBe(false);
  });
});
