import { describe, expect, it } from "vitest";
import { expandHome } from "./expand-home.js";

describe("expandHome", () => {
  it.each([
    ["~", "/home/me", "/home/me"],
    ["~/.oci/config", "/home/me", "/home/me/.oci/config"],
    ["~\\.oci\\config", "C:\\Users\\me", "C:\\Users\\me\\.oci\\config"],
    ["~/.oci/config", "/home/me/", "/home/me/.oci/config"],
    ["~/x", "/", "/x"],
    ["~", "/", "/"],
    ["/etc/oci/config", "/home/me", "/etc/oci/config"],
    ["relative/~/x", "/home/me", "relative/~/x"],
    ["~other/x", "/home/me", "~other/x"],
    ["", "/home/me", ""],
  ])("%s with home %s → %s", (path, home, expected) => {
    expect(expandHome(path, home)).toBe(expected);
    expect(expandHome(path, () => home)).toBe(expected);
  });

  it("asks for the home directory only when the path needs it", () => {
    let calls = 0;
    const home = () => {
      calls++;
      return "/home/me";
    };
    expandHome("/abs", home);
    expect(calls).toBe(0);
    expandHome("~/a", home);
    expect(calls).toBe(1);
  });
});
