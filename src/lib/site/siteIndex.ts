// The site's content indexed once: which claims each explainer shows, who revised what, each
// claimant's list, colours and topic names. A pure function of the entries, so the pages (from
// Astro's collections, siteData.ts) and `npm run build` (from the checked content files, for the
// files it writes itself: publishedFiles.ts) index the same content the same way.
import type { Author } from "../../schemas/author.ts";
import type { Claim } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import type { ChartEvent } from "../../schemas/event.ts";
import type { Subject } from "../../schemas/subject.ts";
import { siteConfig } from "../../site.config.ts";
import { assignStyles, type SeriesStyle } from "../charts/palette.ts";
import { explainerClaims } from "../claims/chartSelection.ts";
import { mdxOutline } from "../content/mdxSource.ts";
import { claimantPageNumbers, claimsByClaimant } from "./listings.ts";
import { topicNames } from "./topics.ts";

/** What indexing needs of an explainer entry. */
export interface IndexedExplainer {
  id: string;
  body?: string | undefined;
  filePath?: string | undefined;
  data: { published: Date; topics: readonly string[] };
}

/** All content, indexed once. `E` is the explainer entry (Astro's, in the pages). */
export interface SiteIndex<E extends IndexedExplainer> {
  /** Newest first. */
  explainers: E[];
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
  shownIn: Map<string, E[]>;
  /** Each claimant's claims, theirs and those they passed on, newest first (their page's list). */
  byClaimant: Map<string, Claim[]>;
  /** The page of its claimant's numbered list each claim is on (for links to its row). */
  claimantPageOf: Map<string, number>;
  /** Topics authors wrote as names ("Port Vell"), by id: see topics.ts. */
  topicNames: Map<string, string>;
}

/** The entries to index: the explainers to publish, and every entry of each data collection. */
export interface SiteEntries<E extends IndexedExplainer> {
  explainers: E[];
  claims: Claim[];
  claimants: Claimant[];
  subjects: Subject[];
  authors: Author[];
  events: ChartEvent[];
}

const byId = <T extends { id: string }>(entries: readonly T[]) =>
  new Map(entries.map((e) => [e.id, e]));

/** Index the site's entries. Sorts `explainers` in place, newest first. */
export function indexSite<E extends IndexedExplainer>(entries: SiteEntries<E>): SiteIndex<E> {
  const { explainers, claims, claimants } = entries;
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
  const shownIn = new Map<string, E[]>();
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
    styles: assignStyles(claimants),
    claims: claimsById,
    claimants: byId(claimants),
    subjects: byId(entries.subjects),
    authors: byId(entries.authors),
    events: [...entries.events].sort((a, b) => a.date.localeCompare(b.date)),
  };
}
