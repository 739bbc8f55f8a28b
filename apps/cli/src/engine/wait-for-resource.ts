import { defaultSleep, waitForState, type Sleep } from "@ocikit/core";
import { doublingSleep } from "./doubling-sleep.js";
import { CliUsageError, WaitEndedError } from "../errors/cli-errors.js";
import { responseDocument } from "./response-document.js";
import type { Api, ApiResult, CliIo, WaitSpec } from "../types.js";

export interface WaitRequest {
  api: Api;
  spec: WaitSpec;
  id: string;
  states: readonly string[];
  maxWaitSeconds: number;
  intervalSeconds: number;
  requestId: string | undefined;
  /** The timer behind each pause (default: a real timer). */
  sleep?: Sleep;
}

/** Python's repr of a tuple of strings, as the OCI CLI prints the states it waits for. */
export function pythonTuple(values: readonly string[]): string {
  const items = values.map((v) => `'${v}'`);
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}

function stateOf(result: ApiResult): string | undefined {
  const state = (result.data as { lifecycleState?: unknown } | null | undefined)?.lifecycleState;
  return typeof state === "string" ? state : undefined;
}

/**
 * Polls the resource until it reaches one of `states`, like the OCI CLI's `--wait-for-state`. Returns the
 * document of the last read (undefined when the resource is gone and that counts as success). A timeout or
 * a hopeless state (FAULTY, or TERMINATED when not asked for) throws `WaitEndedError` carrying the last document.
 */
export async function waitForResource(io: CliIo, request: WaitRequest): Promise<Record<string, unknown> | undefined> {
  const { api, spec, id, states } = request;
  if (request.intervalSeconds <= 0) throw new CliUsageError("--wait-interval-seconds must be at least 1.", "BAD_WAIT_INTERVAL");
  if (request.maxWaitSeconds < 0) throw new CliUsageError("--max-wait-seconds cannot be negative.", "BAD_MAX_WAIT");
  io.stderr.write(`Action completed. Waiting until the resource has entered state: ${pythonTuple(states)}\n`);
  const failStates = ["FAULTY", "TERMINATED"].filter((s) => !states.includes(s));
  const started = io.now().getTime();
  const progress = io.stderr.isTTY;
  const headers: Record<string, string> = request.requestId === undefined ? {} : { "opc-request-id": request.requestId };
  const result = await waitForState<ApiResult>({
    get: () =>
      api.call({
        operationId: spec.getOperation,
        method: "GET",
        path: spec.getPath,
        pathParams: { [spec.idParam]: id },
        query: {},
        headers,
        invoke: spec.invoke,
      }),
    states,
    failStates,
    maxWaitSeconds: request.maxWaitSeconds,
    intervalSeconds: request.intervalSeconds,
    sleep: doublingSleep(request.sleep ?? defaultSleep, request.intervalSeconds),
    stateOf,
    now: io.now,
    onPoll: (last) => {
      if (!progress) return;
      const elapsed = Math.round((io.now().getTime() - started) / 1000);
      io.stderr.write(`\rWaiting for ${states.join("|")}: state ${stateOf(last) ?? "unknown"}, ${elapsed}s elapsed `);
    },
  });
  if (progress) io.stderr.write("\n");
  const last = result.last === undefined ? undefined : responseDocument(result.last, spec.model);
  if (result.state === "SUCCESS") return result.notFound ? undefined : last;
  const lastState = result.last === undefined ? "unknown" : (stateOf(result.last) ?? "unknown");
  if (result.state === "TIMEOUT") {
    throw new WaitEndedError(
      "WAIT_TIMEOUT",
      `The resource did not reach ${states.join(" or ")} within ${request.maxWaitSeconds} seconds (last state: ${lastState}). Its last known state is printed; wait longer with --max-wait-seconds.`,
      last,
    );
  }
  throw new WaitEndedError(
    "WAIT_FAILED",
    `The resource entered ${lastState} while waiting for ${states.join(" or ")}, so it will not get there. Its last known state is printed; check the resource before retrying.`,
    last,
  );
}
