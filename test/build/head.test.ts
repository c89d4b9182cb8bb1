import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { explainerSchema } from "../../src/schemas/explainer.ts";
import { buildSite, edit, makeSite, read, type BuildResult } from "../helpers/site.ts";

// What every page's <head> carries, on the example site built for a sub-path (so that every
// absolute URL has to carry the base), and the icons and manifest the head links to.

const ORIGIN = "https://news.example.com";
const BASE = "/news/explainers/";
const ROOT_URL = `${ORIGIN}${BASE}`;
const SLUG = "kursk-makhnovka-losses";
const SEO_TITLE = "Kursk: up to a battalion lost, Zelensky says";

/** The content of every `<meta>` with this name or property, in order. */
const metas = (html: string, key: string) =>
  [
    ...html.matchAll(
      new RegExp(
        `<meta (?:name|property)="${key.replace(/[:.]/g, "\\$&")}" content="([^"]*)"`,
        "g",
      ),
    ),
  ].map((m) => m[1]!);
const meta = (html: string, key: string) => {
  const all = metas(html, key);
  expect(all, key).toHaveLength(1);
  return all[0]!;
};
/** The href of every `<link>` whose attributes start with these (rel first). */
const links = (html: string, start: string) =>
  [...html.matchAll(new RegExp(`<link ${start}[^>]*?href="([^"]+)"`, "g"))].map((m) => m[1]!);
const head = (html: string) => html.slice(0, html.indexOf("</head>"));
const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, "&");

function pages(dir: string): string[] {
  return readdirSync(join(dir, "dist"), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".html"))
    .sort();
}

/** A dist file for a URL on the site, absolute or from the site root. */
const fileFor = (dir: string, url: string) => {
  const path = url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : url;
  expect(path.startsWith(BASE), url).toBe(true);
  return join(dir, "dist", path.slice(BASE.length));
};

describe("every page's head, on a sub-path build", () => {
  let dir: string;
  let result: BuildResult;
  let files: string[];

  beforeAll(() => {
    dir = makeSite("example");
    edit(
      dir,
      `src/content/explainers/${SLUG}.mdx`,
      /^title: (.*)$/m,
      `title: $1\nseoTitle: "${SEO_TITLE}"`,
    );
    result = buildSite(dir, { SITE_URL: ORIGIN, SITE_BASE: BASE });
    files = result.status === 0 ? pages(dir) : [];
  });

  it("builds", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(files.length).toBeGreaterThan(10);
  });

  it("gives every page one absolute canonical URL with the base path, and og:url the same", () => {
    for (const file of files) {
      const html = head(read(dir, `dist/${file}`));
      const canonical = links(html, 'rel="canonical"');
      expect(canonical, file).toHaveLength(1);
      expect(canonical[0]!.startsWith(ROOT_URL), `${file}: ${canonical[0]}`).toBe(true);
      expect(meta(html, "og:url"), file).toBe(canonical[0]);
      if (file === "404.html") expect(canonical[0]).toBe(`${ROOT_URL}404.html`);
      else if (file.endsWith("index.html"))
        expect(canonical[0]).toBe(ROOT_URL + file.replace(/index\.html$/, ""));
    }
  });

  it("gives every page a title of at most 70 characters, Open Graph and Twitter tags", () => {
    for (const file of files) {
      const html = head(read(dir, `dist/${file}`));
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
      expect(title, file).toBeTruthy();
      expect(decode(title!).length, file).toBeLessThanOrEqual(70);
      expect(meta(html, "og:site_name")).toBe("The Explainer Desk");
      expect(meta(html, "og:title").length, file).toBeGreaterThan(0);
      expect(meta(html, "og:description").length, file).toBeGreaterThan(0);
      expect(["website", "article"]).toContain(meta(html, "og:type"));
      const image = meta(html, "og:image");
      expect(image.startsWith(`${ROOT_URL}og/`), `${file}: ${image}`).toBe(true);
      expect(meta(html, "og:image:width")).toBe("1200");
      expect(meta(html, "og:image:height")).toBe("630");
      expect(meta(html, "og:image:alt").length, file).toBeGreaterThan(0);
      expect(meta(html, "twitter:card")).toBe("summary_large_image");
      expect(meta(html, "twitter:title")).toBe(meta(html, "og:title"));
      expect(meta(html, "twitter:description")).toBe(meta(html, "og:description"));
      expect(meta(html, "twitter:image")).toBe(image);
      if (!file.startsWith(`explainers/${SLUG}/index`))
        expect(image, file).toBe(`${ROOT_URL}og/site.png`);
    }
  });

  it("links the icons, manifest, theme colours and feeds from every page", () => {
    for (const file of files) {
      const html = head(read(dir, `dist/${file}`));
      const icons = links(html, 'rel="icon"');
      // From the site root, so the page's own origin serves them (and its CSP is 'self' only).
      expect(icons, file).toEqual([`${BASE}favicon.ico`, `${BASE}favicon.svg`]);
      expect(links(html, 'rel="apple-touch-icon"')).toEqual([`${BASE}apple-touch-icon.png`]);
      for (const url of [...icons, ...links(html, 'rel="apple-touch-icon"')])
        expect(existsSync(fileFor(dir, url)), url).toBe(true);
      expect(html).toContain(
        '<meta name="theme-color" media="(prefers-color-scheme: light)" content="#fdfcf9">',
      );
      expect(html).toContain(
        '<meta name="theme-color" media="(prefers-color-scheme: dark)" content="#14161a">',
      );
      // Embeds live in other sites' iframes: no manifest or feed links there.
      if (/\/embed\/\d+\//.test(file)) continue;
      expect(links(html, 'rel="manifest"')).toEqual([`${BASE}site.webmanifest`]);
      expect(links(html, 'rel="alternate" type="application/rss\\+xml"'), file).toEqual([
        `${ROOT_URL}rss.xml`,
      ]);
      expect(links(html, 'rel="alternate" type="application/atom\\+xml"'), file).toEqual([
        `${ROOT_URL}atom.xml`,
      ]);
    }
  });

  it("uses seoTitle for the explainer's <title> and og:title, the headline on the page", () => {
    const html = read(dir, `dist/explainers/${SLUG}/index.html`);
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe(`${SEO_TITLE} | The Explainer Desk`);
    expect(meta(html, "og:title")).toBe(SEO_TITLE);
    expect(html).toMatch(
      /<h1 class="explainer__title"[^>]*>Zelensky says Russia lost up to a battalion near one Kursk village<\/h1>/,
    );
  });

  it("marks the explainer up as an article with its card, dates, section and tags", () => {
    const html = head(read(dir, `dist/explainers/${SLUG}/index.html`));
    expect(meta(html, "og:type")).toBe("article");
    expect(meta(html, "og:image")).toBe(`${ROOT_URL}og/${SLUG}.png`);
    expect(meta(html, "article:published_time")).toBe("2025-01-05T14:00:00.000Z");
    expect(meta(html, "article:modified_time")).toBe("2025-01-06T09:30:00.000Z");
    expect(meta(html, "article:section")).toBe("Russia-Ukraine war");
    expect(metas(html, "article:tag")).toEqual(["Russia-Ukraine war", "Kursk", "North Korea"]);
    // Other pages are websites, without article properties.
    const home = head(read(dir, "dist/index.html"));
    expect(meta(home, "og:type")).toBe("website");
    expect(metas(home, "article:published_time")).toEqual([]);
  });

  it("keeps the 404 page out of search indexes", () => {
    expect(read(dir, "dist/404.html")).toContain('<meta name="robots" content="noindex">');
    expect(read(dir, "dist/index.html")).not.toContain('name="robots"');
  });

  it("serves an SVG icon with a dark-mode variant", () => {
    const svg = read(dir, "dist/favicon.svg");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32"/);
    expect(svg).toMatch(/@media \(prefers-color-scheme:\s*dark\)\{[^}]*fill:#ff8a80/);
    expect(svg).toContain("fill:#b3261e");
  });

  /** Width and height from a PNG's IHDR chunk, after checking the signature. */
  const pngSize = (bytes: Buffer) => {
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(bytes.toString("latin1", 12, 16)).toBe("IHDR");
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  };

  it("renders the PNG icons at their sizes", () => {
    expect(pngSize(readFileSync(join(dir, "dist/favicon-32.png")))).toEqual([32, 32]);
    expect(pngSize(readFileSync(join(dir, "dist/apple-touch-icon.png")))).toEqual([180, 180]);
  });

  it("serves /favicon.ico as an ICO container holding the 32 px PNG", () => {
    const ico = readFileSync(join(dir, "dist/favicon.ico"));
    const png = readFileSync(join(dir, "dist/favicon-32.png"));
    // ICONDIR: reserved, type 1 (icon), one image.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    // ICONDIRENTRY: 32×32, no palette, 1 plane, 32 bits, the PNG's size, right after the header.
    expect([ico[6], ico[7], ico[8], ico.readUInt16LE(10), ico.readUInt16LE(12)]).toEqual([
      32, 32, 0, 1, 32,
    ]);
    expect(ico.readUInt32LE(14)).toBe(png.length);
    expect(ico.readUInt32LE(18)).toBe(22);
    expect(ico.length).toBe(22 + png.length);
    expect(ico.subarray(22).equals(png)).toBe(true);
  });

  it("writes a manifest with the base path in start_url and every icon", () => {
    const manifest = JSON.parse(read(dir, "dist/site.webmanifest")) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: Array<{ src: string; sizes: string; type: string }>;
    };
    expect(manifest).toMatchObject({
      name: "The Explainer Desk",
      start_url: BASE,
      display: "browser",
      theme_color: "#fdfcf9",
      background_color: "#fdfcf9",
    });
    expect(manifest.short_name.length).toBeGreaterThan(0);
    expect(manifest.icons.map((i) => [i.src, i.sizes, i.type])).toEqual([
      [`${BASE}favicon.svg`, "any", "image/svg+xml"],
      [`${BASE}favicon-32.png`, "32x32", "image/png"],
      [`${BASE}apple-touch-icon.png`, "180x180", "image/png"],
    ]);
    for (const icon of manifest.icons)
      expect(existsSync(join(dir, "dist", icon.src.slice(BASE.length))), icon.src).toBe(true);
  });
});

describe("seoTitle in the front matter", () => {
  const fm = {
    title: "A headline",
    dek: "A dek.",
    published: "2025-01-05T14:00:00Z",
    authors: ["world-desk"],
  };
  it("is optional, and kept when given", () => {
    expect(explainerSchema.safeParse(fm).success).toBe(true);
    const parsed = explainerSchema.parse({ ...fm, seoTitle: "Short" });
    expect(parsed.seoTitle).toBe("Short");
  });
  it("must not be empty or longer than 70 characters", () => {
    expect(explainerSchema.safeParse({ ...fm, seoTitle: "  " }).success).toBe(false);
    expect(explainerSchema.safeParse({ ...fm, seoTitle: "x".repeat(70) }).success).toBe(true);
    const long = explainerSchema.safeParse({ ...fm, seoTitle: "x".repeat(71) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.path).toEqual(["seoTitle"]);
    expect(long.error?.issues[0]?.message).toMatch(/at most 70 characters/);
  });
});
