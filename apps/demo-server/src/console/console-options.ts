import type { ConsoleClock } from "./console-deps.js";

/** Options of `createConsole`. */
export interface ConsoleOptions {
  /** Requests the log keeps (the oldest go first); default 5000. */
  requestLogCapacity?: number;
  /**
   * Capabilities the console shows controls for when present: the server's movable clock (advance by
   * a day or a week). A server context that carries a `clock` of this shape is used when this is absent.
   */
  clock?: ConsoleClock;
  /** Resource kinds beyond volumes, groups and backups the store holds (e.g. "volumebackuppolicy"). */
  extraTypes?: readonly string[];
}
