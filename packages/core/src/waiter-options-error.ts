/**
 * Thrown by `waitForState` when its options cannot describe a wait.
 * @public
 */
export class WaiterOptionsError extends Error {
  override readonly name = "WaiterOptionsError";
  readonly code = "InvalidWaiterOptions";
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      `Invalid waiter options: ${problems.join("; ")}. Pass at least one target state, fail states ` +
        `that are not also targets, maxWaitSeconds >= 0 and intervalSeconds > 0.`,
    );
    this.problems = problems;
  }
}
