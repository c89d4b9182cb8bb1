import { checkSections } from "../content/sections.ts";
import { mdxOutline } from "../content/mdxSource.ts";
import type { SiteData } from "./siteData.ts";
import type { SectionSpec } from "../../site.config.ts";
import type { Claim } from "../../schemas/claim.ts";
import type { Claimant } from "../../schemas/claimant.ts";
import type { ChartEvent } from "../../schemas/event.ts";
import type { Subject } from "../../schemas/subject.ts";
import type { SeriesStyle } from "../charts/palette.ts";
import { collectPageSources, sourceKey, type PageSource } from "../claims/citations.ts";
import { claimAnchors, claimantPagePath, explainerClaimPath } from "../claims/permalinks.ts";
import { claimantName } from "../claims/names.ts";

/**
 * Everything the author components on a page need, set on `Astro.locals` by the page before its
 * body renders: the site's claims and who and what they are about, the numbers of the page's
 * sources, and (on an explainer page) the explainer's slug for chart links.
 */
export interface ExplainerContext {
  locale: string;
  claims: ReadonlyMap<string, Claim>;
  /** For a claim that a later one supersedes: that later claim. */
  revisedBy: ReadonlyMap<string, Claim>;
  claimants: ReadonlyMap<string, Claimant>;
  /** Claimant id to display name, as charts label series. */
  names: ReadonlyMap<string, string>;
  /** Claimants that are organisations: charts label them by their whole name, not a surname. */
  organisations: ReadonlySet<string>;
  subjects: ReadonlyMap<string, Subject>;
  events: readonly ChartEvent[];
  /** Each claimant's colour and shape, the same on every chart of the site. */
  styles: ReadonlyMap<string, SeriesStyle>;
  /** The explainer shown, for "Get the data" and embed links; absent elsewhere. */
  slug?: string;
  /** True on an embed page, which shows one chart without the embed snippet. */
  embed: boolean;
  /**
   * True when rendering for a feed reader: charts are their caption, data table and source
   * line (no SVG, no scripts, no embed snippet) and claims are the figure and its source link.
   */
  feed?: boolean;
  sources: PageSource[];
  /** Source number by `sourceKey(source)`. */
  sourceNumber: ReadonlyMap<string, number>;
  /** Base-aware link to a site path ("/claimants/x/"). */
  href(path: string): string;
  /** A page-unique id for ARIA links ("chart-3"). */
  nextId(prefix: string): string;
  /** The id `claim-<id>` for the first rendering of a claim on the page; undefined after. */
  claimAnchor(claimId: string): string | undefined;
  /**
   * The newest few explainers that show a claim (at most `SHOWN_IN_MAX`), each with the path to
   * it there (`#claim-<id>`), and how many show it in all.
   */
  shownIn(claimId: string): { list: ReadonlyArray<{ title: string; path: string }>; total: number };
  /** Base-aware link to a claim's row on its claimant's page (on the right numbered page). */
  claimantHref(claim: Pick<Claim, "id" | "claimant">): string;
}

/** How many of the explainers showing a claim its table row names. */
export const SHOWN_IN_MAX = 3;

type ContextData = Pick<
  SiteData,
  "claims" | "revisedBy" | "claimants" | "subjects" | "events" | "styles"
> &
  Partial<Pick<SiteData, "shownIn" | "claimantPageOf">>;

interface ContextOptions {
  locale: string;
  href: (path: string) => string;
  /** The explainer shown, for chart data and embed links. */
  slug?: string;
  /** An embed page shows one chart alone, without the embed snippet. */
  embed?: boolean;
  /** Rendering for a feed: charts and claims without SVG, scripts or hover details. */
  feed?: boolean;
  sources?: PageSource[];
}

/** The context author components read (`Astro.locals.explainer`), for any page that renders them. */
export function pageContext(data: ContextData, options: ContextOptions): ExplainerContext {
  const sources = options.sources ?? [];
  const counters = new Map<string, number>();
  return {
    locale: options.locale,
    claims: data.claims,
    revisedBy: data.revisedBy,
    claimants: data.claimants,
    names: new Map([...data.claimants.keys()].map((id) => [id, claimantName(id, data.claimants)])),
    organisations: new Set(
      [...data.claimants.values()].filter((c) => c.kind === "organisation").map((c) => c.id),
    ),
    subjects: data.subjects,
    events: data.events,
    styles: data.styles,
    slug: options.slug,
    embed: options.embed ?? false,
    feed: options.feed ?? false,
    sources,
    sourceNumber: new Map(sources.map((s) => [sourceKey(s), s.n])),
    href: options.href,
    claimAnchor: claimAnchors(),
    shownIn(claimId) {
      const all = data.shownIn?.get(claimId) ?? [];
      return {
        list: all.slice(0, SHOWN_IN_MAX).map((e) => ({
          title: e.data.title,
          path: explainerClaimPath(e.id, claimId),
        })),
        total: all.length,
      };
    },
    claimantHref: (claim) =>
      options.href(claimantPagePath(claim, data.claimantPageOf?.get(claim.id))),
    nextId(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${n}`;
    },
  };
}

/**
 * What an explainer page derives from its body: the context its author components read, the
 * numbered sources, the sections for the jump links, and a reading time.
 */
export function explainerPageData(
  filePath: string,
  body: string,
  data: ContextData,
  options: ContextOptions & { sections: readonly SectionSpec[] },
) {
  const mdx = mdxOutline(filePath, body);
  const sources = collectPageSources(mdx.elements, data.claims, data.claimants);
  const sections = checkSections(
    filePath,
    mdx.headings,
    options.sections,
    mdx.lastLine,
  ).sections.map((s) => ({ key: s.spec.key, label: s.spec.label }));
  const context = pageContext(data, { ...options, sources });
  // Claims add a few words each; prose words are what a reader's pace depends on.
  const words = body
    .replace(/<[^>]+>/g, " ")
    .split(/\s+/)
    .filter(Boolean).length;
  return {
    context,
    sources,
    sections,
    readingMinutes: Math.max(1, Math.round(words / 230)),
  };
}
