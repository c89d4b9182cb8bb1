// /og/site.png: the site's default social card (its name and tagline), for every page that is
// not an explainer.
import type { APIRoute } from "astro";
import { renderCard } from "../../lib/site/socialCard.ts";
import { siteConfig } from "../../site.config.ts";
import { cardBase, pngResponse } from "./_card.ts";

export const GET: APIRoute = async () => {
  const { content, options } = cardBase();
  return pngResponse(
    await renderCard(
      {
        ...content,
        siteName: siteConfig.publisher.name,
        title: siteConfig.name,
        dek: siteConfig.description,
      },
      options,
    ),
  );
};
