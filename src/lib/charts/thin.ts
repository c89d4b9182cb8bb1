/**
 * A chart with more claims than can be told apart at its width draws fewer: each claimant's
 * latest claim in each of a fixed number of equal spans of time (and the claim the story
 * highlights, always). The data table still lists every claim, and the chart's description says
 * how the marks were chosen.
 */
import type { Claim } from "../../schemas/claim.ts";
import { byDateThenId } from "../claims/query.ts";

/** More claims than this and a chart draws a selection. */
export const MAX_MARKS = 60;
/** Spans of time a thinned chart keeps one claim per claimant in (about 20 px each, wide). */
export const SPANS = 28;

export interface Thinned {
  /** The claims to draw, oldest first. */
  drawn: Claim[];
  /** How many the chart has in all. */
  total: number;
  /** Days in each span, when thinned. */
  spanDays?: number;
}

const DAY = 86_400_000;
const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

export function thinForChart(
  claims: readonly Claim[],
  highlight?: string,
  max = MAX_MARKS,
  spans = SPANS,
): Thinned {
  const sorted = [...claims].sort(byDateThenId);
  if (sorted.length <= max) return { drawn: sorted, total: sorted.length };
  const first = day(sorted[0]!.date);
  const last = day(sorted.at(-1)!.date);
  const spanDays = Math.max(1, Math.ceil((last - first) / DAY / spans) || 1);
  const kept = new Map<string, Claim>();
  for (const c of sorted) {
    // Later claims overwrite earlier ones: each claimant's latest in each span.
    const span = Math.floor((day(c.date) - first) / DAY / spanDays);
    kept.set(`${c.claimant}\u0000${span}`, c);
  }
  const drawn = new Set(kept.values());
  const lit = highlight ? sorted.find((c) => c.id === highlight) : undefined;
  if (lit) drawn.add(lit);
  return { drawn: [...drawn].sort(byDateThenId), total: sorted.length, spanDays };
}

/** Each claimant's latest drawn claim: on a thinned chart, the marks the keyboard stops at. */
export function latestPerClaimant(claims: readonly Claim[]): Set<string> {
  const latest = new Map<string, Claim>();
  for (const c of [...claims].sort(byDateThenId)) latest.set(c.claimant, c);
  return new Set([...latest.values()].map((c) => c.id));
}

/** The sentence a thinned chart's description ends with. */
export function thinningNote(t: Thinned, locale: string): string {
  if (!t.spanDays) return "";
  const n = (v: number) => v.toLocaleString(locale);
  return `The chart draws ${n(t.drawn.length)} of the ${n(t.total)} claims: each claimant's latest in every ${t.spanDays === 1 ? "day" : `${n(t.spanDays)} days`}. The table lists them all.`;
}
