import type { Claim, Metric } from "../../schemas/claim.ts";
import { byDateThenId, compareText } from "../util/ordering.ts";
import { valueExtent } from "./format.ts";

/** What a chart plots: one subject and metric, optionally narrowed. */
export interface ClaimFilter {
  subject: string;
  metric: Metric;
  /** Only this claimant's claims. */
  claimant?: string;
  scope?: Claim["scope"];
  /** Only claims made on or after / on or before these days (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

/**
 * Claims as charts are given them: any list, or the site's map of claims by id. A map or an
 * array is indexed by subject the first time a chart asks (and must not change after), so an
 * archive's thousands of charts each read their own subject's claims, not every claim.
 */
export type ClaimSource = Iterable<Claim> | ReadonlyMap<string, Claim>;

const bySubject = new WeakMap<object, Map<string, Claim[]>>();

/** The claims about one subject, from an index built once per map or array. */
export function claimsAbout(claims: ClaimSource, subject: string): Iterable<Claim> {
  const isMap = claims instanceof Map;
  if (!isMap && !Array.isArray(claims)) {
    return [...(claims as Iterable<Claim>)].filter((c) => c.subject === subject);
  }
  let index = bySubject.get(claims);
  if (!index) {
    index = new Map();
    for (const c of isMap ? (claims as ReadonlyMap<string, Claim>).values() : (claims as Claim[])) {
      const list = index.get(c.subject);
      if (list) list.push(c);
      else index.set(c.subject, [c]);
    }
    bySubject.set(claims, index);
  }
  return index.get(subject) ?? [];
}

/** The claims a chart with these props plots, oldest first (ties by id, so order is stable). */
export function selectClaims(claims: ClaimSource, filter: ClaimFilter): Claim[] {
  const out: Claim[] = [];
  for (const c of claimsAbout(claims, filter.subject)) {
    if (c.subject !== filter.subject || c.metric !== filter.metric) continue;
    if (filter.claimant && c.claimant !== filter.claimant) continue;
    if (filter.scope && c.scope !== filter.scope) continue;
    if (filter.from && c.date < filter.from) continue;
    if (filter.to && c.date > filter.to) continue;
    out.push(c);
  }
  return out.sort(byDateThenId);
}

export { byDateThenId };

/**
 * The latest claim (by date, ties by id) of each claimant made on or before `at` (YYYY-MM-DD;
 * default no limit), leaving out claims revised by another claim by then. Running totals
 * (`scope` cumulative, the default) compare as they stand; one-off figures (`scope` event) only
 * with figures for the same episode, so those are the claims about the latest period (by its
 * end, then its start). Sorted by figure (a range's midpoint), largest first, then claimant id.
 */
export function latestByClaimant(
  claims: readonly Claim[],
  at?: string,
  scope: Claim["scope"] = "cumulative",
): Claim[] {
  let pool = claims.filter((c) => c.scope === scope && (at === undefined || c.date <= at));
  const revised = new Set(pool.flatMap((c) => (c.supersedes === undefined ? [] : [c.supersedes])));
  pool = pool.filter((c) => !revised.has(c.id));
  if (scope === "event") {
    const key = (c: Claim) => (c.period ? `${c.period.to}/${c.period.from}` : "");
    const episode = pool.map(key).sort(compareText).at(-1);
    pool = pool.filter((c) => key(c) === episode);
  }
  const latest = new Map<string, Claim>();
  for (const c of pool) {
    const seen = latest.get(c.claimant);
    if (!seen || compareText(seen.date, c.date) < 0 || (seen.date === c.date && seen.id < c.id)) {
      latest.set(c.claimant, c);
    }
  }
  return [...latest.values()].sort(
    (a, b) => midpoint(b) - midpoint(a) || compareText(a.claimant, b.claimant),
  );
}

/** A figure's middle: the number itself, or the middle of a range. */
function midpoint(c: Claim): number {
  const { low, high } = valueExtent(c.value);
  return (low + high) / 2;
}

/** Claims grouped by subject and metric, for pages that draw one chart per pair. */
export function groupBySubjectAndMetric(
  claims: Iterable<Claim>,
): Array<{ subject: string; metric: Metric; claims: Claim[] }> {
  const groups = new Map<string, { subject: string; metric: Metric; claims: Claim[] }>();
  for (const c of claims) {
    const key = `${c.subject}\u0000${c.metric}`;
    const group = groups.get(key) ?? { subject: c.subject, metric: c.metric, claims: [] };
    group.claims.push(c);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, claims: g.claims.sort(byDateThenId) }))
    .sort((a, b) => compareText(a.subject, b.subject) || compareText(a.metric, b.metric));
}
