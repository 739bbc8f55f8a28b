// The deployment example of docs/deploy.md (docs/deploy/compose.yaml + nginx.conf), checked without
// Docker: the compose file parses, every replica's command line is accepted by the server's own CLI
// parser and points at the compose PostgreSQL with its credentials, and nginx balances over exactly
// those replicas with the request target and Host header passed through as signed.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseCommandLine } from "../src/cli/parse-args.js";
import { parseDatabaseUrl } from "../src/store/postgres/database-url.js";

const deployDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../../docs/deploy");

interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  working_dir?: string;
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test: string[] };
}

const compose = parse(readFileSync(join(deployDir, "compose.yaml"), "utf8"), { merge: true }) as { services: Record<string, Service> };
const nginx = readFileSync(join(deployDir, "nginx.conf"), "utf8").replace(/#.*$/gm, "");
const services = compose.services;
const replicas = Object.entries(services).filter(([name]) => name.startsWith("replica-"));

describe("docs/deploy: N replicas on one PostgreSQL behind nginx", () => {
  it("has a PostgreSQL with a health check, three replicas and a load balancer", () => {
    expect(Object.keys(services).sort()).toEqual(["lb", "postgres", "replica-1", "replica-2", "replica-3"]);
    expect(services.postgres?.image).toMatch(/^postgres:\d+/);
    expect(services.postgres?.healthcheck?.test.join(" ")).toContain("pg_isready");
  });

  it.each(replicas)("%s runs the server's bin on the shared database, as the CLI parses it", (_name, service) => {
    const [node, script, ...args] = service.command ?? [];
    expect(node).toBe("node");
    const bin = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { bin: Record<string, string> }).bin;
    // The repository is mounted at working_dir; the script is the package's bin there.
    expect(service.working_dir).toBe("/app");
    expect(service.volumes).toContain("../..:/app:ro");
    expect(script).toBe(`apps/demo-server/${bin["ocikit-demo-server"]}`);

    const command = parseCommandLine(args, service.environment ?? {});
    if (command.kind !== "run") throw new Error(`not a run command: ${command.kind}`);
    expect(command.options).toMatchObject({ host: "0.0.0.0", port: 8080, dataDir: "/data" });
    const url = parseDatabaseUrl(command.options.database ?? "");
    const pg = services.postgres?.environment ?? {};
    expect(url).toMatchObject({ host: "postgres", port: 5432, user: pg.POSTGRES_USER, database: pg.POSTGRES_DB });
    expect(new URL(url.url).password).toBe(pg.POSTGRES_PASSWORD);
    expect(service.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
  });

  it("balances over exactly the replicas, passing the request target and Host through", () => {
    const upstream = /upstream\s+(\w+)\s*\{([^}]*)\}/.exec(nginx);
    expect(upstream).not.toBeNull();
    const [, name, body] = upstream as unknown as [string, string, string];
    const servers = [...body.matchAll(/server\s+([\w.-]+):(\d+)\s*;/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(servers.sort()).toEqual(replicas.map(([n, s]) => `${n}:${s.command?.[s.command.indexOf("--port") + 1]}`).sort());
    // proxy_pass without a URI part keeps the signed (request-target) byte for byte.
    expect(nginx).toMatch(new RegExp(`proxy_pass\\s+http://${name}\\s*;`));
    expect(nginx).toMatch(/proxy_set_header\s+Host\s+\$http_host\s*;/);
    // A request that reached a replica is not replayed by nginx (no non_idempotent).
    expect(nginx).not.toContain("non_idempotent");
    const listen = /listen\s+(\d+)\s*;/.exec(nginx)?.[1];
    expect(services.lb?.ports).toEqual([`127.0.0.1:12000:${listen}`]);
    expect(services.lb?.volumes).toContain("./nginx.conf:/etc/nginx/nginx.conf:ro");
  });
});
