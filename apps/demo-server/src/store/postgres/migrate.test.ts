import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../test/postgres/test-database.js";
import { migrate, PostgresSchemaTooNewError } from "./migrate.js";
import { POSTGRES_MIGRATIONS } from "./migrations.js";

const databases: TestDatabase[] = [];
const pools: pg.Pool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end()));
  await Promise.all(databases.splice(0).map((d) => d.drop()));
});

async function freshPools(n: number): Promise<pg.Pool[]> {
  const db = await createTestDatabase();
  databases.push(db);
  const made = Array.from({ length: n }, () => new pg.Pool({ connectionString: db.url, max: 1 }));
  pools.push(...made);
  return made;
}

async function count(pool: pg.Pool, sql: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(sql);
  return Number(rows[0]?.n);
}

describe("PostgreSQL migrations", () => {
  it("apply once even when eight replicas start at the same moment", async () => {
    const replicas = await freshPools(8);
    // Connected first, so the eight migrations hit the server together rather than one per connect.
    await Promise.all(replicas.map((p) => p.query("SELECT 1")));
    // A migration with a visible side effect: were it applied twice, the row would be there twice.
    const migrations = ["CREATE TABLE applied (n integer)", "INSERT INTO applied VALUES (1)", "ALTER TABLE applied ADD COLUMN m integer"];
    const versions = await Promise.all(replicas.map((p) => migrate(p, migrations)));
    expect(versions).toEqual(Array(8).fill(3));
    const [first] = replicas as [pg.Pool];
    expect(await count(first, "SELECT count(*) AS n FROM applied")).toBe(1);
    expect(await count(first, "SELECT count(*) AS n FROM ocikit_schema_migrations")).toBe(3);
  });

  it("upgrade in place, refuse a newer schema, and roll a failing migration back whole", async () => {
    const [pool] = (await freshPools(1)) as [pg.Pool];
    expect(await migrate(pool, ["CREATE TABLE a (x integer)"])).toBe(1);
    expect(await migrate(pool, ["CREATE TABLE a (x integer)", "CREATE TABLE b (y integer)"])).toBe(2);
    await expect(migrate(pool, ["CREATE TABLE a (x integer)"])).rejects.toBeInstanceOf(PostgresSchemaTooNewError);
    await expect(
      migrate(pool, ["CREATE TABLE a (x integer)", "CREATE TABLE b (y integer)", "CREATE TABLE c (z integer)", "CREATE TABLE c (z integer)"]),
    ).rejects.toThrow(/already exists/);
    expect(await count(pool, "SELECT count(*) AS n FROM pg_tables WHERE tablename = 'c'")).toBe(0);
    expect(await count(pool, "SELECT max(version) AS n FROM ocikit_schema_migrations")).toBe(2);
  });

  it("create the store's schema, with its invariants as constraints", async () => {
    const [pool] = (await freshPools(1)) as [pg.Pool];
    expect(await migrate(pool)).toBe(POSTGRES_MIGRATIONS.length);
    const violation = async (sql: string) => {
      const error = await pool.query(sql).then(() => undefined, (e: { code?: string }) => e.code);
      return error;
    };
    await pool.query("INSERT INTO retry_tokens VALUES ('t', 'tok', 'h', 200, '{}', NULL, 1)");
    expect(await violation("INSERT INTO retry_tokens VALUES ('t', 'tok', 'h2', 200, '{}', NULL, 2)")).toBe("23505");
    await pool.query("INSERT INTO backup_slots VALUES ('assignment-a', 'ONE_DAY', 1000, 'backup-1')");
    expect(await violation("INSERT INTO backup_slots VALUES ('assignment-a', 'ONE_DAY', 1000, 'backup-2')")).toBe("23505");
    const resource = (id: string, type = "volume") =>
      `INSERT INTO resources (id, type, tenancy_id, region, compartment_id, display_name, state, created_ms, updated_ms, etag, doc)
       VALUES ('${id}', '${type}', 't', 'r', 'c', 'n', 'AVAILABLE', 1, 1, 'e', '{}')`;
    await pool.query(resource("ocid1.volume.a"));
    expect(await violation(resource("ocid1.volume.a"))).toBe("23505");
    expect(await violation(resource("ocid1.x.b", "instance"))).toBe("23514");
  });
});
