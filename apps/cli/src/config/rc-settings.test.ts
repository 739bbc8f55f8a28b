import { describe, expect, it } from "vitest";
import { parseIni } from "@ocikit/signer/config";
import { lookupRcDefault, rcSettings } from "./rc-settings.js";

const RC = `
# comment
[OCI_CLI_SETTINGS]
default_profile = TEAM

[OCI_CLI_COMMAND_ALIASES]
ls = list

[OCI_CLI_PARAM_ALIASES]
--dn = --display-name

[OCI_CLI_CANNED_QUERIES]
get_id_and_name = data[].{id: id,
  name: "display-name"}

[DEFAULT]
compartment-id = ocid1.compartment.default
output: table

[TEAM]
bv.volume-group-backup.list.compartment-id = ocid1.compartment.team-backups
bv.display-name = team-name
`;

describe("rc file", () => {
  const rc = rcSettings(parseIni(RC, { dialect: "configparser" }));

  it("reads the special sections", () => {
    expect(rc.defaultProfile).toBe("TEAM");
    expect(rc.commandAliases).toEqual({ ls: "list" });
    expect(rc.paramAliases).toEqual({ "--dn": "--display-name" });
    expect(rc.cannedQueries["get_id_and_name"]).toBe('data[].{id: id,\nname: "display-name"}');
  });

  it.each([
    { profile: "TEAM", path: ["bv", "volume-group-backup", "list"], option: "compartment-id", value: "ocid1.compartment.team-backups" },
    { profile: "TEAM", path: ["bv", "volume-group", "list"], option: "compartment-id", value: "ocid1.compartment.default" },
    { profile: "TEAM", path: ["bv", "volume", "create"], option: "display-name", value: "team-name" },
    { profile: "TEAM", path: ["raw-request"], option: "display-name", value: undefined },
    { profile: "DEFAULT", path: ["bv", "volume-group-backup", "list"], option: "compartment-id", value: "ocid1.compartment.default" },
    { profile: "DEFAULT", path: ["bv", "volume-group-backup", "list"], option: "output", value: "table" },
    { profile: "OTHER", path: ["bv"], option: "compartment-id", value: "ocid1.compartment.default" },
  ])("finds $option for $profile $path", ({ profile, path, option, value }) => {
    expect(lookupRcDefault(rc.profileDefaults(profile), path, option)).toBe(value);
  });
});
