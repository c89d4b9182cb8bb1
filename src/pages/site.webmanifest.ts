// /site.webmanifest: name, icons and colours for browsers that save the site to a home screen.
import type { APIRoute } from "astro";
import { ICON_COLOURS } from "../lib/site/icons.ts";
import { href } from "../lib/util/paths.ts";
import { siteConfig } from "../site.config.ts";

export const GET: APIRoute = () => {
  const manifest = {
    name: siteConfig.name,
    short_name: siteConfig.name.replace(/^The /, ""),
    description: siteConfig.description,
    lang: siteConfig.locale,
    start_url: href("/"),
    scope: href("/"),
    display: "browser",
    theme_color: ICON_COLOURS.light.paper,
    background_color: ICON_COLOURS.light.paper,
    icons: [
      { src: href("/favicon.svg"), type: "image/svg+xml", sizes: "any" },
      { src: href("/favicon-32.png"), type: "image/png", sizes: "32x32" },
      { src: href("/apple-touch-icon.png"), type: "image/png", sizes: "180x180" },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { "Content-Type": "application/manifest+json" },
  });
};
