import { OciError } from "@ocikit/signer/errors";
/**
 * Thrown by `waitForState` when its options cannot describe a wait.
 * @public
 */
export class WaiterOptionsError extends OciError<"INVALID_WAITER_OPTIONS"> {
  override readonly name = "WaiterOptionsError";
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      "INVALID_WAITER_OPTIONS",
      `Invalid waiter options: ${problems.join("; ")}. Pass at least one target state, fail states ` +
        `that are not also targets, maxWaitSeconds >= 0 and intervalSeconds > 0.`,
    );
    this.problems = problems;
  }
}
