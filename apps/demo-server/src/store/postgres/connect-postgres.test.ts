import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createTestDatabase } from "../../../test/postgres/test-database.js";
import { DatabaseAuthenticationError, DatabaseNotFoundError, DatabaseUnreachableError } from "./connect-errors.js";
import { connectPostgres } from "./connect-postgres.js";
import { parseDatabaseUrl } from "./database-url.js";
import { POSTGRES_MIGRATIONS } from "./migrations.js";

/** A loopback port with nothing listening on it. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe("connectPostgres", () => {
  it("connects, migrates, and returns int8 columns as numbers", async () => {
    const db = await createTestDatabase();
    const pool = await connectPostgres(parseDatabaseUrl(db.url));
    try {
      const { rows } = await pool.query<{ v: unknown }>("SELECT max(version)::bigint AS v FROM ocikit_schema_migrations");
      expect(rows[0]?.v).toBe(POSTGRES_MIGRATIONS.length);
    } finally {
      await pool.end();
      await db.drop();
    }
  });

  it.each([
    [
      "an unreachable server",
      async () => `postgres://app:hunter2@127.0.0.1:${await closedPort()}/ocikit`,
      DatabaseUnreachableError,
      /Cannot reach PostgreSQL at postgres:\/\/app:\*\*\*@127\.0\.0\.1:\d+\/ocikit \(ECONNREFUSED\)/,
    ],
    [
      "a wrong password",
      async () => {
        const url = new URL(inject("postgresAdminUrl"));
        url.password = "hunter2";
        return url.toString();
      },
      DatabaseAuthenticationError,
      /refused the user or password/,
    ],
    [
      "a missing database",
      async () => {
        const url = new URL(inject("postgresAdminUrl"));
        url.pathname = "/no_such_database_here";
        return url.toString();
      },
      DatabaseNotFoundError,
      /has no database 'no_such_database_here'\. Create it first/,
    ],
  ])("names %s in a clear error without the password", async (_what, url, errorClass, message) => {
    const text = await url();
    const password = new URL(text).password;
    const error = await connectPostgres(parseDatabaseUrl(text)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(errorClass);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(password);
    expect((error as Error).message).not.toContain(decodeURIComponent(password));
  });
});
