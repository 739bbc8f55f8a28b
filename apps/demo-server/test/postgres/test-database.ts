// A fresh, empty PostgreSQL database per test file (or per case) on the run's server (global-setup.ts),
// dropped afterwards, so test files run in parallel without seeing each other's rows.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";

export interface TestDatabase {
  /** `postgresql://…/ocikit_test_…` of the new database. */
  url: string;
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("postgresAdminUrl") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database (from template0, so nothing a server's template1 holds leaks in). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `ocikit_test_${process.pid}_${randomBytes(5).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`));
  const url = new URL(inject("postgresAdminUrl"));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE (PostgreSQL 13+) ends the sessions of a replica a test killed or left open.
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** In a describe block: a fresh database for the block, dropped after it. Read `.url` inside tests. */
export function useTestDatabase(): { readonly url: string } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });
  return {
    get url(): string {
      if (database === undefined) throw new Error("useTestDatabase(): read .url inside a test or hook, not at collection time.");
      return database.url;
    },
  };
}
