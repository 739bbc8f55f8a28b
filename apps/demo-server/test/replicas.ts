// Several demo servers on 127.0.0.1 sharing one PostgreSQL database: replicas of one service, each
// with its own --data directory, as separate processes would be.
import type { DemoServerOptions } from "../src/index.js";
import { startFixture, type Fixture } from "./demo-fixture.js";

export async function startReplicas(databaseUrl: string, count = 3, options: Partial<DemoServerOptions> = {}): Promise<Fixture[]> {
  // Started at the same moment on purpose: migrations and the identity bootstrap must cope.
  return Promise.all(Array.from({ length: count }, () => startFixture({ ...options, database: databaseUrl })));
}

/** Closes what started (nothing when the start itself failed). */
export async function closeReplicas(replicas: readonly Fixture[] | undefined): Promise<void> {
  await Promise.all((replicas ?? []).map((r) => r.close()));
}
