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
 * verifier's hot path. Only the three forms of RFC 7231 § 7.1.1.1 are dates: IMF-fixdate, the obsolete
 * RFC 850 form (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`); ISO 8601,
 * `Date.prototype.toString()` and the rest of what `Date.parse` guesses at are NaN. The weekday is not
 * checked (Oracle's own test vectors carry a wrong one).
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
  return parseOtherForms(text);
}

const IMF_FIXDATE = /^[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC_850 = /^[A-Z][a-z]{5,8}, (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

function utc(year: number, monthName: string, day: number, hour: number, minute: number, second: number): number {
  const month = MONTHS.get(monthKey(monthName, 0));
  if (month === undefined || hour > 23 || minute > 59 || second > 60) return Number.NaN;
  const time = Date.UTC(year, month, day, hour, minute, second);
  // Day 31 of a 30-day month (and 29 February of a common year) does not exist.
  return new Date(time).getUTCDate() === day && day >= 1 ? time : Number.NaN;
}

function parseOtherForms(text: string): number {
  let m = IMF_FIXDATE.exec(text);
  if (m !== null) return utc(Number(m[3]), m[2] as string, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  m = RFC_850.exec(text);
  if (m !== null) {
    // Two-digit years: RFC 7231 reads a year more than 50 years ahead as the past century's.
    const yy = Number(m[3]);
    const year = yy + (yy <= (new Date().getUTCFullYear() % 100) + 50 ? 2000 : 1900);
    return utc(year, m[2] as string, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  }
  m = ASCTIME.exec(text);
  if (m !== null)
    return utc(Number(m[6]), m[1] as string, Number((m[2] as string).trim()), Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.NaN;
}
