/** PostgreSQL could not be used at start-up. Messages name the server by its redacted URL, never the password. */
export class DatabaseConnectionError extends Error {
  override readonly name: string = "DatabaseConnectionError";
  constructor(
    readonly code: "DATABASE_UNREACHABLE" | "DATABASE_AUTH_FAILED" | "DATABASE_NOT_FOUND" | "DATABASE_ERROR",
    message: string,
  ) {
    super(message);
  }
}

/** Nothing answers at the URL's host and port (refused, unknown host, timeout). */
export class DatabaseUnreachableError extends DatabaseConnectionError {
  override readonly name = "DatabaseUnreachableError";
  constructor(redactedUrl: string, reason: string) {
    super(
      "DATABASE_UNREACHABLE",
      `Cannot reach PostgreSQL at ${redactedUrl} (${reason}). Check that the server runs and that --database (or OCIKIT_DATABASE_URL) names its host and port.`,
    );
  }
}

/** The server refused the user or password. */
export class DatabaseAuthenticationError extends DatabaseConnectionError {
  override readonly name = "DatabaseAuthenticationError";
  constructor(redactedUrl: string) {
    super(
      "DATABASE_AUTH_FAILED",
      `PostgreSQL at ${redactedUrl} refused the user or password. Check the credentials in --database (or OCIKIT_DATABASE_URL).`,
    );
  }
}

/** The server runs but has no such database. */
export class DatabaseNotFoundError extends DatabaseConnectionError {
  override readonly name = "DatabaseNotFoundError";
  constructor(redactedUrl: string, database: string) {
    super(
      "DATABASE_NOT_FOUND",
      `PostgreSQL at ${redactedUrl} has no database '${database}'. Create it first (createdb ${database}, or CREATE DATABASE); the server creates its tables itself.`,
    );
  }
}

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET"]);

/**
 * Maps a connection-time error of the `pg` client to one of the classes above. `pg` error messages do
 * not carry the password, but the message is still rebuilt from codes only, to be sure.
 */
export function connectionError(error: unknown, redactedUrl: string, database: string): DatabaseConnectionError {
  const e = error as { code?: string; message?: string };
  if (e.code !== undefined && UNREACHABLE.has(e.code)) return new DatabaseUnreachableError(redactedUrl, e.code);
  if (/timeout/i.test(e.message ?? "")) return new DatabaseUnreachableError(redactedUrl, "connection timeout");
  if (e.code === "28P01" || e.code === "28000") return new DatabaseAuthenticationError(redactedUrl);
  if (e.code === "3D000") return new DatabaseNotFoundError(redactedUrl, database);
  return new DatabaseConnectionError(
    "DATABASE_ERROR",
    `PostgreSQL at ${redactedUrl} failed at start-up (${e.code ?? "no code"}). Check the server's log and the --database URL.`,
  );
}
