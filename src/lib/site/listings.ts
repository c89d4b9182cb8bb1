/**
 * How long lists are cut into pages, so no page grows with the archive: the home page shows the
 * newest explainers and links to a numbered archive; topic, claimant and subject pages number
 * their lists the same way (`/topics/kursk/`, `/topics/kursk/2/`, …).
 */
import type { Claim, Metric } from "../../schemas/claim.ts";
import { groupBySubjectAndMetric } from "../claims/query.ts";
import { compareText } from "../util/ordering.ts";

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  /** Site paths of the neighbouring pages, for `rel="prev"` and `rel="next"`. */
  prev?: string;
  next?: string;
}

/** `/topics/kursk/` for page 1, `/topics/kursk/2/` after. */
export function pagePath(first: string, number: number): string {
  return number <= 1 ? first : `${first}${number}/`;
}

/** The route parameter for a `[...page]` route: none for page 1, else its number. */
export const pageParam = (number: number): string | undefined =>
  number <= 1 ? undefined : String(number);

/** `items` cut into pages of `size` (at least one page, even when there are none). */
export function paginate<T>(items: readonly T[], size: number, first: string): ListPage<T>[] {
  const per = Math.max(1, Math.floor(size));
  const count = Math.max(1, Math.ceil(items.length / per));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * per, (i + 1) * per),
    number: i + 1,
    count,
    prev: i > 0 ? pagePath(first, i) : undefined,
    next: i + 1 < count ? pagePath(first, i + 2) : undefined,
  }));
}

export interface ClaimGroup {
  subject: string;
  metric: Metric;
  claims: Claim[];
}

/** Newest first, ties by id: the order of every claims list on claimant and subject pages. */
export const newestFirst = (a: Claim, b: Claim) =>
  compareText(b.date, a.date) || compareText(a.id, b.id);

/** Rows of a claimant's "Other subjects" table: the most cited; every claim is listed below it. */
export const OTHER_SUBJECTS_MAX = 50;

/**
 * A claimant page's charts: its most-cited subjects (by number of claims, then most recent),
 * at most `max`, in that order; every other subject is summarised in a table instead.
 */
export function mostCited(
  claims: Iterable<Claim>,
  max: number,
): { charted: ClaimGroup[]; rest: ClaimGroup[] } {
  const groups = groupBySubjectAndMetric(claims).sort(
    (a, b) =>
      b.claims.length - a.claims.length ||
      compareText(b.claims.at(-1)!.date, a.claims.at(-1)!.date) ||
      compareText(a.subject, b.subject) ||
      compareText(a.metric, b.metric),
  );
  return { charted: groups.slice(0, Math.max(0, max)), rest: groups.slice(Math.max(0, max)) };
}

/**
 * The explainers that show any of these claims, in the site's order (newest first), and how
 * many there are; `max` of them are kept for the page.
 */
export function explainersShowing<E extends { id: string }>(
  claims: Iterable<{ id: string }>,
  shownIn: ReadonlyMap<string, readonly E[]>,
  inOrder: readonly E[],
  max: number,
): { list: E[]; total: number } {
  const ids = new Set<string>();
  for (const c of claims) for (const e of shownIn.get(c.id) ?? []) ids.add(e.id);
  const all = inOrder.filter((e) => ids.has(e.id));
  return { list: all.slice(0, Math.max(0, max)), total: all.length };
}

/**
 * Each claimant's claims as their page lists them: their own and those they passed on
 * (`relayedVia`), newest first.
 */
export function claimsByClaimant(claims: Iterable<Claim>): Map<string, Claim[]> {
  const theirs = new Map<string, Claim[]>();
  const add = (id: string, c: Claim) => {
    const list = theirs.get(id);
    if (list) list.push(c);
    else theirs.set(id, [c]);
  };
  for (const c of claims) {
    add(c.claimant, c);
    if (c.relayedVia && c.relayedVia !== c.claimant) add(c.relayedVia, c);
  }
  for (const list of theirs.values()) list.sort(newestFirst);
  return theirs;
}

/** The number of the page of its claimant's list that each claim is on, by claim id. */
export function claimantPageNumbers(
  byClaimant: ReadonlyMap<string, readonly Claim[]>,
  perPage: number,
): Map<string, number> {
  const pages = new Map<string, number>();
  for (const [claimant, list] of byClaimant)
    list.forEach((c, i) => {
      if (c.claimant === claimant) pages.set(c.id, 1 + Math.floor(i / Math.max(1, perPage)));
    });
  return pages;
}
