import { getCollection, type CollectionEntry } from "astro:content";
import type { Author } from "../../schemas/author.ts";
import type { Claim } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import type { ChartEvent } from "../../schemas/event.ts";
import type { Subject } from "../../schemas/subject.ts";
import { assignStyles, type SeriesStyle } from "../charts/palette.ts";
import { explainerClaims } from "../claims/chartSelection.ts";
import { mdxOutline } from "../content/mdxSource.ts";
import { throwOnContentIssuesInDev } from "../content/devCheck.ts";
import { siteConfig } from "../../site.config.ts";
import { claimantPageNumbers, claimsByClaimant } from "./listings.ts";
import { topicNames } from "./topics.ts";

export type Explainer = CollectionEntry<"explainers">;

/** All content, indexed once: pages ask this rather than calling `getCollection` themselves. */
export interface SiteData {
  /** Newest first; drafts only in dev. */
  explainers: Explainer[];
  claims: Map<string, Claim>;
  claimants: Map<string, Claimant>;
  subjects: Map<string, Subject>;
  authors: Map<string, Author>;
  events: ChartEvent[];
  /** Each claimant's colour and shape, assigned once for the whole site. */
  styles: Map<string, SeriesStyle>;
  /** The claims each explainer shows (in its text and its charts), by explainer id. */
  shown: Map<string, Claim[]>;
  /** For a claim that a later one supersedes: that later claim. */
  revisedBy: Map<string, Claim>;
  /** The explainers that show each claim (newest first), by claim id. */
  shownIn: Map<string, Explainer[]>;
  /** Each claimant's claims, theirs and those they passed on, newest first (their page's list). */
  byClaimant: Map<string, Claim[]>;
  /** The page of its claimant's numbered list each claim is on (for links to its row). */
  claimantPageOf: Map<string, number>;
  /** Topics authors wrote as names ("Port Vell"), by id: see topics.ts. */
  topicNames: Map<string, string>;
}

const byId = <T extends { id: string }>(entries: Array<{ data: T }>) =>
  new Map(entries.map((e) => [e.data.id, e.data]));

async function load(): Promise<SiteData> {
  const showDrafts = import.meta.env.DEV;
  const [explainers, claims, claimants, subjects, authors, events] = await Promise.all([
    getCollection("explainers", (e) => showDrafts || !e.data.draft),
    getCollection("claims"),
    getCollection("claimants"),
    getCollection("subjects"),
    getCollection("authors"),
    getCollection("events"),
  ]);
  explainers.sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
  );
  const claimsById = byId(claims);
  const revisedBy = new Map<string, Claim>();
  for (const c of claimsById.values()) if (c.supersedes) revisedBy.set(c.supersedes, c);
  const shown = new Map(
    explainers.map((e) => [
      e.id,
      explainerClaims(mdxOutline(e.filePath ?? e.id, e.body ?? "").elements, claimsById),
    ]),
  );
  const shownIn = new Map<string, Explainer[]>();
  for (const e of explainers) {
    for (const c of shown.get(e.id) ?? []) {
      const list = shownIn.get(c.id);
      if (list) list.push(e);
      else shownIn.set(c.id, [e]);
    }
  }
  const byClaimant = claimsByClaimant(claimsById.values());
  return {
    topicNames: topicNames(explainers),
    byClaimant,
    claimantPageOf: claimantPageNumbers(byClaimant, siteConfig.lists.claimsPerPage),
    revisedBy,
    explainers,
    shown,
    shownIn,
    styles: assignStyles(claimants.map((c) => c.data)),
    claims: claimsById,
    claimants: byId(claimants),
    subjects: byId(subjects),
    authors: byId(authors),
    events: events.map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date)),
  };
}

let cached: Promise<SiteData> | undefined;

/**
 * The site's content. Memoised for the build (every page would otherwise re-resolve every
 * collection); re-read on each request in dev so edits show without a restart.
 */
export function getSiteData(): Promise<SiteData> {
  if (import.meta.env.DEV) {
    throwOnContentIssuesInDev();
    return load();
  }
  cached ??= load();
  return cached;
}
