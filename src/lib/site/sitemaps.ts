/**
 * Sitemaps: what astro.config.mjs hands @astrojs/sitemap (which pages, and each explainer's
 * `lastmod` from its front matter), and the Google News sitemap of the last two days. Plain
 * Node, no Astro virtual modules: the config loads this before any content collection exists.
 */
import { splitFrontmatter } from "../content/mdxSource.ts";
import { readContentSources } from "../content/readSources.ts";

/** How far back the news sitemap looks: Google News reads articles of the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export interface ExplainerDates {
  published: Date;
  updated?: Date;
}

const asDate = (value: unknown): Date | undefined => {
  if (!(value instanceof Date) && typeof value !== "string") return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/**
 * Each explainer's published and updated dates by slug (its file name), read from the front
 * matter in `<root>/src/content/explainers/`. Files whose dates do not parse are left out: the
 * content check refuses them before any build.
 */
export function explainerDates(root: string): Map<string, ExplainerDates> {
  const out = new Map<string, ExplainerDates>();
  for (const file of readContentSources(root).explainers) {
    const data = splitFrontmatter(file.path, file.text).frontmatter?.data;
    const published = asDate(data?.published);
    if (!published) continue;
    const slug = file.path
      .split("/")
      .pop()!
      .replace(/\.mdx$/, "");
    out.set(slug, { published, updated: asDate(data?.updated) });
  }
  return out;
}

/** The `/explainers/<slug>/` an absolute URL is, or undefined for any other page. */
export function explainerSlugOf(url: string, base: string): string | undefined {
  const path = new URL(url).pathname;
  const prefix = `${base.replace(/\/+$/, "")}/explainers/`;
  if (!path.startsWith(prefix)) return undefined;
  const rest = decodeURIComponent(path.slice(prefix.length));
  return /^[^/]+\/$/.test(rest) ? rest.slice(0, -1) : undefined;
}

/** Pages the sitemap leaves out: chart embeds (iframe content, not pages) and the 404 page. */
export function inSitemap(url: string): boolean {
  const path = new URL(url).pathname;
  return !/\/explainers\/[^/]+\/embed\//.test(path) && !/\/404(?:\.html|\/)?$/.test(path);
}

/**
 * The options for @astrojs/sitemap: explainer pages get `lastmod` (updated, else published);
 * embeds and 404 are left out; the news sitemap is listed in the index.
 */
export function sitemapOptions(root: string, site: string, base: string) {
  const dates = explainerDates(root);
  return {
    filter: inSitemap,
    customSitemaps: [new URL(`${base.replace(/\/+$/, "")}/news-sitemap.xml`, site).href],
    serialize<T extends { url: string; lastmod?: string }>(item: T): T {
      const slug = explainerSlugOf(item.url, base);
      const d = slug === undefined ? undefined : dates.get(slug);
      return d ? { ...item, lastmod: (d.updated ?? d.published).toISOString() } : item;
    },
  };
}

export interface NewsArticle {
  /** Absolute URL. */
  loc: string;
  title: string;
  published: Date;
}

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );

/** The articles published in the two days up to `now` (inclusive of `now`), newest first. */
export function recentArticles<T extends { published: Date }>(items: readonly T[], now: Date): T[] {
  const from = now.getTime() - NEWS_WINDOW_MS;
  return items
    .filter((i) => i.published.getTime() > from && i.published.getTime() <= now.getTime())
    .sort((a, b) => b.published.getTime() - a.published.getTime());
}

/** A Google News sitemap (https://www.google.com/schemas/sitemap-news/0.9). */
export function newsSitemapXml(
  articles: readonly NewsArticle[],
  publication: { name: string; language: string },
): string {
  const urls = articles.map((a) =>
    [
      "  <url>",
      `    <loc>${escapeXml(a.loc)}</loc>`,
      "    <news:news>",
      "      <news:publication>",
      `        <news:name>${escapeXml(publication.name)}</news:name>`,
      `        <news:language>${escapeXml(publication.language)}</news:language>`,
      "      </news:publication>",
      `      <news:publication_date>${a.published.toISOString()}</news:publication_date>`,
      `      <news:title>${escapeXml(a.title)}</news:title>`,
      "    </news:news>",
      "  </url>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

/** Google News wants an ISO 639 language code: "en" for the site's "en-GB". */
export function newsLanguage(locale: string): string {
  return locale.split("-")[0]!.toLowerCase();
}

/** robots.txt: everything may be crawled; the sitemaps are named with absolute URLs. */
export function robotsTxt(sitemaps: readonly string[]): string {
  return ["User-agent: *", "Allow: /", "", ...sitemaps.map((s) => `Sitemap: ${s}`), ""].join("\n");
}
