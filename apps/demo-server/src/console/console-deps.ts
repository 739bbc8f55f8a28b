import type { ConsoleData } from "./console-data.js";
import type { RequestLog } from "./request-log.js";

/** The server clock, once the server has one (GET/POST /_ocikit/clock). */
export interface ConsoleClock {
  get(): Promise<ClockState>;
  /** Moves the clock forward; resolves after every due schedule and expiry has been applied. */
  advance(seconds: number): Promise<ClockState>;
}

export interface ClockState {
  now: string;
  offsetSeconds: number;
}

type MaybePromise<T> = T | Promise<T>;

/**
 * Fault rules as the admin API keeps them (the same rules: the console and the admin API agree; on
 * PostgreSQL, shared by every replica).
 */
export interface ConsoleFaults {
  list(): MaybePromise<unknown[]>;
  /**
   * Validates an untrusted rule and adds it; a bad rule throws (or rejects with) an error whose `code`
   * is INVALID_FAULT_RULE and whose `message` says what is wrong.
   */
  add(rule: unknown): MaybePromise<unknown>;
  remove(id: number): MaybePromise<boolean>;
}

/** What the console needs from the server, all injected. */
export interface ConsoleDeps {
  adminToken: string;
  data: ConsoleData;
  requests: RequestLog;
  faults: ConsoleFaults;
  /** Deletes every resource and retry token. */
  reset(): Promise<void> | void;
  /** The server's own region. */
  region: string;
  /** The parsed OpenAPI document (docs and the operation list of the fault form). */
  spec: () => Record<string, unknown>;
  /** Directory of the built front-end (index.html, assets/); undefined when not built. */
  assetsDir: string | undefined;
  now: () => Date;
  /** A capability: present once the server has a movable clock (the policies feature). */
  clock?: ConsoleClock;
  /** Resource kinds beyond the four of today that the data source lists (e.g. "volumebackuppolicy"). */
  extraTypes?: readonly string[];
}
