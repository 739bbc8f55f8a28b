import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoreClient } from "./create-core-client.js";
import { getVolumeGroupBackup } from "./volume-group-backup-operations.js";
import { waitForState, type WaitState } from "./wait-for-state.js";
import { waitForVolumeGroupBackup } from "./wait-for-resource.js";
import { WaiterOptionsError } from "./waiter-options-error.js";
import { OciServiceError } from "./oci-service-error.js";
import { generateTestKey, startTestServer, type Reply, type TestServer } from "../test/oci-test-server.js";

const key = generateTestKey();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(key);
});
afterAll(() => server.close());

const ID = "ocid1.volumegroupbackup.oc1..w";
const at = (lifecycleState: string): Reply => ({
  status: 200,
  body: {
    id: ID,
    compartmentId: "c",
    displayName: "w",
    lifecycleState,
    timeCreated: "2026-01-01T00:00:00Z",
    type: "FULL",
  },
});
const gone: Reply = { status: 404, body: { code: "NotAuthorizedOrNotFound", message: "gone" } };

interface Case {
  name: string;
  replies: Reply[];
  states: string[];
  failStates?: string[];
  maxWaitSeconds?: number;
  abortAfterPolls?: number;
  expected: WaitState;
  polls: number;
  lastState?: string | undefined;
  notFound?: boolean;
  /** Pauses asked of `sleep`, in ms, when the case pins them. */
  slept?: number[];
  elapsedSeconds?: number;
}

const cases: Case[] = [
  {
    name: "reaches AVAILABLE",
    replies: [at("REQUEST_RECEIVED"), at("CREATING"), at("AVAILABLE")],
    states: ["AVAILABLE"],
    failStates: ["FAULTY"],
    expected: "SUCCESS",
    polls: 3,
    lastState: "AVAILABLE",
  },
  {
    name: "matches states case-insensitively",
    replies: [at("AVAILABLE")],
    states: ["available"],
    expected: "SUCCESS",
    polls: 1,
    lastState: "AVAILABLE",
  },
  {
    name: "stops on a fail state",
    replies: [at("CREATING"), at("FAULTY")],
    states: ["AVAILABLE"],
    failStates: ["FAULTY", "TERMINATED"],
    expected: "FAILURE",
    polls: 2,
    lastState: "FAULTY",
  },
  {
    name: "times out",
    replies: Array(20).fill(at("CREATING")),
    states: ["AVAILABLE"],
    maxWaitSeconds: 25,
    expected: "TIMEOUT",
    polls: 4,
    lastState: "CREATING",
    slept: [10_000, 10_000, 5_000],
    elapsedSeconds: 25,
  },
  {
    name: "is aborted",
    replies: Array(20).fill(at("CREATING")),
    states: ["AVAILABLE"],
    abortAfterPolls: 2,
    expected: "ABORTED",
    polls: 2,
    lastState: "CREATING",
  },
  {
    name: "treats 404 as TERMINATED when deleting",
    replies: [at("TERMINATING"), gone],
    states: ["TERMINATED"],
    expected: "SUCCESS",
    polls: 2,
    lastState: "TERMINATING",
    notFound: true,
  },
];

describe("waitForState against a server", () => {
  it.each(cases)("$name", async (c) => {
    server.requests.length = 0;
    server.setHandler((_r, i) => c.replies[i] ?? at("CREATING"));
    const client = createCoreClient({ endpoint: server.url, auth: key, retry: false });
    let clock = 0;
    const controller = new AbortController();
    const slept: number[] = [];
    const result = await waitForVolumeGroupBackup(client, ID, {
      states: c.states,
      failStates: c.failStates,
      maxWaitSeconds: c.maxWaitSeconds,
      intervalSeconds: 10,
      signal: controller.signal,
      onPoll: (_r, poll) => {
        if (poll === c.abortAfterPolls) controller.abort();
      },
      now: () => new Date(clock),
      sleep: async (ms) => {
        slept.push(ms);
        clock += ms;
      },
    });
    expect(result.state).toBe(c.expected);
    expect(result.polls).toBe(c.polls);
    expect(result.last?.lifecycleState).toBe(c.lastState);
    expect(result.notFound).toBe(c.notFound ?? false);
    expect(server.requests).toHaveLength(c.polls);
    if (c.slept !== undefined) expect(slept).toEqual(c.slept);
    if (c.elapsedSeconds !== undefined) expect(result.elapsedSeconds).toBe(c.elapsedSeconds);
  });

  it("lets other errors through, including 404 when not waiting for TERMINATED", async () => {
    server.setHandler(() => gone);
    const client = createCoreClient({ endpoint: server.url, auth: key, retry: false });
    await expect(
      waitForState({ get: () => getVolumeGroupBackup(client, ID), states: ["AVAILABLE"], sleep: async () => {} }),
    ).rejects.toBeInstanceOf(OciServiceError);
  });
});

describe("waitForState options", () => {
  const get = async () => ({ lifecycleState: "AVAILABLE" });
  it.each([
    [{ states: [] }, "states is empty"],
    [{ states: ["AVAILABLE"], failStates: ["AVAILABLE"] }, "AVAILABLE is both a target and a fail state"],
    [{ states: ["AVAILABLE"], maxWaitSeconds: -1 }, "maxWaitSeconds is -1"],
    [{ states: ["AVAILABLE"], intervalSeconds: 0 }, "intervalSeconds is 0"],
    [{ states: ["AVAILABLE"], intervalSeconds: Number.NaN }, "intervalSeconds is NaN"],
  ])("rejects %j", async (options, problem) => {
    const error = await waitForState({ get, ...options }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterOptionsError);
    expect((error as WaiterOptionsError).code).toBe("INVALID_WAITER_OPTIONS");
    expect((error as Error).message).toContain(problem);
  });
});
