/**
 * The `--database` / `OCIKIT_DATABASE_URL` value: a PostgreSQL connection URL
 * (`postgres://USER:PASSWORD@HOST:PORT/DB?sslmode=…`, `postgresql://` too). Parsing is pure; messages
 * never contain the password.
 */

/** A checked connection URL. */
export interface DatabaseUrl {
  /** The URL as given (with its password): for the client only, never for messages. */
  url: string;
  /** The same URL with the password replaced by `***`: for logs and errors. */
  redacted: string;
  host: string;
  port: number;
  database: string;
  user: string;
}

/** The database URL cannot be used. Exit code 2 from the command. */
export class DatabaseUrlError extends Error {
  override readonly name = "DatabaseUrlError";
  readonly code = "INVALID_DATABASE_URL";
}

const EXAMPLE = "postgres://USER:PASSWORD@HOST:5432/DATABASE";

/** `url` with any password replaced by `***` (best effort for text that is not a URL at all). */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    // Not a URL: hide everything between the scheme and the last '@' (user, password, stray '@'s).
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)?.*@/is, "$1***@");
  }
}

/** Checks a PostgreSQL connection URL. Throws {@link DatabaseUrlError} saying what is wrong. */
export function parseDatabaseUrl(text: string): DatabaseUrl {
  const trimmed = text.trim();
  if (trimmed === "") throw new DatabaseUrlError(`The database URL is empty. Use ${EXAMPLE}.`);
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new DatabaseUrlError(`'${redactDatabaseUrl(trimmed)}' is not a URL. Use ${EXAMPLE}.`);
  }
  const shown = redactDatabaseUrl(trimmed);
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new DatabaseUrlError(
      `'${shown}' is not a PostgreSQL URL (scheme '${parsed.protocol.replace(/:$/, "")}'). Use ${EXAMPLE}; without --database the server keeps its state in SQLite under --data.`,
    );
  }
  if (parsed.hostname === "") throw new DatabaseUrlError(`'${shown}' names no host. Use ${EXAMPLE}.`);
  const port = parsed.port === "" ? 5432 : Number(parsed.port);
  let database: string;
  let user: string;
  try {
    database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
    user = decodeURIComponent(parsed.username);
  } catch {
    throw new DatabaseUrlError(`'${shown}' has a malformed %-escape in its user or database name.`);
  }
  if (database === "" || database.includes("/")) {
    throw new DatabaseUrlError(`'${shown}' names no database (or more than one). Put exactly one after the host: ${EXAMPLE}.`);
  }
  return { url: trimmed, redacted: shown, host: parsed.hostname, port, database, user };
}
