// /og/<slug>.png: each published explainer's social card (see src/lib/site/socialCard.ts).
import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { headlineFigure, renderCard, SITE_CARD_SLUG } from "../../lib/site/socialCard.ts";
import { getSiteData, type Explainer } from "../../lib/site/siteData.ts";
import { siteConfig } from "../../site.config.ts";
import { cardBase, pngResponse } from "./_card.ts";

export const getStaticPaths = (async () => {
  const { explainers } = await getSiteData();
  // /og/site.png is the site's own card: an explainer called "site" keeps that one.
  return explainers
    .filter((entry) => entry.id !== SITE_CARD_SLUG)
    .map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Explainer }> = async ({ props: { entry } }) => {
  const site = await getSiteData();
  const fm = entry.data;
  // Astro's processed image keeps the path of the file it came from.
  const imageFile = (fm.image?.src as { fsPath?: string } | undefined)?.fsPath;
  const { content, options } = cardBase();
  const png = await renderCard(
    {
      ...content,
      title: fm.title,
      dek: fm.dek,
      figure: headlineFigure(
        entry.filePath ?? entry.id,
        entry.body ?? "",
        site,
        siteConfig.locale,
        entry.data.headline,
      ),
      ...(imageFile ? { background: readFileSync(imageFile) } : {}),
    },
    options,
  );
  return pngResponse(png);
};
