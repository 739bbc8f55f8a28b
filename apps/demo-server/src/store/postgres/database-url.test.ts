import { describe, expect, it } from "vitest";
import { DatabaseUrlError, parseDatabaseUrl, redactDatabaseUrl } from "./database-url.js";

describe("parseDatabaseUrl", () => {
  it.each([
    ["postgres://app:s3cret@db.internal:6543/ocikit", { host: "db.internal", port: 6543, database: "ocikit", user: "app" }],
    ["postgresql://app@127.0.0.1/ocikit?sslmode=disable", { host: "127.0.0.1", port: 5432, database: "ocikit", user: "app" }],
    ["  postgres://a%40b:p%2Fw@[::1]:5432/my%20db  ", { host: "[::1]", port: 5432, database: "my db", user: "a@b" }],
  ])("accepts %s", (text, expected) => {
    const url = parseDatabaseUrl(text);
    expect(url).toMatchObject(expected);
    expect(url.redacted).not.toMatch(/s3cret|p%2Fw/);
  });

  it.each([
    ["", /empty/],
    ["not a url", /is not a URL/],
    ["mysql://root:hunter2@db/x", /not a PostgreSQL URL \(scheme 'mysql'\)/],
    ["http://root:hunter2@db/x", /not a PostgreSQL URL/],
    ["postgres://root:hunter2@db.internal:5432", /names no database/],
    ["postgres://root:hunter2@db.internal/a/b", /names no database/],
    ["postgres://root:hunter2@db.internal:99999/x", /is not a URL/],
    ["postgres://root%zz:hunter2@db/x", /malformed %-escape/],
  ])("rejects %j with a DatabaseUrlError that hides the password", (text, message) => {
    let caught: unknown;
    try {
      parseDatabaseUrl(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseUrlError);
    expect((caught as DatabaseUrlError).code).toBe("INVALID_DATABASE_URL");
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toContain("hunter2");
  });

  it.each([
    ["postgres://u:pw@h/d", "postgres://u:***@h/d"],
    ["postgres://u@h/d", "postgres://u@h/d"],
    ["garbage u:pw@ here", "***@ here"],
    ["postgres://u:p@w@h:99999/d", "postgres://***@h:99999/d"],
    ["hunter2@@", "***@"],
  ])("redacts %s", (text, expected) => {
    expect(redactDatabaseUrl(text)).toBe(expected);
  });
});
