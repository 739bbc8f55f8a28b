import { StoreUnavailableError } from "../store-errors.js";

// Socket-level failures, and SQLSTATE class 08 (connection exception), 57P01–57P03 (the server is
// shutting down, crashed, or not yet accepting connections).
const NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
const SQLSTATE = /^(08...|57P0[123])$/;
const MESSAGE = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/** The error as a {@link StoreUnavailableError} when it means "PostgreSQL cannot be reached"; else as is. */
export function asUnavailable(error: unknown): unknown {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e.code === "string" ? e.code : undefined;
  const message = typeof e.message === "string" ? e.message : "";
  if (code !== undefined && (NETWORK.has(code) || SQLSTATE.test(code))) return new StoreUnavailableError(code);
  if (MESSAGE.test(message)) return new StoreUnavailableError(message.split(/[.:]/)[0] as string);
  return error;
}

/** Awaits `work`, turning "PostgreSQL cannot be reached" into {@link StoreUnavailableError}. */
export async function reachable<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw asUnavailable(error);
  }
}
