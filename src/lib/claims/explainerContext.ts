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
import { selectClaims, byDateThenId } from "./query.ts";
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

/** A chart as an author placed it: which component and its props, in document order. */
export interface ChartUse {
  name: "ClaimsTimeline" | "ClaimsCompare";
  props: Record<string, string>;
}

/** The charts in an explainer body, numbered by their order (the n of `/embed/<n>/`). */
export function chartUses(elements: readonly MdxElementUse[]): ChartUse[] {
  return elements
    .filter((el) => el.name === "ClaimsTimeline" || el.name === "ClaimsCompare")
    .map((el) => ({
      name: el.name as ChartUse["name"],
      props: Object.fromEntries(
        Object.entries(el.props).flatMap(([k, p]) =>
          typeof p.value === "string" ? [[k, p.value]] : [],
        ),
      ),
    }));
}

/** The claims a chart with these props draws: the same selection its component makes. */
export function chartClaims(chart: ChartUse, claims: Iterable<Claim>): Claim[] {
  const p = chart.props;
  if (!p.subject || !p.metric) return [];
  const metric = p.metric as Metric;
  if (chart.name === "ClaimsCompare") {
    return latestByClaimant(selectClaims(claims, { subject: p.subject, metric }), p.at);
  }
  return selectClaims(claims, {
    subject: p.subject,
    metric,
    claimant: p.claimant,
    scope: p.scope as Claim["scope"] | undefined,
    from: p.from,
    to: p.to,
  });
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
