/**
 * Every published explainer's social card, worked out from the content files themselves, so the
 * build can start drawing cards on the other core while Astro is still compiling (seconds to
 * minutes before any page renders), and then write them itself (publishedFiles.ts). The card
 * route, in `npm run dev` and a plain `astro build`, works its cards out from Astro's own data
 * with the same words (explainerCardText) and the same cache (cardKey).
 */
import { join, sep } from "node:path";
import { siteConfig } from "../../site.config.ts";
import { drawCardsInBackground } from "./cardPool.ts";
import {
  leadImageFile,
  publishedIndex,
  type PublishedCard,
  type PublishedIndex,
} from "./publishedFiles.ts";
import {
  cardSetup,
  explainerCardText,
  SITE_CARD_SLUG,
  type CardContent,
  type CardOptions,
} from "./socialCard.ts";

/**
 * The cards of the explainers a production build publishes, with the words the card route
 * gives them: title, dek and headline figure, over the lead image if any.
 */
export function cardJobs(
  root: string,
  index: PublishedIndex,
  site: Pick<CardContent, "siteName" | "host">,
  options: CardOptions,
  locale: string,
): PublishedCard[] {
  return (
    index.explainers
      // The site's own card keeps its slug (see the card route).
      .filter((e) => e.id !== SITE_CARD_SLUG)
      .map((e) => ({
        slug: e.id,
        content: explainerCardText(site, e.data, e.filePath, e.body, index, locale),
        backgroundFile: leadImageFile(root, e),
        options,
      }))
  );
}

/**
 * The cards of the site at `root`, worked out as the card route (src/pages/og/_card.ts) does:
 * kept where it keeps them, for the address the build publishes at.
 */
export function siteCardJobs(root: string, index = publishedIndex(root)): PublishedCard[] {
  const { content, options } = cardSetup(
    root,
    `${join(root, "src")}${sep}`,
    process.env.SITE_URL || siteConfig.url,
    siteConfig.name,
  );
  return cardJobs(root, index, content, options, siteConfig.locale);
}

/** Start drawing these cards on the other cores, before Astro runs. */
export function startDrawingCards(root: string, cards: readonly PublishedCard[]): void {
  drawCardsInBackground(cards, join(root, "src/lib/site/cardWorker.ts"));
}
