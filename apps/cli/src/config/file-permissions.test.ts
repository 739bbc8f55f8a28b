import { describe, expect, it } from "vitest";
import { filePermissionsWarning } from "./file-permissions.js";

const fsWith = (mode: number | undefined) => ({ permissions: async () => mode });

describe("filePermissionsWarning", () => {
  it.each([
    { mode: 0o600, warned: false },
    { mode: 0o400, warned: false },
    { mode: 0o700, warned: true },
    { mode: 0o640, warned: true },
    { mode: 0o604, warned: true },
    { mode: 0o644, warned: true },
    { mode: undefined, warned: false },
  ])("mode $mode: warned $warned", async ({ mode, warned }) => {
    const warning = await filePermissionsWarning(fsWith(mode), {}, "/h/.oci/config");
    if (!warned) return expect(warning).toBeUndefined();
    expect(warning).toMatch(/^WARNING: Permissions on \/h\/\.oci\/config are too open\.\n/);
    expect(warning).toContain("chmod 600 /h/.oci/config\n");
  });

  it.each([
    { value: "True", warned: false },
    { value: "true", warned: true },
    { value: "1", warned: true },
    { value: "", warned: true },
  ])("OCI_CLI_SUPPRESS_FILE_PERMISSIONS_WARNING=$value (only 'True' suppresses, as in the OCI CLI)", async ({ value, warned }) => {
    const warning = await filePermissionsWarning(fsWith(0o644), { OCI_CLI_SUPPRESS_FILE_PERMISSIONS_WARNING: value }, "/k.pem");
    expect(warning !== undefined).toBe(warned);
  });
});
