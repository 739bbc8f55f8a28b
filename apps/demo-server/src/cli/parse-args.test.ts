import { describe, expect, it } from "vitest";
import { DatabaseUrlError } from "../store/postgres/database-url.js";
import { DEFAULT_PORT, parseCommandLine, UsageError } from "./parse-args.js";

describe("parseCommandLine", () => {
  it("has documented defaults", () => {
    expect(parseCommandLine([])).toEqual({
      kind: "run",
      options: { port: DEFAULT_PORT, host: "127.0.0.1", dataDir: ".ocikit-demo", region: "us-ashburn-1", lifecycle: { mode: "time", seconds: 2 } },
    });
  });

  it.each([
    [["--port", "0"], { port: 0 }],
    [["--host", "0.0.0.0", "--data", "/tmp/x", "--region", "eu-frankfurt-1"], { host: "0.0.0.0", dataDir: "/tmp/x", region: "eu-frankfurt-1" }],
    [["--trust-config", "a", "--trust-config", "b"], { trustConfig: ["a", "b"] }],
    [["--lifecycle", "immediate"], { lifecycle: { mode: "immediate" } }],
    [["--lifecycle-seconds", "0.5"], { lifecycle: { mode: "time", seconds: 0.5 } }],
    [["--lifecycle", "polls", "--lifecycle-polls", "3"], { lifecycle: { mode: "polls", polls: 3 } }],
    [["--lifecycle-polls", "4"], { lifecycle: { mode: "polls", polls: 4 } }],
    [["--rate-limit", "50"], { rateLimit: 50 }],
    [["--clock-offset", "86400"], { clockOffsetSeconds: 86400 }],
    [["--request-timeout", "5", "--headers-timeout", "0.5"], { requestTimeoutMs: 5000, headersTimeoutMs: 500 }],
    [["--max-connections", "64", "--max-body-buffer-mib", "8"], { maxConnections: 64, maxBufferedBodyBytes: 8 * 1024 * 1024 }],
    [["--allowed-host", "proxy:8443", "--allowed-host", "ocikit.example"], { allowedHosts: ["proxy:8443", "ocikit.example"] }],
    [["--compartment", "dev", "--compartment", "prod"], { compartments: ["dev", "prod"] }],
    [["--strict-compartments"], { strictCompartments: true }],
  ])("parses %j", (argv, expected) => {
    const command = parseCommandLine(argv);
    expect(command.kind).toBe("run");
    expect(command.kind === "run" && command.options).toMatchObject(expected);
  });

  it.each([[["--help"]], [["-h"]], [["--port", "1", "--help"]]])("%j asks for help", (argv) => {
    expect(parseCommandLine(argv)).toEqual({ kind: "help" });
  });

  it.each([
    [["--port", "70000"], "--port"],
    [["--port", "abc"], "--port"],
    [["--port"], "port"],
    [["--lifecycle", "weekly"], "--lifecycle"],
    [["--lifecycle", "immediate", "--lifecycle-seconds", "3"], "--lifecycle-seconds"],
    [["--lifecycle", "time", "--lifecycle-polls", "3"], "--lifecycle-polls"],
    [["--lifecycle-polls", "0"], "--lifecycle-polls"],
    [["--max-connections", "0"], "--max-connections"],
    [["--max-connections", "2.5"], "--max-connections"],
    [["--max-body-buffer-mib", "0.5"], "--max-body-buffer-mib"],
    [["--rate-limit", "-1"], "--rate-limit"],
    [["--request-timeout", "0"], "--request-timeout"],
    [["--headers-timeout", "soon"], "--headers-timeout"],
    [["--headers-timeout", "40"], "--headers-timeout"],
    [["--colour"], "colour"],
    [["stray"], "stray"],
    [["--data", " "], "--data"],
    [["--database", ""], "--database"],
    [["--compartment", "has space"], "--compartment"],
    [["--compartment", ""], "--compartment"],
  ])("rejects %j naming %s", (argv, mentions) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(mentions);
  });

  describe("--database and OCIKIT_DATABASE_URL", () => {
    const run = (argv: string[], env: Record<string, string> = {}) => {
      const command = parseCommandLine(argv, env);
      return command.kind === "run" ? command.options.database : "not a run";
    };

    it.each([
      [["--database", "postgres://app:pw@db:5432/ocikit"], {}, "postgres://app:pw@db:5432/ocikit"],
      [["--database", "postgresql://db/ocikit"], {}, "postgresql://db/ocikit"],
      [[], { OCIKIT_DATABASE_URL: "postgres://env-host/ocikit" }, "postgres://env-host/ocikit"],
      [["--database", "postgres://flag/ocikit"], { OCIKIT_DATABASE_URL: "postgres://env/ocikit" }, "postgres://flag/ocikit"],
      [[], { OCIKIT_DATABASE_URL: " " }, undefined],
      [[], {}, undefined],
    ])("%j with %j → %s", (argv, env, expected) => {
      expect(run(argv, env)).toBe(expected);
    });

    it.each([
      [["--database", "mysql://root:hunter2@db/x"], {}, /not a PostgreSQL URL/],
      [["--database", "postgres://root:hunter2@db"], {}, /names no database/],
      [[], { OCIKIT_DATABASE_URL: "hunter2@@" }, /is not a URL/],
    ])("%j with %j: DatabaseUrlError %s, password hidden", (argv, env, message) => {
      expect(() => run(argv, env)).toThrow(DatabaseUrlError);
      expect(() => run(argv, env)).toThrow(message);
      expect(() => run(argv, env)).not.toThrow(/hunter2/);
    });
  });
});
