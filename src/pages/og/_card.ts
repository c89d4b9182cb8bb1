// What both card routes share: where fonts and the card cache are, the site's name and host,
// and the PNG response. (A leading _ keeps this file from being a route.)
import { root, site, srcDir } from "astro:config/server";
import { fileURLToPath } from "node:url";
import { cardSetup, type CardContent, type CardOptions } from "../../lib/site/socialCard.ts";
import { siteConfig } from "../../site.config.ts";

export function cardBase(): {
  content: Pick<CardContent, "siteName" | "host">;
  options: CardOptions;
} {
  return cardSetup(
    fileURLToPath(root),
    fileURLToPath(srcDir),
    site ?? siteConfig.url,
    siteConfig.name,
  );
}

export const pngResponse = (png: Uint8Array): Response =>
  new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
