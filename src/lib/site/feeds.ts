/**
 * The feeds' items, shared by /rss.xml and /atom.xml: every published explainer, newest first,
 * with its full body rendered for a feed reader (no SVG, no scripts, every link absolute), and
 * the Atom document itself.
 */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import type { AstroComponentFactory } from "astro/runtime/server/index.js";
import { siteConfig } from "../../site.config.ts";
import { absoluteUrl, href } from "../util/paths.ts";
import { explainerPageData } from "./pageContext.ts";
import { getSiteData, type Explainer } from "./siteData.ts";
import { topicNames, topicOf } from "./topics.ts";

export interface FeedAuthor {
  name: string;
  url?: string;
}

export interface FeedItem {
  slug: string;
  title: string;
  /** The dek: the item's summary. */
  summary: string;
  /** The explainer's absolute URL. */
  link: string;
  published: Date;
  updated?: Date;
  authors: FeedAuthor[];
  topics: Array<{ id: string; label: string; link: string }>;
  /** The full body as HTML, absolute links only. */
  html: string;
}

/** `&`, `<`, `>`, `"` and `'` as XML entities: safe in text and in attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

/**
 * Feed HTML: no scripts, styles or SVG (a reader runs and styles nothing), and every `href`,
 * `src` and `srcset` URL made absolute against the explainer's own URL, so `#source-1` points
 * at the page's source list and `/topics/x/` at the site.
 */
export function feedHtml(html: string, pageUrl: string): string {
  const absolute = (url: string) => {
    try {
      return new URL(url.replace(/&amp;/g, "&"), pageUrl).href.replace(/&/g, "&amp;");
    } catch {
      return url;
    }
  };
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, "")
    .replace(/<svg\b[\s\S]*?<\/svg>/gi, "")
    .replace(/ data-astro-[\w-]+(?:="[^"]*")?/g, "")
    .replace(/\s(href|src)="([^"]*)"/g, (_, attr: string, url: string) => {
      return ` ${attr}="${absolute(url)}"`;
    })
    .replace(/\ssrcset="([^"]*)"/g, (_, set: string) => {
      const entries = set.split(",").map((part) => {
        const [url = "", ...descriptor] = part.trim().split(/\s+/);
        return [absolute(url), ...descriptor].join(" ");
      });
      return ` srcset="${entries.join(", ")}"`;
    })
    .replace(/\n{2,}/g, "\n")
    .trim();
}

async function renderItems(Body: AstroComponentFactory): Promise<FeedItem[]> {
  const site = await getSiteData();
  const container = await AstroContainer.create({
    astroConfig: { site: import.meta.env.SITE, base: import.meta.env.BASE_URL },
  });
  const items: FeedItem[] = [];
  // One at a time: each body's context numbers its ids ("chart-1") from the start.
  for (const entry of newestForFeeds(site.explainers))
    items.push(await renderItem(entry, Body, container));
  return items;

  async function renderItem(
    entry: Explainer,
    Component: AstroComponentFactory,
    renderer: AstroContainer,
  ): Promise<FeedItem> {
    const { context, sources } = explainerPageData(
      entry.filePath ?? entry.id,
      entry.body ?? "",
      site,
      {
        locale: siteConfig.locale,
        sections: siteConfig.sections,
        href,
        slug: entry.id,
        feed: true,
      },
    );
    const fm = entry.data;
    const names = topicNames(site.explainers);
    const link = absoluteUrl(`/explainers/${entry.id}/`);
    const body = await renderer.renderToString(Component, {
      props: { entry, sources },
      locals: { explainer: context },
    });
    return {
      slug: entry.id,
      title: fm.title,
      summary: fm.dek,
      link,
      published: fm.published,
      updated: fm.updated,
      authors: fm.authors.flatMap((id) => {
        const a = site.authors.get(id);
        return a ? [{ name: a.name, url: a.url }] : [];
      }),
      topics: fm.topics.map((written) => {
        const t = topicOf(written, names);
        return { ...t, link: absoluteUrl(`/topics/${t.id}/`) };
      }),
      html: feedHtml(body, link),
    };
  }
}

/**
 * The explainers the feeds carry: the newest `siteConfig.feedSize`. Feed readers poll the whole
 * document, so an archive of thousands in full text would be megabytes on every poll; older
 * explainers stay in the sitemaps and the archive pages.
 */
export function newestForFeeds<T>(newestFirst: readonly T[], size = siteConfig.feedSize): T[] {
  return newestFirst.slice(0, Math.max(1, size));
}

let cached: Promise<FeedItem[]> | undefined;

/**
 * The newest published explainers as feed items, newest first (drafts are never in a production
 * build). `Body` is the component that renders one explainer's body (src/components/FeedEntry),
 * passed in because components sit above this layer. Rendered once per build for both feeds.
 */
export function feedItems(Body: AstroComponentFactory): Promise<FeedItem[]> {
  if (import.meta.env.DEV) return renderItems(Body);
  cached ??= renderItems(Body);
  return cached;
}

/** The feed's last change: the latest published or updated date, so rebuilds are identical. */
export function feedUpdated(items: readonly FeedItem[]): Date {
  const times = items.map((i) => (i.updated ?? i.published).getTime());
  return new Date(times.length ? Math.max(...times) : 0);
}

/** The Atom 1.0 document (RFC 4287) for the items. */
export function atomXml(items: readonly FeedItem[]): string {
  const self = absoluteUrl("/atom.xml");
  const home = absoluteUrl("/");
  const el = (name: string, text: string, attrs = "") =>
    `<${name}${attrs}>${escapeXml(text)}</${name}>`;
  const entries = items.map((item) =>
    [
      "  <entry>",
      `    ${el("id", item.link)}`,
      `    ${el("title", item.title)}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(item.link)}"/>`,
      `    ${el("published", item.published.toISOString())}`,
      `    ${el("updated", (item.updated ?? item.published).toISOString())}`,
      ...item.authors.map(
        (a) => `    <author>${el("name", a.name)}${a.url ? el("uri", a.url) : ""}</author>`,
      ),
      ...item.topics.map(
        (t) => `    <category term="${escapeXml(t.id)}" label="${escapeXml(t.label)}"/>`,
      ),
      `    ${el("summary", item.summary)}`,
      `    ${el("content", item.html, ' type="html"')}`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(siteConfig.locale.toLowerCase())}">`,
    `  ${el("id", home)}`,
    `  ${el("title", siteConfig.name)}`,
    `  ${el("subtitle", siteConfig.description)}`,
    `  ${el("updated", feedUpdated(items).toISOString())}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(home)}"/>`,
    `  <author>${el("name", siteConfig.publisher.name)}${el("uri", siteConfig.publisher.url)}</author>`,
    `  ${el("generator", siteConfig.name)}`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
