import type { ClaimValue } from "../../schemas/claim.ts";
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

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** A count as prose writes it: in words up to ten ("two claimants"), in figures beyond. */
export function count(n: number): string {
  return WORDS[n] ?? formatNumber(n);
}
