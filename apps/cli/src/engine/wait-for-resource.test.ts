import { OciServiceError } from "@ocikit/core";
import { describe, expect, it } from "vitest";
import { pythonTuple, waitForResource } from "./wait-for-resource.js";
import { bufferIo } from "../../test/buffer-io.js";
import { exitCodeOf } from "../errors/report-error.js";
import type { Api, ApiResult, WaitSpec } from "../types.js";

const SPEC: WaitSpec = {
  model: "VolumeGroupBackup",
  states: [],
  getPath: "/volumeGroupBackups/{id}",
  getOperation: "GetVolumeGroupBackup",
  idParam: "id",
  invoke: () => Promise.reject(new Error("the scripted Api answers instead")),
  idFrom: { response: true },
};

/** An Api whose GETs answer from a script: a state, or a status to fail with. */
function scriptedApi(script: Array<string | number>): Api & { calls: string[] } {
  const calls: string[] = [];
  return {
    baseUrl: "http://127.0.0.1:1/20160918",
    calls,
    async call(call): Promise<ApiResult> {
      calls.push(`${call.method} ${call.path.replace("{id}", call.pathParams["id"] ?? "")}`);
      const next = script.shift();
      if (typeof next === "number") throw new OciServiceError({ status: next, code: "NotAuthorizedOrNotFound", serviceMessage: "gone" });
      return { status: 200, headers: new Headers({ etag: "e" }), data: { id: "b", lifecycleState: next } };
    },
  };
}

describe("waitForResource", () => {
  it("formats states like a Python tuple", () => {
    expect(pythonTuple(["AVAILABLE"])).toBe("('AVAILABLE',)");
    expect(pythonTuple(["AVAILABLE", "FAULTY"])).toBe("('AVAILABLE', 'FAULTY')");
  });

  it.each([
    { name: "a target state", script: ["AVAILABLE"], states: ["AVAILABLE"], result: { data: expect.objectContaining({ id: "b", "lifecycle-state": "AVAILABLE", "expiration-time": null }), etag: "e" } },
    { name: "a 404 while waiting for TERMINATED", script: [404], states: ["TERMINATED"], result: undefined },
  ])("ends with success on $name", async ({ script, states, result }) => {
    const { io, out } = bufferIo();
    const api = scriptedApi([...script]);
    await expect(waitForResource(io, { api, spec: SPEC, id: "b", states, maxWaitSeconds: 60, intervalSeconds: 1, requestId: undefined })).resolves.toEqual(result);
    expect(api.calls).toEqual(["GET /volumeGroupBackups/b"]);
    expect(out.stderr).toBe(`Action completed. Waiting until the resource has entered state: ${pythonTuple(states)}\n`);
  });

  it.each([
    { name: "times out with exit code 2", script: ["CREATING"], maxWait: 0, code: "WAIT_TIMEOUT", exitCode: 2, state: "CREATING" },
    { name: "stops at FAULTY with exit code 1", script: ["FAULTY"], maxWait: 60, code: "WAIT_FAILED", exitCode: 1, state: "FAULTY" },
  ])("$name, carrying the last resource", async ({ script, maxWait, code, exitCode, state }) => {
    const { io } = bufferIo();
    const error = await waitForResource(io, { api: scriptedApi([...script]), spec: SPEC, id: "b", states: ["AVAILABLE"], maxWaitSeconds: maxWait, intervalSeconds: 1, requestId: undefined }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code, lastResult: { data: { "lifecycle-state": state } } });
    expect(exitCodeOf(error)).toBe(exitCode);
  });

  it.each([
    { name: "a 30 s interval", interval: 30, pauses: [1000, 2000, 4000, 8000, 16000, 30000, 30000] },
    { name: "a 5 s interval", interval: 5, pauses: [1000, 2000, 4000, 5000, 5000, 5000, 5000] },
    { name: "a 1 s interval", interval: 1, pauses: [1000, 1000, 1000, 1000, 1000, 1000, 1000] },
  ])("pauses 1 s and doubles up to $name, like the OCI CLI's waiter", async ({ interval, pauses }) => {
    const { io } = bufferIo();
    const slept: number[] = [];
    const api = scriptedApi([...Array.from({ length: pauses.length }, () => "CREATING"), "AVAILABLE"]);
    const result = await waitForResource(io, { api, spec: SPEC, id: "b", states: ["AVAILABLE"], maxWaitSeconds: 1200, intervalSeconds: interval, requestId: undefined, sleep: async (ms) => void slept.push(ms) });
    expect(result).toMatchObject({ data: { "lifecycle-state": "AVAILABLE" } });
    expect(slept).toEqual(pauses);
    expect(api.calls).toHaveLength(pauses.length + 1);
  });

  it("does not hide other service errors", async () => {
    const { io } = bufferIo();
    const wait = waitForResource(io, { api: scriptedApi([404]), spec: SPEC, id: "b", states: ["AVAILABLE"], maxWaitSeconds: 60, intervalSeconds: 1, requestId: undefined });
    await expect(wait).rejects.toBeInstanceOf(OciServiceError);
  });
});
