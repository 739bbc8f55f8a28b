#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCommandLine, USAGE, UsageError } from "./cli/parse-args.js";
import { startDemoServer } from "./start-demo-server.js";
import { DatabaseUrlError } from "./store/postgres/database-url.js";

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

function hints(url: string, dataDir: string, configPath: string, compartmentId: string): string {
  return [
    `ocikit demo server: state and identity in ${dataDir}`,
    "Use it with the ocikit CLI:",
    `  ocikit --config-file ${configPath} --endpoint ${url}/20160918 bv volume-group-backup list --compartment-id ${compartmentId}`,
    "With the official SDKs: load the same config file (profile DEFAULT) and set the client's endpoint to",
    `  ${url}   (e.g. TypeScript: client.endpoint = "${url}")`,
    `Demo compartment: ${compartmentId}`,
    // The token stays out of terminals and CI logs: point at its 0600 file instead.
    `Admin API (loopback only): ${url}/_ocikit/{faults,reset,stats,compartments,clock} with 'authorization: Bearer $(cat ${join(dataDir, "admin-token")})'`,
    "Stop with Ctrl-C.",
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommandLine(argv, process.env);
  } catch (error) {
    if (error instanceof UsageError || error instanceof DatabaseUrlError) {
      process.stderr.write(`ocikit-demo-server: ${error.message}\nRun 'ocikit-demo-server --help' for the options.\n`);
      return 2;
    }
    throw error;
  }
  if (command.kind === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command.kind === "version") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  // Whatever this process creates (state file, its -wal/-shm, keys, config) is private to the user,
  // before any secret is written; the server also gives each file it makes an explicit 0600.
  process.umask(0o077);
  let server;
  try {
    server = await startDemoServer(command.options);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const message =
      e.code === "EADDRINUSE"
        ? `port ${command.options.port} is already in use. Pick another with --port, or --port 0 for any free port.`
        : e.code === "EACCES"
          ? `not allowed to listen on ${command.options.host}:${command.options.port}. Use a port above 1024.`
          : e.message;
    process.stderr.write(`ocikit-demo-server: ${message}\n`);
    return 1;
  }
  const running = server;
  // Signal handlers first: a supervisor may send SIGTERM as soon as it reads the "listening" line.
  const stopped = new Promise<number>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      running.close().then(
        () => resolve(0),
        () => resolve(1),
      );
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  process.stdout.write(`listening on ${server.url}\n`);
  process.stderr.write(`${hints(server.url, server.dataDir, server.configPath, server.compartmentId)}\n`);
  return stopped;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ocikit-demo-server: unexpected error: ${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
