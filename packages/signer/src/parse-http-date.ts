// Month abbreviations keyed by their three char codes packed into one number (no substring per call).
const MONTHS = new Map<number, number>(
  ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((m, i) => [
    monthKey(m, 0),
    i,
  ]),
);

function monthKey(text: string, at: number): number {
  return (text.charCodeAt(at) << 16) | (text.charCodeAt(at + 1) << 8) | text.charCodeAt(at + 2);
}

function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Milliseconds since the epoch of an HTTP date, or NaN. IMF-fixdate (`Thu, 05 Jan 2014 21:31:40 GMT`,
 * what every OCI SDK sends) is read by position, several times faster than `Date.parse` on the
 * verifier's hot path; anything else goes to `Date.parse`. The weekday is not checked, as in
 * `Date.parse` (Oracle's own test vectors carry a wrong one).
 * @internal
 */
export function parseHttpDate(text: string): number {
  // Requests signed within the same second carry the same date: one comparison instead of a parse.
  if (text === lastText) return lastTime;
  const time = parseUncached(text);
  lastText = text;
  lastTime = time;
  return time;
}

let lastText = "";
let lastTime = Number.NaN;

function parseUncached(text: string): number {
  if (text.length === 29 && text.charCodeAt(3) === 44 && text.slice(25) === " GMT") {
    const day = digits(text, 5, 2);
    const month = MONTHS.get(monthKey(text, 8));
    const year = digits(text, 12, 4);
    const hour = digits(text, 17, 2);
    const minute = digits(text, 20, 2);
    const second = digits(text, 23, 2);
    if (
      month !== undefined &&
      // Days 29–31 exist only in some months; leaving them to Date.parse spares a per-month table.
      day >= 1 &&
      day <= 28 &&
      year >= 0 &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59 &&
      text.charCodeAt(4) === 32 &&
      text.charCodeAt(7) === 32 &&
      text.charCodeAt(11) === 32 &&
      text.charCodeAt(16) === 32 &&
      text.charCodeAt(19) === 58 &&
      text.charCodeAt(22) === 58
    ) {
      return Date.UTC(year, month, day, hour, minute, second);
    }
  }
  return Date.parse(text);
}
