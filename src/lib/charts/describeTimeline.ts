import type { Claim, Metric } from "../../schemas/claim.ts";
import { formatNumber, metricWords, valueExtent } from "../claims/format.ts";
import { latestByClaimant } from "../claims/query.ts";
import { chartTitle, type SubjectWords } from "../claims/wording.ts";
import { byDateThenId } from "../util/ordering.ts";
import { count, dayText, valueText } from "./text.ts";

/** The chart's title, from the metric's configured `title`: "Claims of casualties among …". */
export function timelineTitle(subject: SubjectWords, metric: Metric): string {
  return chartTitle(metric, subject);
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The subtitle: the metric and what the chart draws, and nothing it does not ("lines join ..."
 * only when a line is drawn).
 */
export function timelineSubtitle(
  metric: Metric,
  drawn: { lines: number; panels: number; spans: number },
): string {
  return [
    `${capitalise(metricWords(metric))}, by the date each claim was made`,
    drawn.lines > 0 ? "lines join each claimant's running totals" : "",
    drawn.panels > 1
      ? "running totals and single episodes on separate scales"
      : drawn.spans > 0
        ? "single episodes span their dates"
        : "",
  ]
    .filter(Boolean)
    .join("; ");
}
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** "Pentagon's", "US and South Korean intelligence estimates'". */
export const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

/** "A", "A and B", "A, B and C"; beyond six, the first five "and 3 others". */
function listOf(items: readonly string[]): string {
  const shown = items.length > 6 ? [...items.slice(0, 5), `${items.length - 5} others`] : items;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

/**
 * The chart's description for screen readers and the page: how many claims from whom over which
 * dates, the highest and lowest figures and who gave them, and the plainest disagreement between
 * claimants' latest totals. "No claims to plot." when there are none.
 */
export function describeTimeline(
  claims: readonly Claim[],
  names: ReadonlyMap<string, string>,
  locale = "en-GB",
): string {
  if (claims.length === 0) return "No claims to plot.";
  const name = (id: string) => names.get(id) ?? id;
  const said = (c: Claim) =>
    `${possessive(name(c.claimant))} ${valueText(c.value, locale)} (${dayText(c.date, locale)})`;
  const sorted = [...claims].sort(byDateThenId);
  const first = sorted[0] as Claim;
  const last = sorted.at(-1) as Claim;

  if (sorted.length === 1) {
    return `One claim, by ${name(first.claimant)} on ${dayText(first.date, locale)}: ${valueText(first.value, locale)}.`;
  }

  const sentences: string[] = [];
  const claimants = [...new Set(sorted.map((c) => c.claimant))];
  const who =
    claimants.length === 1
      ? name(first.claimant)
      : `${count(claimants.length)} claimants (${listOf(claimants.map(name))})`;
  const when =
    first.date === last.date
      ? `all made on ${dayText(first.date, locale)}`
      : `made between ${dayText(first.date, locale)} and ${dayText(last.date, locale)}`;
  sentences.push(`${capitalise(plural(sorted.length, "claim", "claims"))} from ${who}, ${when}.`);

  // Highest and lowest: among the totals when totals and single episodes are mixed, since an
  // episode's figure is naturally smaller than a running total.
  const events = sorted.filter((c) => c.scope === "event");
  const mixed = events.length > 0 && events.length < sorted.length;
  const pool = mixed ? sorted.filter((c) => c.scope === "cumulative") : sorted;
  const noun = mixed ? "total" : "figure";
  if (pool.length > 1) {
    let highest = pool[0] as Claim;
    let lowest = pool[0] as Claim;
    for (const c of pool) {
      if (valueExtent(c.value).high > valueExtent(highest.value).high) highest = c;
      if (valueExtent(c.value).low < valueExtent(lowest.value).low) lowest = c;
    }
    if (valueExtent(highest.value).high > valueExtent(lowest.value).low) {
      sentences.push(`The highest ${noun} is ${said(highest)}; the lowest is ${said(lowest)}.`);
    } else if (new Set(pool.map((c) => valueText(c.value, locale))).size === 1) {
      sentences.push(`Every ${noun} is ${valueText(highest.value, locale)}.`);
    }
  }

  // Disagreement: the furthest-apart latest totals of two claimants on one subject and metric.
  const groups = new Map<string, Claim[]>();
  for (const c of sorted) {
    const key = `${c.subject}|${c.metric}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    const latest = latestByClaimant(group);
    const high = latest[0];
    const low = latest.at(-1);
    if (latest.length < 2 || !high || !low) continue;
    const sentence = disagreement(high, low, said);
    if (sentence) sentences.push(sentence);
  }

  if (mixed) {
    sentences.push(
      `${capitalise(plural(events.length, "claim is", "claims are"))} about a single episode, shown across ${events.length === 1 ? "its period" : "their periods"} and separately from the totals.`,
    );
  }

  const ids = new Set(sorted.map((c) => c.id));
  const revised = new Set(
    sorted.flatMap((c) =>
      c.supersedes !== undefined && ids.has(c.supersedes) ? [c.supersedes] : [],
    ),
  );
  if (revised.size > 0) {
    sentences.push(
      `${capitalise(plural(revised.size, "claim was", "claims were"))} later revised, shown faded.`,
    );
  }
  return sentences.join(" ");
}

/** What a value allows: a bound is open one way. */
function bounds(c: Claim): [number, number] {
  const { low, high } = valueExtent(c.value);
  if (c.value.kind === "atLeast") return [low, Infinity];
  if (c.value.kind === "atMost") return [0, high];
  return [low, high];
}

const TIMES = ["", "", "twice", "three times", "four times", "five times", "six times"];

/**
 * How far apart two claims are when they cannot both be true (their ranges do not meet): the
 * smallest factor the figures allow, rounded as the text says it. Null when they can.
 */
export interface Spread {
  high: Claim;
  low: Claim;
  /** "three times", "about twice", "20% higher than", "slightly higher than"; "" when low is 0. */
  words: string;
  /** "3×", "at least 38×", "+20%": the short form for a chart label; "" when low is 0. */
  short: string;
  /** A bound makes the factor a floor ("at least"). */
  open: boolean;
}

export function spreadOf(high: Claim, low: Claim): Spread | null {
  const [highFloor] = bounds(high);
  const [, lowCeiling] = bounds(low);
  if (highFloor <= lowCeiling) return null;
  // A bound only says how far apart the figures are at least.
  const open = high.value.kind === "atLeast" || low.value.kind === "atMost";
  if (lowCeiling === 0) return { high, low, words: "", short: "", open };
  const factor = highFloor / lowCeiling;
  let words: string;
  let short: string;
  if (factor < 1.5) {
    const percent = Math.round((factor - 1) * 100);
    words = percent < 1 ? "slightly higher than" : `${percent}% higher than`;
    short = percent < 1 ? "slightly above" : `${percent}% above`;
  } else {
    // Round down for bounds so the claim stays true ("at least twice", not "at least three times").
    const round = open ? Math.floor : Math.round;
    const rounded = factor < 10 ? round(factor * 2) / 2 : round(factor);
    const exact = Math.abs(rounded - factor) < factor * 0.01;
    const times = TIMES[rounded] ?? `${formatNumber(rounded)} times`;
    words = exact || open ? times : `about ${times}`;
    short = `${exact || open ? "" : "about "}${formatNumber(rounded)}×`;
  }
  if (open) short = `at least ${short.replace(/^about /, "")}`;
  return { high, low, words, short, open };
}

/** The furthest-apart current claims of a comparison (highest first), when they disagree. */
export function spreadOfLatest(latest: readonly Claim[]): Spread | null {
  const high = latest[0];
  const low = latest.at(-1);
  return latest.length >= 2 && high && low ? spreadOf(high, low) : null;
}

/**
 * "A's 3,000 (…) is three times B's roughly 1,000 (…)." when the two figures cannot both be true
 * (their ranges do not meet); the factor is the smallest the figures allow.
 */
export function disagreement(high: Claim, low: Claim, said: (c: Claim) => string): string | null {
  const spread = spreadOf(high, low);
  if (!spread) return null;
  if (spread.words === "") return `${capitalise(said(high))} contrasts with ${said(low)}.`;
  return `${capitalise(said(high))} is ${spread.open ? "at least " : ""}${spread.words} ${said(low)}.`;
}
