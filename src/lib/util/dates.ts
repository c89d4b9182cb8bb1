/** Calendar dates as written in content: `YYYY-MM-DD`, checked against the real calendar. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

/** True for a real `YYYY-MM-DD` date: 2025-02-29 and 2024-13-01 are false. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** True for a real date, optionally with a time and zone (`2025-01-05T14:00:00Z`). */
export function isCalendarDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m || !isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  const [h, min, s] = [m[4], m[5], m[6]].map((x) => (x === undefined ? 0 : Number(x)));
  return h! <= 23 && min! <= 59 && s! <= 59;
}

/** A YAML/JS Date (YAML parsers turn bare dates into Dates) back to the text an author wrote. */
export function dateToIso(value: Date): string {
  const iso = value.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
}

/** The `YYYY-MM-DD` day of an instant, in UTC. */
export function isoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/**
 * "Now" for date checks: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention)
 * when set, so tests and rebuilds of old content are deterministic; the clock otherwise.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}
