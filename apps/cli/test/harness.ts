import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDemoServer, type DemoServer } from "@ocikit/demo-server";
import { bufferIo } from "./buffer-io.js";
import { run } from "../src/run.js";
import { createNodeHttpFetch } from "../src/io/node-http-fetch.js";

/** What one in-process invocation printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Replaces the default environment (config file + endpoint of the demo server). */
  env?: Record<string, string | undefined>;
  /** Added to the default environment. */
  extraEnv?: Record<string, string | undefined>;
  /** Lines typed on stdin (confirmation answers). */
  stdin?: string[];
  stderrIsTTY?: boolean;
  now?: () => Date;
  home?: string;
  cwd?: string;
}

export interface Harness {
  server: DemoServer;
  /** An empty HOME and cwd for this suite (no ~/.oci files unless a test writes them). */
  home: string;
  endpoint: string;
  /** Environment that points ocikit at the demo server, the way a user's shell would. */
  env: Record<string, string>;
  cli(argv: readonly string[], options?: RunOptions): Promise<CliRun>;
  /** Runs and parses stdout as JSON, failing loudly on a non-zero exit. */
  json(argv: readonly string[], options?: RunOptions): Promise<Record<string, any>>;
  close(): Promise<void>;
}

/**
 * Starts a demo server in a temp dir (resources settle after `polls` GETs, so waits really poll) and
 * returns a runner for in-process CLI invocations against it.
 */
export async function startHarness(options: { polls?: number } = {}): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), "ocikit-cli-"));
  const home = join(dir, "home");
  const server = await startDemoServer({
    port: 0,
    dataDir: join(dir, "server"),
    lifecycle: { mode: "polls", polls: options.polls ?? 2 },
    log: () => undefined,
  });
  const endpoint = `${server.url}/20160918`;
  const env = { OCI_CLI_CONFIG_FILE: server.configPath, OCI_CLI_ENDPOINT: endpoint };
  // The transport the real process uses (src/io/process-io.ts), so every command test goes through it.
  const fetch = createNodeHttpFetch();
  const cli = async (argv: readonly string[], runOptions: RunOptions = {}): Promise<CliRun> => {
    const { io, out } = bufferIo({
      ...runOptions,
      fetch,
      env: runOptions.env ?? { ...env, ...runOptions.extraEnv },
      home: runOptions.home ?? home,
      cwd: runOptions.cwd ?? dir,
    });
    const code = await run(argv, io);
    return { code, ...out };
  };
  return {
    server,
    home,
    endpoint,
    env,
    cli,
    async json(argv, runOptions) {
      const result = await cli(argv, runOptions);
      if (result.code !== 0) throw new Error(`ocikit ${argv.join(" ")} exited ${result.code}: ${result.stderr}`);
      return JSON.parse(result.stdout) as Record<string, any>;
    },
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a volume and a volume group around it; returns their OCIDs. */
export async function createVolumeGroup(h: Harness): Promise<{ volumeId: string; volumeGroupId: string }> {
  const c = h.server.compartmentId;
  const volume = await h.json(["bv", "volume", "create", "--compartment-id", c, "--availability-domain", "Uocm:PHX-AD-1", "--size-in-gbs", "50", "--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1"]);
  const volumeId = volume["data"]["id"] as string;
  const group = await h.json([
    "bv", "volume-group", "create", "--availability-domain", "Uocm:PHX-AD-1", "--compartment-id", c,
    "--source-details", JSON.stringify({ type: "volumeIds", volumeIds: [volumeId] }),
    "--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1",
  ]);
  return { volumeId, volumeGroupId: group["data"]["id"] as string };
}
