// /atom.xml: Atom 1.0 with every explainer's full body, newest first.
import FeedEntry from "../components/FeedEntry.astro";
import { atomXml, feedItems } from "../lib/site/feeds.ts";

export async function GET() {
  const items = await feedItems(FeedEntry);
  return new Response(atomXml(items), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
