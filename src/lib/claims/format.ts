import {
  metricSpec,
  QUALIFIERS,
  type Claim,
  type ClaimValue,
  type Metric,
  type QualifiedKind,
} from "../../schemas/claim.ts";

// Building an Intl formatter costs far more than using one; charts format hundreds of figures.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dayFormats = new Map<string, Intl.DateTimeFormat>();
// And using one costs far more than looking its answer up: a build formats the same few
// thousand figures and days on every page that shows them (tables, popups, labels, data).
const formatted = new Map<string, string>();

/** A figure as a reader sees it in running text: "3,000", "1.5", "12,000". */
export function formatNumber(n: number, locale = "en-GB"): string {
  const key = `${locale}|${Object.is(n, -0) ? "-0" : n}`;
  let text = formatted.get(key);
  if (text === undefined) {
    let format = numberFormats.get(locale);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      numberFormats.set(locale, format);
    }
    text = format.format(n);
    formatted.set(key, text);
  }
  return text;
}

/**
 * The word a bound or an estimate is read with: the claim's own `qualifier` ("no more than",
 * "more than", "about"), else its kind's usual word ("up to", "at least", "roughly"); none for a
 * point or a range. The one place these words are chosen: prose, popups, tables, downloads and
 * feeds all read them from here (through `formatValue`).
 */
export function qualifierOf(value: ClaimValue): string | undefined {
  if (value.kind === "point" || value.kind === "range") return undefined;
  return value.qualifier ?? QUALIFIERS[value.kind satisfies QualifiedKind][0];
}

/**
 * What a chart's key calls a kind's symbol: the word its figures use when they all use one ("no
 * more than"), else the kind's usual word ("up to").
 */
export function keyWord(kind: QualifiedKind, values: Iterable<ClaimValue>): string {
  const used = new Set<string>();
  for (const v of values) if (v.kind === kind) used.add(qualifierOf(v) ?? "");
  const [only] = used;
  return used.size === 1 && only ? only : QUALIFIERS[kind][0];
}

/**
 * A claim's value in words, the same everywhere it appears (prose, table, chart, download):
 * point "3,000"; approx "roughly 1,000"; range "10,000–12,000"; atLeast "at least 38,000";
 * atMost "up to 1,000", or with the claimant's word: "no more than 30,000", "more than 50,000".
 */
export function formatValue(value: ClaimValue, locale = "en-GB"): string {
  const f = (n: number) => formatNumber(n, locale);
  if (value.kind === "range") return `${f(value.low)}\u2013${f(value.high)}`; // en dash, no spaces
  const word = qualifierOf(value);
  return word ? `${word} ${f(value.n)}` : f(value.n);
}

/** The lowest and highest figure a value allows, as far as it says (bounds are open one way). */
export function valueExtent(value: ClaimValue): { low: number; high: number } {
  return value.kind === "range"
    ? { low: value.low, high: value.high }
    : { low: value.n, high: value.n };
}

function dayFormat(locale: string, month: "long" | "short"): Intl.DateTimeFormat {
  const key = `${locale}|${month}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month,
      year: "numeric",
      timeZone: "UTC",
    });
    dayFormats.set(key, format);
  }
  return format;
}

const asDate = (day: string | Date) => (day instanceof Date ? day : new Date(`${day}T00:00:00Z`));

/** "23 December 2024" (or "23 Dec 2024" with `short`), read in UTC so no zone shifts the day. */
export function formatDay(
  day: string | Date,
  locale = "en-GB",
  month: "long" | "short" = "long",
): string {
  if (day instanceof Date) return dayFormat(locale, month).format(day);
  const key = `${locale}|${month}|${day}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = dayFormat(locale, month).format(asDate(day));
    formatted.set(key, text);
  }
  return text;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "14:00": a publication time, in UTC like every stamp on the site. */
export function formatTime(instant: Date, locale = "en-GB"): string {
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      hour: "2-digit",
      minute: "2-digit",
      timeZone: "UTC",
    });
    timeFormats.set(locale, format);
  }
  return format.format(instant);
}

/** "3–4 January 2025", "6 August 2024 – 1 January 2025". */
export function formatPeriod(period: { from: string; to: string }, locale = "en-GB"): string {
  if (period.from === period.to) return formatDay(period.from, locale);
  return dayFormat(locale, "long").formatRange(asDate(period.from), asDate(period.to));
}

/** What a metric counts, in words for tables and descriptions: its configured label. */
export function metricWords(metric: Metric): string {
  return metricSpec(metric)?.label ?? metric.replace(/-/g, " ");
}

/** "Event, 3–4 January 2025" or "Total to date" / "Total, 6 August 2024 – 1 January 2025". */
export function formatScope(claim: Pick<Claim, "scope" | "period">, locale = "en-GB"): string {
  if (claim.scope === "event")
    return claim.period ? `One episode, ${formatPeriod(claim.period, locale)}` : "One episode";
  return claim.period ? `Total, ${formatPeriod(claim.period, locale)}` : "Total to date";
}

const STATUS_WORDS: Record<Claim["status"], string> = {
  unverified: "Not independently verified",
  corroborated: "Corroborated by other sources",
  disputed: "Disputed",
  retracted: "Retracted by the claimant",
};

export function formatStatus(status: Claim["status"]): string {
  return STATUS_WORDS[status];
}
