/** A running throw-away cluster. */
export interface EmbeddedCluster {
  /** `postgresql://USER:PASSWORD@127.0.0.1:PORT/postgres`: the superuser, to create test databases. */
  adminUrl: string;
  /** The postmaster's process id (its backends are its children): for CPU accounting in benchmarks. */
  pid: number | undefined;
  stop(): Promise<void>;
}

/** The embedded PostgreSQL server could not be started; `log` holds what it printed. */
export declare class EmbeddedPostgresStartError extends Error {
  readonly code: "EMBEDDED_POSTGRES_START_FAILED";
  readonly log: string;
  constructor(reason: string, log: string);
}

export declare function startEmbeddedCluster(): Promise<EmbeddedCluster>;
