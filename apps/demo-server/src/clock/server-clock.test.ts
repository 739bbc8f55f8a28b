import { describe, expect, it } from "vitest";
import { ClockAdvanceError, MAX_ADVANCE_SECONDS, ServerClock } from "./server-clock.js";

describe("ServerClock", () => {
  it("is real time plus the offset, and advances add to the offset", () => {
    let real = 1_000_000;
    const clock = new ServerClock({ realNow: () => real, initialOffsetSeconds: 60 });
    expect(clock.nowMs()).toBe(1_060_000);
    expect(clock.advance(3600)).toBe(1_000_000 + 3_660_000);
    real += 5;
    expect(clock.nowMs()).toBe(1_000_005 + 3_660_000);
    expect(clock.offsetSeconds()).toBe(3660);
  });

  it("never goes backwards when real time steps back", () => {
    let real = 5_000;
    const clock = new ServerClock({ realNow: () => real });
    expect(clock.nowMs()).toBe(5_000);
    real = 1_000;
    expect(clock.nowMs()).toBe(5_000);
    real = 6_000;
    expect(clock.nowMs()).toBe(6_000);
  });

  it("resumes from a persisted state: the stored offset and floor win over a smaller start offset", () => {
    const first = new ServerClock({ realNow: () => 10_000, initialOffsetSeconds: 100 });
    first.advance(50);
    const saved = first.state();
    const restarted = new ServerClock({ realNow: () => 2_000, state: saved, initialOffsetSeconds: 0 });
    expect(restarted.offsetSeconds()).toBe(150);
    expect(restarted.nowMs()).toBe(saved.highWaterMs); // the real clock is behind: hold at the floor
  });

  it.each([[-1, /never moves backwards/], [1.5, /whole number/], ["10", /whole number/], [null, /whole number/], [MAX_ADVANCE_SECONDS + 1, /ten years/]])(
    "refuses advanceSeconds %j with a ClockAdvanceError",
    (value, message) => {
      const clock = new ServerClock({ realNow: () => 0 });
      expect(() => clock.advance(value)).toThrow(ClockAdvanceError);
      expect(() => clock.advance(value)).toThrow(message);
      expect(clock.offsetSeconds()).toBe(0);
    },
  );

  it("accepts an advance of 0", () => {
    const clock = new ServerClock({ realNow: () => 7 });
    expect(clock.advance(0)).toBe(7);
  });
});
