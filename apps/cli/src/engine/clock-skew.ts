import type { CliIo } from "../types.js";

const MAX_SKEW_MS = 5 * 60 * 1000;

/**
 * After a 401, asks the server for its time with an unsigned `HEAD` and returns a warning when the local
 * clock is more than 5 minutes off — OCI rejects such signatures. Returns undefined when the clock is fine
 * or the server cannot be asked.
 */
export async function clockSkewWarning(io: Pick<CliIo, "fetch" | "now">, baseUrl: string): Promise<string | undefined> {
  let serverDate: string | null;
  try {
    const response = await io.fetch(baseUrl, { method: "HEAD", signal: AbortSignal.timeout(10_000) });
    serverDate = response.headers.get("date");
  } catch {
    return undefined;
  }
  if (serverDate === null) return undefined;
  const server = Date.parse(serverDate);
  if (Number.isNaN(server)) return undefined;
  const skew = io.now().getTime() - server;
  if (Math.abs(skew) <= MAX_SKEW_MS) return undefined;
  const minutes = Math.round(Math.abs(skew) / 60000);
  return (
    `WARNING: this computer's clock is ${minutes} minutes ${skew > 0 ? "ahead of" : "behind"} the server's (server time ${serverDate}). ` +
    "OCI rejects signatures made more than 5 minutes off; correct the clock (e.g. enable NTP) and try again.\n"
  );
}
