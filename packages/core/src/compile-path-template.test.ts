import { describe, expect, it } from "vitest";
import { compilePathTemplate } from "./compile-path-template.js";
import { PathTemplateError } from "./path-template-error.js";

const BACKUP = "/volumeGroupBackups/{volumeGroupBackupId}";
const COPY = "/volumeGroupBackups/{volumeGroupBackupId}/actions/copy";

describe("compilePathTemplate: match", () => {
  it.each([
    [
      BACKUP,
      "/volumeGroupBackups/ocid1.volumegroupbackup.oc1..a",
      { volumeGroupBackupId: "ocid1.volumegroupbackup.oc1..a" },
    ],
    [BACKUP, "/volumeGroupBackups/a%2Fb%20c", { volumeGroupBackupId: "a/b c" }],
    [COPY, "/volumeGroupBackups/X/actions/copy", { volumeGroupBackupId: "X" }],
    ["/volumeGroupBackups", "/volumeGroupBackups", {}],
    ["volumes/{volumeId}", "volumes/v1", { volumeId: "v1" }],
    ["/a/{x}/b/{y}", "/a/1/b/2", { x: "1", y: "2" }],
  ])("%s matches %s", (template, path, params) => {
    expect(compilePathTemplate(template).match(path)).toEqual(params);
  });

  it.each([
    [BACKUP, "/volumeGroupBackups", "too few segments"],
    [BACKUP, "/volumeGroupBackups/", "an empty parameter"],
    [BACKUP, "/volumeGroupBackups/a/b", "too many segments"],
    [BACKUP, "/volumeGroupBackups/%E0%A4%A", "invalid percent-encoding"],
    [BACKUP, "/volumeGroups/x", "another literal"],
    [BACKUP, "/VolumeGroupBackups/x", "literals are case-sensitive"],
    [COPY, "/volumeGroupBackups/X/actions/delete", "another action"],
    [BACKUP, "volumeGroupBackups/x", "no leading slash"],
  ])("%s does not match %s (%s)", (template, path) => {
    expect(compilePathTemplate(template).match(path)).toBeUndefined();
  });
});

describe("compilePathTemplate: build", () => {
  it.each([
    [BACKUP, { volumeGroupBackupId: "ocid1.x" }, "/volumeGroupBackups/ocid1.x"],
    [BACKUP, { volumeGroupBackupId: "a/b c?" }, "/volumeGroupBackups/a%2Fb%20c%3F"],
    [COPY, { volumeGroupBackupId: "X", extra: "ignored" }, "/volumeGroupBackups/X/actions/copy"],
    ["/a/{n}", { n: 5 }, "/a/5"],
    ["/volumeGroupBackups", {}, "/volumeGroupBackups"],
  ])("%s with %o → %s", (template, params, path) => {
    expect(compilePathTemplate(template).build(params)).toBe(path);
  });

  it("round-trips: match(build(params)) gives the params back", () => {
    const t = compilePathTemplate("/a/{x}/b/{y}");
    for (const params of [
      { x: "1", y: "2" },
      { x: "a/b", y: "%41" },
      { x: "ü ñ", y: "?#&=" },
    ]) {
      expect(t.match(t.build(params))).toEqual(params);
    }
  });

  it.each([[{}], [{ volumeGroupBackupId: "" }], [{ volumeGroupBackupId: undefined }]])(
    "refuses a missing or empty parameter %o",
    (params) => {
      expect(() => compilePathTemplate(BACKUP).build(params)).toThrow(
        expect.objectContaining({
          name: "PathTemplateError",
          code: "MISSING_PATH_PARAMETER",
          message: expect.stringContaining("volumeGroupBackupId"),
        }),
      );
    },
  );
});

describe("compilePathTemplate: templates", () => {
  it("keeps a parameter named like an Object.prototype key as plain data", () => {
    const params = compilePathTemplate("/a/{__proto__}/{constructor}").match("/a/x/y");
    expect(Object.getOwnPropertyDescriptor(params, "__proto__")?.value).toBe("x");
    expect(Object.getOwnPropertyDescriptor(params, "constructor")?.value).toBe("y");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("lists parameter names in order", () => {
    expect(compilePathTemplate("/a/{x}/b/{y}").names).toEqual(["x", "y"]);
  });

  it.each([
    ["/a/{x}.json", "'{x}.json' is not a whole {name} segment"],
    ["/a/{}", "'{}' is not a whole {name} segment"],
    ["/a/{x}/{x}", "'{x}' appears twice"],
    ["/a/{x y}", "'{x y}' is not a whole {name} segment"],
    ["/a/x}", "'x}' is not a whole {name} segment"],
  ])("rejects %s", (template, problem) => {
    let error: unknown;
    try {
      compilePathTemplate(template);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PathTemplateError);
    expect(error).toMatchObject({ code: "INVALID_PATH_TEMPLATE", template });
    expect((error as Error).message).toContain(problem);
  });
});
