// /news-sitemap.xml: a Google News sitemap of the explainers published in the two days before
// the build ("now" is SOURCE_DATE_EPOCH when set, so rebuilds are identical).
import { getSiteData } from "../lib/site/siteData.ts";
import { absoluteUrl } from "../lib/util/paths.ts";
import { newsLanguage, newsSitemapXml, recentArticles } from "../lib/site/sitemaps.ts";
import { buildNow } from "../lib/util/dates.ts";
import { siteConfig } from "../site.config.ts";

export async function GET() {
  const { explainers } = await getSiteData();
  const articles = recentArticles(
    explainers.map((e) => ({
      loc: absoluteUrl(`/explainers/${e.id}/`),
      title: e.data.title,
      published: e.data.published,
    })),
    buildNow(),
  );
  return new Response(
    newsSitemapXml(articles, {
      name: siteConfig.name,
      language: newsLanguage(siteConfig.locale),
    }),
    { headers: { "Content-Type": "application/xml; charset=utf-8" } },
  );
}
