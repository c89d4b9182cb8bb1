import type { Claim, Metric } from "../../schemas/claim.ts";

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

/** The claims a chart with these props plots, oldest first (ties by id, so order is stable). */
export function selectClaims(claims: Iterable<Claim>, filter: ClaimFilter): Claim[] {
  const out: Claim[] = [];
  for (const c of claims) {
    if (c.subject !== filter.subject || c.metric !== filter.metric) continue;
    if (filter.claimant && c.claimant !== filter.claimant) continue;
    if (filter.scope && c.scope !== filter.scope) continue;
    if (filter.from && c.date < filter.from) continue;
    if (filter.to && c.date > filter.to) continue;
    out.push(c);
  }
  return out.sort(byDateThenId);
}

export const byDateThenId = (a: Claim, b: Claim): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

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
    .sort((a, b) => (a.subject + a.metric < b.subject + b.metric ? -1 : 1));
}
