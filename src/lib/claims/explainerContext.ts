import { checkSections } from "../content/sections.ts";
import { parseMdx } from "../content/mdxSource.ts";
import type { SiteData } from "../content/store.ts";
import type { SectionSpec } from "../../site.config.ts";
import { collectPageSources, sourceKey, type ExplainerContext } from "./citations.ts";

/**
 * What an explainer page derives from its body: the context its author components read, the
 * numbered sources, the sections for the jump links, and a reading time.
 */
export function explainerPageData(
  filePath: string,
  body: string,
  data: Pick<SiteData, "claims" | "claimants">,
  options: { locale: string; sections: readonly SectionSpec[]; href: (path: string) => string },
) {
  const mdx = parseMdx(filePath, body);
  const sources = collectPageSources(mdx.elements, data.claims, data.claimants);
  const sections = checkSections(
    filePath,
    mdx.headings,
    options.sections,
    mdx.lastLine,
  ).sections.map((s) => ({ key: s.spec.key, label: s.spec.label }));
  const counters = new Map<string, number>();
  const context: ExplainerContext = {
    locale: options.locale,
    claims: data.claims,
    claimants: data.claimants,
    sources,
    sourceNumber: new Map(sources.map((s) => [sourceKey(s), s.n])),
    href: options.href,
    nextId(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${n}`;
    },
  };
  // Claims add a few words each; prose words are what a reader's pace depends on.
  const words = body
    .replace(/<[^>]+>/g, " ")
    .split(/\s+/)
    .filter(Boolean).length;
  return { context, sources, sections, readingMinutes: Math.max(1, Math.round(words / 230)) };
}
