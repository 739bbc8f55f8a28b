import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase, useTestDatabase } from "./test-database.js";

describe("the PostgreSQL test harness", () => {
  const db = useTestDatabase();

  it("gives a real, empty PostgreSQL database of its own", async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ v: string; tables: string }>(
        "SELECT current_setting('server_version_num') AS v, (SELECT count(*) FROM pg_tables WHERE schemaname = 'public') AS tables",
      );
      expect(Number(rows[0]?.v)).toBeGreaterThanOrEqual(130000);
      expect(Number(rows[0]?.tables)).toBe(0);
    } finally {
      await client.end();
    }
  });

  it("separates databases and drops them, open connections included", async () => {
    const other = await createTestDatabase();
    const client = new pg.Client({ connectionString: other.url });
    client.on("error", () => undefined); // the drop ends this session
    await client.connect();
    await client.query("CREATE TABLE t (x int)");
    await other.drop();
    const mine = new pg.Client({ connectionString: db.url });
    await mine.connect();
    try {
      const { rows } = await mine.query("SELECT count(*)::int AS n FROM pg_database WHERE datname = $1", [new URL(other.url).pathname.slice(1)]);
      expect(rows[0]?.n).toBe(0);
    } finally {
      await mine.end();
      await client.end().catch(() => undefined);
    }
  });
});
