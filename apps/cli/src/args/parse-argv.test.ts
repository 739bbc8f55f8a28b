import { describe, expect, it } from "vitest";
import { parseArgv } from "./parse-argv.js";
import { ROOT } from "../commands/command-tree.js";
import { BadOptionError } from "../errors/cli-errors.js";
import { exitCodeOf } from "../errors/report-error.js";

const GET = ["bv", "volume-group-backup", "get"];

describe("parseArgv", () => {
  it.each([
    { name: "--opt value", argv: [...GET, "--volume-group-backup-id", "X"], options: { "volume-group-backup-id": ["X"] }, globals: {} },
    { name: "--opt=value", argv: [...GET, "--volume-group-backup-id=X=Y"], options: { "volume-group-backup-id": ["X=Y"] }, globals: {} },
    { name: "a value that looks like an option", argv: [...GET, "--volume-group-backup-id", "--x"], options: { "volume-group-backup-id": ["--x"] }, globals: {} },
    { name: "globals before the command", argv: ["--profile", "P", "-d", ...GET], options: {}, globals: { profile: ["P"], debug: [true] } },
    { name: "globals after the options", argv: [...GET, "--volume-group-backup-id", "X", "--region", "us-phoenix-1", "--opc-request-id", "R"], options: { "volume-group-backup-id": ["X"] }, globals: { region: ["us-phoenix-1"], "request-id": ["R"] } },
    { name: "the OCI CLI's -c for --compartment-id", argv: ["bv", "volume-group-backup", "list", "-c", "C"], options: { "compartment-id": ["C"] }, globals: {} },
    { name: "-c on a create", argv: ["bv", "volume-group", "create", "-c", "C"], options: { "compartment-id": ["C"] }, globals: {} },
    { name: "repeatable options", argv: ["bv", "volume-group-backup", "create", "--wait-for-state", "AVAILABLE", "--wait-for-state", "FAULTY"], options: { "wait-for-state": ["AVAILABLE", "FAULTY"] }, globals: {} },
  ])("parses $name", ({ argv, options, globals }) => {
    const parsed = parseArgv(argv, ROOT);
    expect(Object.fromEntries(parsed.options)).toEqual(options);
    expect(Object.fromEntries(parsed.globals)).toEqual(globals);
    expect(parsed.leaf).toBeDefined();
  });

  it.each([
    { name: "an unknown option", argv: [...GET, "--x"], message: "No such option: --x" },
    { name: "an unknown command", argv: ["bv", "nope"], message: "No such command 'nope'." },
    { name: "a missing value", argv: [...GET, "--volume-group-backup-id"], message: "Option '--volume-group-backup-id' requires an argument." },
    { name: "an extra argument", argv: [...GET, "extra"], message: "Got unexpected extra argument (extra)" },
    { name: "a value given to a flag", argv: ["bv", "volume-group-backup", "delete", "--force=yes"], message: "Option '--force' does not take a value." },
  ])("rejects $name with exit code 2", ({ argv, message }) => {
    let error: unknown;
    try {
      parseArgv(argv, ROOT);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BadOptionError);
    expect((error as BadOptionError).message).toBe(message);
    expect(exitCodeOf(error)).toBe(2);
  });

  it.each([
    { name: "a verb alias", argv: ["bv", "volume-group-backup", "ls"], aliases: { ls: "list" }, path: ["bv", "volume-group-backup", "list"] },
    { name: "a dotted alias", argv: ["vgb-ls"], aliases: { "vgb-ls": "bv.volume-group-backup.list" }, path: ["bv", "volume-group-backup", "list"] },
  ])("expands $name", ({ argv, aliases, path }) => {
    expect(parseArgv(argv, ROOT, { commandAliases: aliases }).path).toEqual(path);
  });

  it("expands parameter aliases", () => {
    const parsed = parseArgv([...GET, "--id", "X"], ROOT, { paramAliases: { "--id": "--volume-group-backup-id" } });
    expect(parsed.options.get("volume-group-backup-id")).toEqual(["X"]);
  });

  it.each([["--help"], ["-h"], ["-?"]])("notes %s at any level", (flag) => {
    expect(parseArgv(["bv", flag], ROOT)).toMatchObject({ help: true, path: ["bv"] });
    expect(parseArgv([...GET, flag, "--unknown"], ROOT)).toMatchObject({ help: true, path: GET });
  });
});
