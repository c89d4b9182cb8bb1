import { getCollection, type CollectionEntry } from "astro:content";
import { throwOnContentIssuesInDev } from "../content/devCheck.ts";
import { indexSite, type SiteIndex } from "./siteIndex.ts";

export type Explainer = CollectionEntry<"explainers">;

/** All content, indexed once: pages ask this rather than calling `getCollection` themselves. */
export type SiteData = SiteIndex<Explainer>;

const dataOf = <T>(entries: Array<{ data: T }>) => entries.map((e) => e.data);

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
  return indexSite({
    explainers,
    claims: dataOf(claims),
    claimants: dataOf(claimants),
    subjects: dataOf(subjects),
    authors: dataOf(authors),
    events: dataOf(events),
  });
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
