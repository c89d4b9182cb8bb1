// /robots.txt: crawl everything; both sitemaps named with absolute URLs (site address and base
// as configured, or as SITE_URL and SITE_BASE override them).
import { absoluteUrl } from "../lib/util/paths.ts";
import { robotsTxt } from "../lib/site/sitemaps.ts";

export function GET() {
  return new Response(
    robotsTxt([absoluteUrl("/sitemap-index.xml"), absoluteUrl("/news-sitemap.xml")]),
    {
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );
}
