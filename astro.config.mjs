// @ts-check
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { defineConfig } from "astro/config";
import { contentCheck } from "./src/integrations/contentCheck.ts";
import { explainerSections } from "./src/lib/content/hast-sections.ts";
import { siteConfig } from "./src/site.config.ts";

/** `/news/explainers/` from "news/explainers", "/news/explainers" or "/news/explainers/". */
const normaliseBase = (/** @type {string} */ base) =>
  `/${base.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");

const base = normaliseBase(process.env.SITE_BASE || siteConfig.base);

export default defineConfig({
  // One build can be hosted anywhere: the environment overrides the configured address.
  site: process.env.SITE_URL || siteConfig.url,
  base,
  trailingSlash: "always",
  // Per-project cache (not node_modules/.astro), so sites sharing node_modules never share content.
  cacheDir: "./.astro/cache",
  markdown: {
    processor: satteri({ hastPlugins: [explainerSections(siteConfig.sections, base)] }),
  },
  integrations: [contentCheck(), mdx()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module carries Astro's "use astro:head-inject" directive; the warning
          // about it is noise (see the project's stack notes).
          if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
          warn(warning);
        },
      },
    },
  },
});
