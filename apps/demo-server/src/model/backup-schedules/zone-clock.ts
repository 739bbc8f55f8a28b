/**
 * Conversions between instants (epoch ms) and the wall clock of an IANA time zone, with no library:
 * `Intl.DateTimeFormat` gives the zone's UTC offset at an instant. "Wall ms" is a local date and time
 * written as if it were UTC (Date.UTC of the local fields), so calendar arithmetic can use UTC methods.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** One zone's offset lookups, memoised per hour of UTC (zone transitions of modelled regions fall on whole hours). */
export class ZoneClock {
  readonly zone: string;
  readonly #format: Intl.DateTimeFormat | undefined;
  readonly #offsets = new Map<number, number>();

  constructor(zone: string) {
    this.zone = zone;
    this.#format =
      zone === "UTC"
        ? undefined
        : new Intl.DateTimeFormat("en-US", {
            timeZone: zone,
            hourCycle: "h23",
            year: "numeric",
            month: "numeric",
            day: "numeric",
            hour: "numeric",
            minute: "numeric",
            second: "numeric",
          });
  }

  /** The zone's offset from UTC at `instantMs`, in ms (local = UTC + offset). */
  offsetAt(instantMs: number): number {
    if (this.#format === undefined) return 0;
    const hour = Math.floor(instantMs / HOUR_MS);
    let offset = this.#offsets.get(hour);
    if (offset === undefined) {
      offset = this.#exactOffset(hour * HOUR_MS);
      this.#offsets.set(hour, offset);
    }
    return offset;
  }

  #exactOffset(instantMs: number): number {
    const parts: Record<string, number> = {};
    for (const part of this.#format!.formatToParts(new Date(instantMs))) {
      if (part.type !== "literal") parts[part.type] = Number(part.value);
    }
    const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
    return wall - Math.floor(instantMs / 1000) * 1000;
  }

  /** Wall ms of an instant. */
  toWall(instantMs: number): number {
    return instantMs + this.offsetAt(instantMs);
  }

  /**
   * The instant a wall time denotes. A wall time that occurs twice (clocks set back) is its first
   * occurrence; one that does not occur (clocks set forward) is moved forward by the gap, so 02:30 on
   * a spring-forward night is 03:30 of the new offset.
   */
  toInstant(wallMs: number): number {
    const before = this.offsetAt(wallMs - DAY_MS);
    const after = this.offsetAt(wallMs + DAY_MS);
    const candidates = [wallMs - before, wallMs - after].filter((instant) => this.offsetAt(instant) === wallMs - instant);
    if (candidates.length > 0) return Math.min(...candidates);
    return wallMs - before;
  }
}
