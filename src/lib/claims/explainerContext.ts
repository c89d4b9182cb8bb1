import { checkSections } from "../content/sections.ts";
import { parseMdx, type MdxElementUse } from "../content/mdxSource.ts";
import type { SiteData } from "../content/store.ts";
import type { SectionSpec } from "../../site.config.ts";
import {
  collectPageSources,
  sourceKey,
  type ExplainerContext,
  type PageSource,
} from "./citations.ts";
import { latestByClaimant } from "../charts/compare.ts";
import { selectClaims, byDateThenId, type ClaimFilter } from "./query.ts";
import type { Claim, Metric } from "../../schemas/claim.ts";

type ContextData = Pick<
  SiteData,
  "claims" | "revisedBy" | "claimants" | "subjects" | "events" | "styles"
>;

interface ContextOptions {
  locale: string;
  href: (path: string) => string;
  /** The explainer shown, for chart data and embed links. */
  slug?: string;
  /** An embed page shows one chart alone, without the embed snippet. */
  embed?: boolean;
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
    names: new Map([...data.claimants].map(([id, c]) => [id, c.name])),
    subjects: data.subjects,
    events: data.events,
    styles: data.styles,
    slug: options.slug,
    embed: options.embed ?? false,
    sources,
    sourceNumber: new Map(sources.map((s) => [sourceKey(s), s.n])),
    href: options.href,
    nextId(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${n}`;
    },
  };
}

/** What `<ClaimsTimeline>` takes. */
export interface TimelineChartProps extends ClaimFilter {
  caption?: string;
}

/** What `<ClaimsCompare>` takes. */
export interface CompareChartProps {
  subject: string;
  metric: Metric;
  /** Compare the claims as they stood on this day (YYYY-MM-DD). */
  at?: string;
  caption?: string;
}

/** A chart as an author placed it: which component and its props, in document order. */
export type ChartUse =
  | { name: "ClaimsTimeline"; props: TimelineChartProps }
  | { name: "ClaimsCompare"; props: CompareChartProps };

/**
 * The charts in an explainer body, numbered by their order (the n of `/embed/<n>/`). Props are
 * taken as written; the content check has already held them to each component's spec.
 */
export function chartUses(elements: readonly MdxElementUse[]): ChartUse[] {
  return elements
    .filter((el) => el.name === "ClaimsTimeline" || el.name === "ClaimsCompare")
    .map((el) => {
      const props: Record<string, string> = Object.fromEntries(
        Object.entries(el.props).flatMap(([k, p]) =>
          typeof p.value === "string" ? [[k, p.value]] : [],
        ),
      );
      return { name: el.name, props } as unknown as ChartUse;
    });
}

/** The claims a chart draws: the one selection its component, the check and the downloads share. */
export function chartClaims(chart: ChartUse, claims: Iterable<Claim>): Claim[] {
  const p = chart.props;
  if (!p.subject || !p.metric) return [];
  if (chart.name === "ClaimsCompare") {
    return latestByClaimant(
      selectClaims(claims, { subject: p.subject, metric: p.metric }),
      chart.props.at,
    );
  }
  return selectClaims(claims, chart.props);
}

/** Every claim an explainer shows: those its `<Claim>`s cite and those its charts plot. */
export function explainerClaims(
  elements: readonly MdxElementUse[],
  claims: ReadonlyMap<string, Claim>,
): Claim[] {
  const out = new Map<string, Claim>();
  for (const el of elements) {
    const id = el.props.id?.value;
    if (el.name === "Claim" && typeof id === "string" && claims.has(id))
      out.set(id, claims.get(id)!);
  }
  for (const chart of chartUses(elements)) {
    for (const c of chartClaims(chart, claims.values())) out.set(c.id, c);
  }
  return [...out.values()].sort(byDateThenId);
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
  const mdx = parseMdx(filePath, body);
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
