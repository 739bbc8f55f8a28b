import { describe, expect, it } from "vitest";
import { backoffDelay, parseRetryAfter } from "./backoff.js";
import { DEFAULT_RETRY, resolveRetryOptions } from "./retry-options.js";
import { RetryOptionsError } from "./retry-options-error.js";

describe("backoffDelay", () => {
  it.each([
    // attempt, random, expected ms (base 1000, cap 30000)
    [1, 0.999, 999],
    [2, 0.5, 1000],
    [3, 0.5, 2000],
    [5, 0.999, 15_984],
    [6, 0.999, 29_970],
    [7, 0.999, 29_970],
    [3, 0, 0],
  ])("attempt %i with random %d waits %i ms", (attempt, random, expected) => {
    expect(backoffDelay(attempt, DEFAULT_RETRY, () => random)).toBe(expected);
  });
});

describe("parseRetryAfter", () => {
  const now = () => new Date("2026-11-27T10:00:00Z");
  it.each([
    ["2", 2000],
    [" 0.5 ", 500],
    ["0", 0],
    ["Fri, 27 Nov 2026 10:00:07 GMT", 7000],
    ["Fri, 27 Nov 2026 09:59:00 GMT", 0],
    ["soon", undefined],
    ["-3", undefined],
    [null, undefined],
  ])("%j → %j ms", (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe("resolveRetryOptions", () => {
  it.each([
    [undefined, { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 30_000 }],
    [false as const, { maxAttempts: 1, baseDelayMs: 1000, maxDelayMs: 30_000 }],
    [{ maxAttempts: 3 }, { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 30_000 }],
    [
      { baseDelayMs: 10, maxDelayMs: 100 },
      { maxAttempts: 8, baseDelayMs: 10, maxDelayMs: 100 },
    ],
  ])("%j → %j", (input, expected) => {
    expect(resolveRetryOptions(input)).toEqual(expected);
  });

  it.each([
    [{ maxAttempts: 0 }, "maxAttempts is 0"],
    [{ maxAttempts: 1.5 }, "maxAttempts is 1.5"],
    [{ baseDelayMs: -1 }, "baseDelayMs is -1"],
    [{ baseDelayMs: 5000, maxDelayMs: 100 }, "maxDelayMs is 100"],
  ])("rejects %j", (input, problem) => {
    expect(() => resolveRetryOptions(input)).toThrow(RetryOptionsError);
    expect(() => resolveRetryOptions(input)).toThrow(problem);
  });
});
