// /robots.txt: crawl everything; both sitemaps named with absolute URLs (site address and base
// as configured, or as SITE_URL and SITE_BASE override them).
import { siteUrl } from "../lib/site/feeds.ts";
import { robotsTxt } from "../lib/site/sitemaps.ts";

export function GET() {
  return new Response(robotsTxt([siteUrl("/sitemap-index.xml"), siteUrl("/news-sitemap.xml")]), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
