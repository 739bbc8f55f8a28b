import { describe, expect, it } from "vitest";
import { ConfigError } from "./config-error.js";
import { parseIni } from "./parse-ini.js";

const OCI_CONFIG = [
  "[DEFAULT]",
  "region=us-ashburn-1",
  "tenancy=ocid1.tenancy.oc1..t",
  "[ADMIN]",
  "region=us-phoenix-1",
  "user=ocid1.user.oc1..admin",
].join("\n");

describe("parseIni, oci-config dialect (the default)", () => {
  const ini = parseIni(OCI_CONFIG);

  it.each([
    ["ADMIN", { region: "us-phoenix-1", tenancy: "ocid1.tenancy.oc1..t", user: "ocid1.user.oc1..admin" }],
    ["DEFAULT", { region: "us-ashburn-1", tenancy: "ocid1.tenancy.oc1..t" }],
    ["MISSING", { region: "us-ashburn-1", tenancy: "ocid1.tenancy.oc1..t" }],
  ])("resolve(%s) inherits [DEFAULT] key by key", (name, expected) => {
    const values = ini.resolve(name);
    expect(values).toEqual(expected);
    expect(Object.getPrototypeOf(values)).toBeNull();
  });

  it.each([
    ["ADMIN", true],
    ["DEFAULT", true],
    ["MISSING", false],
    ["toString", false],
    ["__proto__", false],
  ])("has(%s) is %s", (name, expected) => {
    expect(ini.has(name)).toBe(expected);
  });

  it("keeps sections as written and does not share records with resolve()", () => {
    expect(ini.sections.ADMIN).toEqual({ region: "us-phoenix-1", user: "ocid1.user.oc1..admin" });
    ini.resolve("ADMIN").region = "changed";
    expect(ini.sections.ADMIN?.region).toBe("us-phoenix-1");
  });

  it("works without a [DEFAULT] section", () => {
    expect(parseIni("[P]\na=1").resolve("P")).toEqual({ a: "1" });
    expect(parseIni("").resolve("P")).toEqual({});
  });

  it.each([
    ["a line without =", "[DEFAULT]\nuser: u", /line 2: expected key=value/],
    ["a ; comment", "[DEFAULT]\n; note", /line 2: expected key=value/],
    ["a key before a section", "a=1", /line 1: 'a' appears before any \[PROFILE\]/],
  ])("rejects %s, naming the source", (_name, text, message) => {
    let error: unknown;
    try {
      parseIni(text, { source: "/home/me/.oci/config" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ code: "INVALID_CONFIG", path: "/home/me/.oci/config" });
    expect((error as Error).message).toMatch(message);
  });
});

describe("parseIni, configparser dialect (oci_cli_rc)", () => {
  const RC = [
    "# comment",
    "; another",
    "orphan = before any section",
    "[OCI_CLI_SETTINGS]",
    "default_profile = TEAM",
    "[OCI_CLI_CANNED_QUERIES]",
    "get_id_and_name = data[].{id: id,",
    '  name: "display-name"}',
    "[DEFAULT]",
    "Compartment-Id = ocid1.compartment.default",
    "output: table",
    "just words",
    "[__proto__]",
    "polluted = yes",
    "[TEAM]",
    "bv.display-name = team-name",
  ].join("\r\n");
  const ini = parseIni(RC, { dialect: "configparser" });

  it.each([
    ["OCI_CLI_SETTINGS", "default_profile", "TEAM"],
    ["OCI_CLI_CANNED_QUERIES", "get_id_and_name", 'data[].{id: id,\nname: "display-name"}'],
    ["DEFAULT", "compartment-id", "ocid1.compartment.default"],
    ["DEFAULT", "output", "table"],
    ["TEAM", "bv.display-name", "team-name"],
    ["TEAM", "compartment-id", "ocid1.compartment.default"],
    ["OTHER", "output", "table"],
  ])("[%s] %s = %s", (section, key, value) => {
    expect(ini.resolve(section)[key]).toBe(value);
  });

  it("skips malformed lines, lines before any section and a [__proto__] section", () => {
    expect(Object.keys(ini.sections)).toEqual(["OCI_CLI_SETTINGS", "OCI_CLI_CANNED_QUERIES", "DEFAULT", "TEAM"]);
    expect(ini.resolve("TEAM")).not.toHaveProperty("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
