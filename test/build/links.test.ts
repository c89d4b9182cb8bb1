// A link checker over the built site: every link, image and address that points at the site,
// from every page, feed, sitemap, robots.txt and web manifest, must reach a file in dist/, and
// every #fragment an id on its page. Built at the root and under a sub-path, where a link that
// forgets the base breaks.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { siteConfig } from "../../src/site.config.ts";
import { RUN_TMP, buildSite, makeSite, type BuildResult } from "../helpers/site.ts";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  "#39": "'",
  "#x27": "'",
};
/** One level of HTML/XML escaping undone (feeds carry HTML escaped inside XML). */
const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  walk(dir);
  return out;
}

/** The URL a file in dist/ is served at: `explainers/x/index.html` → `<site><base>explainers/x/`. */
function urlOfFile(file: string, origin: string, base: string): URL {
  return new URL(base + file.replace(/(^|\/)index\.html$/, "$1"), origin);
}

/** Every link in an HTML page: href, src, srcset, action and poster attribute values. */
function htmlLinks(html: string): string[] {
  const links: string[] = [];
  // Comments hold no links a reader follows.
  const markup = html.replace(/<!--[^]*?-->/g, "");
  for (const m of markup.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const a of m[0].matchAll(
      /\s(href|src|srcset|action|poster)\s*=\s*("([^"]*)"|'([^']*)')/g,
    )) {
      const value = unescape(a[3] ?? a[4] ?? "");
      if (a[1] === "srcset")
        links.push(
          ...value
            .split(",")
            .map((s) => s.trim().split(/\s+/)[0]!)
            .filter(Boolean),
        );
      else links.push(value);
    }
  }
  return links;
}

/**
 * Absolute URLs on the site's origin anywhere in a text, escaped or not (up to two levels). A bare
 * origin (a Content-Security-Policy source) is not a link: an address has a path.
 */
function absoluteUrls(text: string, origin: string): string[] {
  const plain = unescape(unescape(text));
  const re = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}/[^\\s"'<>\\\\)]*`, "g");
  return [...plain.matchAll(re)].map((m) => m[0].replace(/[.,;]+$/, ""));
}

interface Checked {
  broken: string[];
  checked: number;
}

function checkSite(dist: string, origin: string, base: string): Checked {
  const all = files(dist);
  const present = new Set(all);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      const html = readFileSync(join(dist, file), "utf8");
      ids = new Set(
        [...html.matchAll(/<[a-zA-Z][^>]*\s(?:id|name)="([^"]*)"/g)].map((m) => unescape(m[1]!)),
      );
      idCache.set(file, ids);
    }
    return ids;
  };
  const broken: string[] = [];
  let checked = 0;
  /**
   * `fragments: false` for addresses found in text rather than links (meta tags, JSON-LD, the
   * embed snippet): a JSON-LD `@id` such as `.../#article` names a thing, not a place on a page.
   */
  const check = (page: string, pageUrl: URL, link: string, fragments = true) => {
    if (!link || /^(mailto|tel|data|javascript|blob):/i.test(link)) return;
    let url: URL;
    try {
      url = new URL(link, pageUrl);
    } catch {
      broken.push(`${page}: ${link}`);
      return;
    }
    if (url.origin !== origin) return;
    checked++;
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      broken.push(`${page}: ${link}`);
      return;
    }
    if (!path.startsWith(base)) {
      broken.push(`${page}: ${link}`);
      return;
    }
    let file = path.slice(base.length);
    if (file === "" || file.endsWith("/")) file += "index.html";
    if (!present.has(file)) {
      broken.push(`${page}: ${link}`);
      return;
    }
    const fragment = url.hash.slice(1);
    if (
      fragments &&
      fragment &&
      !(file.endsWith(".html") && idsOf(file).has(decodeURIComponent(fragment)))
    )
      broken.push(`${page}: ${link}`);
  };

  for (const file of all) {
    const pageUrl = urlOfFile(file, origin, base);
    const text = () => readFileSync(join(dist, file), "utf8");
    if (file.endsWith(".html")) {
      const html = text();
      for (const link of htmlLinks(html)) check(file, pageUrl, link);
      // Meta tags (og:image, canonical), JSON-LD, the embed snippet: any address of the site.
      for (const link of absoluteUrls(html.replace(/<!--[^]*?-->/g, ""), origin))
        check(file, pageUrl, link, false);
    } else if (file.endsWith(".xml")) {
      // Feeds and sitemaps: every address of the site in them, the feed bodies' links included.
      for (const link of absoluteUrls(text(), origin)) check(file, pageUrl, link);
    } else if (file === "robots.txt") {
      // Crawlers want each sitemap as an absolute URL.
      for (const m of text().matchAll(/^Sitemap:\s*(\S+)/gim))
        if (/^https?:\/\//.test(m[1]!)) check(file, pageUrl, m[1]!);
        else broken.push(`${file}: ${m[1]}`);
    } else if (file.endsWith(".webmanifest")) {
      const manifest = JSON.parse(text()) as {
        start_url?: string;
        scope?: string;
        icons?: Array<{ src: string }>;
      };
      for (const link of [
        manifest.start_url,
        manifest.scope,
        ...(manifest.icons ?? []).map((i) => i.src),
      ])
        if (link) check(file, pageUrl, link);
    }
  }
  return { broken, checked };
}

const origin = new URL(siteConfig.url).origin;

const BUILDS: Array<{ name: string; base: string; env: Record<string, string> }> = [
  { name: "at the root", base: "/", env: {} },
  { name: "under a sub-path", base: "/news/explainers/", env: { SITE_BASE: "/news/explainers/" } },
];

describe.each(BUILDS)("every link of the example site resolves, built $name", ({ base, env }) => {
  let dir: string;
  let result: BuildResult;

  beforeAll(() => {
    dir = makeSite("example");
    result = buildSite(dir, env);
  });

  it("builds", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("has no broken link, image or fragment in pages, feeds, sitemaps or robots.txt", () => {
    const dist = join(dir, "dist");
    const { broken, checked } = checkSite(dist, origin, base);
    if (broken.length) console.log(`Broken links (page: href):\n${broken.join("\n")}`);
    expect(broken).toEqual([]);
    // The checker looked at real links, feeds and sitemaps included.
    expect(checked).toBeGreaterThan(100);
    for (const file of ["rss.xml", "atom.xml", "sitemap-index.xml", "news-sitemap.xml"])
      expect(existsSync(join(dist, file)), file).toBe(true);
  });

  it("reports a broken link, a missing fragment and a link that forgets the base", () => {
    // The checker on a copy of the site with links made to fail: each must be reported.
    const copy = mkdtempSync(join(RUN_TMP, "links-"));
    cpSync(join(dir, "dist"), copy, { recursive: true });
    const bad = [
      `${base}no-such-page/`,
      `${base}explainers/kursk-makhnovka-losses/#no-such-id`,
      `${base}_astro/missing.css`,
    ];
    if (base !== "/") bad.push("/topics/kursk/");
    const page = join(copy, "index.html");
    writeFileSync(
      page,
      readFileSync(page, "utf8").replace(
        "</body>",
        `${bad.map((b) => `<a href="${b}">x</a>`).join("")}</body>`,
      ),
    );
    const robots = join(copy, "robots.txt");
    writeFileSync(robots, `${readFileSync(robots, "utf8")}Sitemap: ${origin}${base}gone.xml\n`);
    // What the copy adds to whatever the site itself has (that is the test above).
    const before = new Set(checkSite(join(dir, "dist"), origin, base).broken);
    expect(checkSite(copy, origin, base).broken.filter((b) => !before.has(b))).toEqual([
      ...bad.map((b) => `index.html: ${b}`),
      `robots.txt: ${origin}${base}gone.xml`,
    ]);
  });
});
