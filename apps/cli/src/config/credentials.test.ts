import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../../test/harness.js";

// Credential files as `oci setup` writes them: readable by their owner only (else a permissions warning).
const PRIVATE = { mode: 0o600 };

let h: Harness;
let demo: Record<string, string>;

beforeAll(async () => {
  h = await startHarness({ polls: 1 });
  const text = await readFile(h.server.configPath, "utf8");
  demo = Object.fromEntries(text.split("\n").filter((l) => /^\w+=/.test(l)).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
});
afterAll(async () => h.close());

const LIST = () => ["bv", "volume-group-backup", "list", "--compartment-id", h.server.compartmentId];

describe("where credentials come from", () => {
  it("runs with OCI_CLI_* variables and no config file at all", async () => {
    const env = {
      OCI_CLI_CONFIG_FILE: join(h.home, "missing-config"),
      OCI_CLI_USER: demo["user"],
      OCI_CLI_TENANCY: demo["tenancy"],
      OCI_CLI_FINGERPRINT: demo["fingerprint"],
      OCI_CLI_KEY_FILE: demo["key_file"],
      OCI_CLI_REGION: "us-ashburn-1",
      OCI_CLI_ENDPOINT: h.endpoint,
    };
    // An empty compartment: the OCI CLI prints nothing for an empty list; a signing failure would exit 1.
    expect(await h.cli(LIST(), { env })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("prefers OCI_CLI_KEY_CONTENT over the profile's key_file", async () => {
    const config = join(h.home, "..", "broken-key-config");
    await writeFile(config, (await readFile(h.server.configPath, "utf8")).replace(/^key_file=.*$/m, "key_file=/nonexistent.pem"), PRIVATE);
    const broken = await h.cli(LIST(), { env: { OCI_CLI_CONFIG_FILE: config, OCI_CLI_ENDPOINT: h.endpoint } });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^ERROR: .*nonexistent\.pem/);
    const pem = await readFile(demo["key_file"] as string, "utf8");
    const fixed = await h.cli(LIST(), { env: { OCI_CLI_CONFIG_FILE: config, OCI_CLI_ENDPOINT: h.endpoint, OCI_CLI_KEY_CONTENT: pem } });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).not.toMatch(/PRIVATE KEY/);
  });

  it.each([
    { name: "--config-file and --profile flags", argv: (c: string) => ["--config-file", c, "--profile", "SECOND"], env: {} },
    { name: "OCI_CLI_CONFIG_FILE and OCI_CLI_PROFILE", argv: () => [], env: (c: string) => ({ OCI_CLI_CONFIG_FILE: c, OCI_CLI_PROFILE: "SECOND" }) },
  ])("selects a profile with $name", async ({ argv, env }) => {
    const config = join(h.home, "..", "two-profiles");
    await writeFile(config, `${await readFile(h.server.configPath, "utf8")}\n[SECOND]\nregion=us-ashburn-1\n`, PRIVATE);
    const extra = typeof env === "function" ? env(config) : env;
    const result = await h.cli([...LIST(), ...argv(config)], { env: { OCI_CLI_ENDPOINT: h.endpoint, ...extra } });
    expect(result.code).toBe(0);
  });

  it("uses a profile's session token only with --auth security_token", async () => {
    const dir = join(h.home, "..");
    await writeFile(join(dir, "token"), "session-token-value\n", PRIVATE);
    const config = join(dir, "token-config");
    await writeFile(config, `${await readFile(h.server.configPath, "utf8")}security_token_file=${join(dir, "token")}\n`, PRIVATE);
    const env = { OCI_CLI_CONFIG_FILE: config, OCI_CLI_ENDPOINT: h.endpoint };
    const withKey = await h.cli(LIST(), { env });
    expect(withKey.code).toBe(0);
    expect(withKey.stderr).toBe("WARNING: profile [DEFAULT] has security_token_file, but it is only used with --auth security_token; signing with the API key.\n");
    // The demo server knows no session tokens, so signing with ST$<token> is refused; the token never shows.
    const withToken = await h.cli([...LIST(), "--auth", "security_token", "--debug"], { env });
    expect(withToken.code).toBe(1);
    expect(withToken.stderr).toMatch(/"status": 401/);
    expect(withToken.stderr).not.toContain("session-token-value");
  });

  it("explains --auth security_token without a token file", async () => {
    const result = await h.cli([...LIST(), "--auth", "security_token"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ERROR: --auth security_token needs security_token_file in profile \[DEFAULT\]/);
  });
});
