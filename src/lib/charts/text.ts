import type { Claim, ClaimValue } from "../../schemas/claim.ts";
import { formatDay, formatNumber, formatValue } from "../claims/format.ts";

// formatValue and formatDay build an Intl formatter on every call (about 0.1 ms each), which
// dominates a 500-claim chart; figures and days repeat a lot, so remember them.
const values = new Map<string, string>();
const days = new Map<string, string>();
const LIMIT = 5000;

function remember(cache: Map<string, string>, key: string, make: () => string): string {
  let text = cache.get(key);
  if (text === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    text = make();
    cache.set(key, text);
  }
  return text;
}

/** formatValue, memoised: "roughly 1,000". */
export function valueText(value: ClaimValue, locale: string): string {
  const key =
    value.kind === "range"
      ? `${locale}|range|${value.low}|${value.high}`
      : `${locale}|${value.kind}|${value.n}|${"qualifier" in value ? (value.qualifier ?? "") : ""}`;
  return remember(values, key, () => formatValue(value, locale));
}

/** formatDay, memoised: "23 December 2024". */
export function dayText(day: string, locale: string): string {
  return remember(days, `${locale}|${day}`, () => formatDay(day, locale));
}

/** "1 Jan": a claim's day on a chart label. */
export function shortDayText(day: string, locale: string): string {
  return remember(days, `${locale}|short|${day}`, () =>
    new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short" }).format(
      new Date(`${day}T00:00:00Z`),
    ),
  );
}

/**
 * The figure as a chart label says it. A figure we converted from the claimant's words (the
 * claim's `inferred`) is marked as ours: "up to ≈ 1,000 by our conversion".
 */
export function figureText(claim: Pick<Claim, "value" | "inferred">, locale: string): string {
  if (!claim.inferred) return valueText(claim.value, locale);
  const v = claim.value;
  const n = (x: number) => formatNumber(x, locale);
  const figure = v.kind === "range" ? `≈ ${n(v.low)}\u2013${n(v.high)}` : `≈ ${n(v.n)}`;
  const bound = v.kind === "atLeast" ? "at least " : v.kind === "atMost" ? "up to " : "";
  return `${bound}${figure} by our conversion`;
}

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** A count as prose writes it: in words up to ten ("two claimants"), in figures beyond. */
export function count(n: number): string {
  return WORDS[n] ?? formatNumber(n);
}
