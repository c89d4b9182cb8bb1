// /atom.xml: Atom 1.0 with the newest explainers' full bodies (siteConfig.feedSize), newest first.
import FeedEntry from "../components/FeedEntry.astro";
import { atomXml, feedItems } from "../lib/site/feeds.ts";

export async function GET() {
  const items = await feedItems(FeedEntry);
  return new Response(atomXml(items), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
