/** A store refused a write because of one of its invariants (or could not be reached). The model maps each to an OCI error. */
export class StoreError extends Error {
  override readonly name: string = "StoreError";
  constructor(
    readonly code: "ETAG_CONFLICT" | "RETRY_TOKEN_TAKEN" | "STORE_UNAVAILABLE" | "SLOT_ALREADY_FIRED",
    message: string,
  ) {
    super(message);
  }
}

/** Compare-and-set lost: the resource's stored etag is no longer the one the update expected. */
export class EtagConflictError extends StoreError {
  override readonly name = "EtagConflictError";
  constructor(readonly resourceId: string) {
    super("ETAG_CONFLICT", `Resource ${resourceId} changed since it was read (etag compare-and-set failed). Read it again and retry.`);
  }
}

/** A live response is already remembered for this retry token (its unique constraint). */
export class RetryTokenTakenError extends StoreError {
  override readonly name = "RetryTokenTakenError";
  constructor() {
    super("RETRY_TOKEN_TAKEN", "The retry token is already recorded for another request. Look it up and replay its response.");
  }
}

/**
 * A networked store (PostgreSQL) cannot be reached right now: the request did not complete and may be
 * retried (a write with its opc-retry-token). The server answers 503 and reconnects by itself.
 */
export class StoreUnavailableError extends StoreError {
  override readonly name = "StoreUnavailableError";
  constructor(readonly reason: string) {
    super(
      "STORE_UNAVAILABLE",
      `The demo server's database is not reachable (${reason}). Retry shortly (writes with their opc-retry-token); the server reconnects by itself.`,
    );
  }
}

/** A backup-policy slot is already recorded as fired (its unique constraint): the slot must not fire again. */
export class SlotAlreadyFiredError extends StoreError {
  override readonly name = "SlotAlreadyFiredError";
  constructor(readonly assignmentId: string, readonly period: string, readonly slotMs: number) {
    super(
      "SLOT_ALREADY_FIRED",
      `Slot ${new Date(slotMs).toISOString()} of the ${period} schedule of assignment ${assignmentId} has already fired; ` +
        "another pass (or replica) applied it. Read the cursor again.",
    );
  }
}
