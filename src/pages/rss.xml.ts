// /rss.xml: RSS 2.0 with the newest explainers' full bodies (siteConfig.feedSize) in content:encoded.
import rss from "@astrojs/rss";
import FeedEntry from "../components/FeedEntry.astro";
import { escapeXml, feedItems, feedUpdated } from "../lib/site/feeds.ts";
import { absoluteUrl } from "../lib/util/paths.ts";
import { siteConfig } from "../site.config.ts";

export async function GET() {
  const items = await feedItems(FeedEntry);
  return rss({
    title: siteConfig.name,
    description: siteConfig.description,
    site: absoluteUrl("/"),
    xmlns: {
      atom: "http://www.w3.org/2005/Atom",
      dc: "http://purl.org/dc/elements/1.1/",
      dcterms: "http://purl.org/dc/terms/",
    },
    customData: [
      `<language>${escapeXml(siteConfig.locale.toLowerCase())}</language>`,
      `<lastBuildDate>${feedUpdated(items).toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escapeXml(absoluteUrl("/rss.xml"))}" rel="self" type="application/rss+xml"/>`,
    ].join(""),
    items: items.map((item) => ({
      title: item.title,
      link: item.link,
      description: item.summary,
      pubDate: item.published,
      content: item.html,
      categories: item.topics.map((t) => t.label),
      customData: [
        ...item.authors.map((a) => `<dc:creator>${escapeXml(a.name)}</dc:creator>`),
        item.updated ? `<dcterms:modified>${item.updated.toISOString()}</dcterms:modified>` : "",
      ].join(""),
    })),
  });
}
