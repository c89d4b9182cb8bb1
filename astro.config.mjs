// @ts-check
import { defineConfig } from "astro/config";
import { contentCheck } from "./src/integrations/contentCheck.ts";
import { CSP_SCRIPT_SOURCES, cspDirectives, headers } from "./src/integrations/headers.ts";
import { search } from "./src/integrations/search.ts";
import { fileURLToPath } from "node:url";
import { relative, sep } from "node:path";
import sitemap from "@astrojs/sitemap";
import { sitemapOptions } from "./src/lib/site/sitemaps.ts";
import { siteConfig } from "./src/site.config.ts";
import { buildBase } from "./src/lib/util/paths.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

/** What the dev server does not watch: the output of builds, benchmarks and tests, by path. */
const unwatched = (/** @type {string} */ path) => {
  const at = relative(root, path).split(sep).join("/");
  return /^(?:dist|test\/\.tmp|\.dist-[^/]*)(?:\/|$)/.test(at);
};
const base = buildBase(siteConfig.base);

export default defineConfig({
  // One build can be hosted anywhere: the environment overrides the configured address.
  site: process.env.SITE_URL || siteConfig.url,
  base,
  trailingSlash: "always",
  // Per-project cache (not node_modules/.astro), so sites sharing node_modules never share content.
  cacheDir: "./.astro/cache",
  // Astro renders no Markdown here (explainer bodies are compiled by the explainers loader), so
  // its code highlighter, whose inline styles the CSP would refuse, is off.
  markdown: { syntaxHighlight: false },
  integrations: [
    contentCheck(),
    search(),
    // /sitemap-index.xml: every page but embeds and 404, explainers with their lastmod.
    sitemap(sitemapOptions(root, process.env.SITE_URL || siteConfig.url, base)),
    // dist/_headers: keep it last, so it sees every file the integrations above write.
    headers(),
  ],
  // A Content-Security-Policy <meta> on every page: Astro adds the hashes of the page's own
  // inline scripts and styles; headers() repeats the policy, with frame-ancestors, as a header.
  security: {
    csp: {
      directives: cspDirectives(),
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
    },
  },
  // Pages whose content and code are unchanged since the last build are copied from it rather
  // than rendered again: every generated route gives a cacheKey (src/lib/site/cacheKeys.ts).
  experimental: { incrementalBuild: true },
  // Pages render four at a time: while one waits on the disk (each page is written twice, to the
  // site and to the incremental cache), another renders. Output does not depend on the order.
  build: { concurrency: 4 },
  vite: {
    // The dev server reloads on edits to the project, not on what builds and tests write into it
    // (a benchmark writes thousands of files under test/.tmp).
    server: { watch: { ignored: [unwatched] } },
  },
});
