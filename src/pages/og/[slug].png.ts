// /og/<slug>.png: each published explainer's social card (see src/lib/site/socialCard.ts).
import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import {
  cardKey,
  explainerCardText,
  renderCard,
  SITE_CARD_SLUG,
  type CardContent,
} from "../../lib/site/socialCard.ts";
import { digestOf, fileDigest } from "../../lib/site/cacheKeys.ts";
import { cardReady, drawCardsInBackground } from "../../lib/site/cardPool.ts";
import { join } from "node:path";
import { writtenByBuild } from "../../lib/site/publishedFiles.ts";
import { getSiteData, type Explainer, type SiteData } from "../../lib/site/siteData.ts";
import { siteConfig } from "../../site.config.ts";
import { cardBase, pngResponse } from "./_card.ts";

/** The file of the explainer's lead image, as Astro's processed image records it. */
const imageFile = (entry: Explainer) =>
  (entry.data.image?.src as { fsPath?: string } | undefined)?.fsPath;

/** The card's words: everything but the picture. */
const cardText = (entry: Explainer, site: SiteData): CardContent =>
  explainerCardText(
    cardBase().content,
    entry.data,
    entry.filePath ?? entry.id,
    entry.body ?? "",
    site,
    siteConfig.locale,
  );

export const getStaticPaths = (async () => {
  // `npm run build` draws and writes the cards itself (publishedFiles.ts).
  if (writtenByBuild()) return [];
  const site = await getSiteData();
  const { options } = cardBase();
  // The cards are drawn on the other cores while the pages render (see cardPool.ts).
  if (import.meta.env.PROD)
    drawCardsInBackground(
      site.explainers
        .filter((entry) => entry.id !== SITE_CARD_SLUG)
        .map((entry) => ({
          content: cardText(entry, site),
          backgroundFile: imageFile(entry),
          options,
        })),
      join(options.srcDir, "lib/site/cardWorker.ts"),
    );
  // /og/site.png is the site's own card: an explainer called "site" keeps that one.
  return site.explainers
    .filter((entry) => entry.id !== SITE_CARD_SLUG)
    .map((entry) => {
      const file = imageFile(entry);
      return {
        params: { slug: entry.id },
        props: { entry },
        // The card's own cache key (its words, fonts and renderer) and the picture's bytes.
        cacheKey: digestOf(cardKey(cardText(entry, site), options), file ? fileDigest(file) : null),
      };
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Explainer }> = async ({ props: { entry } }) => {
  const site = await getSiteData();
  const file = imageFile(entry);
  const content = { ...cardText(entry, site), ...(file ? { background: readFileSync(file) } : {}) };
  const { options } = cardBase();
  await cardReady(cardKey(content, options));
  return pngResponse(await renderCard(content, options));
};
