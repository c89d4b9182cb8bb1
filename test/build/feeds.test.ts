// Feeds, sitemaps and robots.txt on the newsroom fixture: two dozen explainers over seven months,
// one draft, two published in the two days before the test build's "now".
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAtomFeed, parseRssFeed } from "feedsmith";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { topicLabel } from "../../src/site.config.ts";
import { ROOT, TEST_EPOCH, buildSite, makeSite, read, type BuildResult } from "../helpers/site.ts";

const SITE = "https://explainers.example.org";
const FIXTURE = join(ROOT, "test/fixtures/newsroom/content");

interface Story {
  slug: string;
  title: string;
  published: Date;
  updated?: Date;
  authors: string[];
  topics: string[];
  draft: boolean;
}

/** The fixture's explainers as written, read independently of the site's code. */
const stories: Story[] = readdirSync(join(FIXTURE, "explainers"))
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => {
    const text = readFileSync(join(FIXTURE, "explainers", f), "utf8");
    const fm = parseYaml(/^---\n([^]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
    return {
      slug: f.replace(/\.mdx$/, ""),
      title: fm.title as string,
      published: new Date(fm.published as string),
      updated: fm.updated ? new Date(fm.updated as string) : undefined,
      authors: fm.authors as string[],
      topics: (fm.topics as string[] | undefined) ?? [],
      draft: fm.draft === true,
    };
  });
const published = stories
  .filter((s) => !s.draft)
  .sort((a, b) => b.published.getTime() - a.published.getTime());
const draft = stories.find((s) => s.draft)!;
const authorNames = new Map(
  (
    parseYaml(readFileSync(join(FIXTURE, "authors/newsroom.yaml"), "utf8")) as Array<{
      id: string;
      name: string;
    }>
  ).map((a) => [a.id, a.name]),
);
const urlOf = (slug: string) => `${SITE}/explainers/${slug}/`;
const FEED_FILES = ["rss.xml", "atom.xml", "sitemap-index.xml", "news-sitemap.xml", "robots.txt"];

describe("feeds, sitemaps and robots.txt (fixture: newsroom)", () => {
  let dir: string;
  let result: BuildResult;

  beforeAll(() => {
    dir = makeSite("newsroom");
    result = buildSite(dir);
  });

  it("is a fixture worth testing on: many stories, topics, months and authors, and a draft", () => {
    expect(published.length).toBeGreaterThanOrEqual(24);
    expect(new Set(published.flatMap((s) => s.topics)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(published.map((s) => s.published.getUTCMonth())).size).toBeGreaterThanOrEqual(6);
    expect(new Set(published.flatMap((s) => s.authors)).size).toBeGreaterThanOrEqual(3);
    expect(draft).toBeDefined();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  describe("RSS", () => {
    const rss = () => parseRssFeed(read(dir, "dist/rss.xml"));

    it("has every published explainer, newest first, with absolute links and no draft", () => {
      const feed = rss();
      expect(feed.link).toBe(`${SITE}/`);
      expect(feed.items?.map((i) => i.link)).toEqual(published.map((s) => urlOf(s.slug)));
      expect(feed.items?.map((i) => i.guid?.value)).toEqual(published.map((s) => urlOf(s.slug)));
      expect(read(dir, "dist/rss.xml")).not.toContain(draft.slug);
    });

    it("gives each item its dates, authors and topics", () => {
      for (const [i, item] of (rss().items ?? []).entries()) {
        const s = published[i]!;
        expect(new Date(item.pubDate!).getTime(), s.slug).toBe(s.published.getTime());
        const modified = item.dcterms?.modified ?? [];
        expect(modified.map((d) => new Date(d).getTime())).toEqual(
          s.updated ? [s.updated.getTime()] : [],
        );
        expect(item.dc?.creators).toEqual(s.authors.map((a) => authorNames.get(a)));
        expect(item.categories?.map((c) => c.name)).toEqual(s.topics.map((t) => topicLabel(t)));
        expect(item.title).toBe(s.title);
      }
    });

    it("carries the full body: sections, figures in words with their sources, charts as tables", () => {
      const first = rss().items![0]!;
      const html = first.content!.encoded!;
      for (const heading of [
        "Why It Matters",
        "What To Know",
        "Who Said What",
        "What Happens Next",
      ])
        expect(html).toContain(`>${heading}</h2>`);
      // The newest story's first claim: an "at least" figure, with its numbered source link.
      expect(html).toMatch(
        /<span class="claim__figure">at least 129<\/span><sup class="claim__refs"><a href="https:\/\/explainers\.example\.org\/explainers\/port-aldous-verdicts\/#source-1"/,
      );
      expect(html).toContain('<ol class="sources__list">');
      expect(html).toContain("<table");
      expect(html).toContain('<p class="chart__caption">How the count of');
      expect(html).not.toMatch(/<svg|<script|<textarea|claim__details|tabindex/);
      // Every link and image absolute.
      const urls = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
      expect(urls.length).toBeGreaterThan(5);
      expect(urls.filter((u) => !/^https?:\/\//.test(u))).toEqual([]);
      expect(html).toContain(`href="${SITE}/topics/protests/"`);
    });
  });

  describe("Atom", () => {
    const atom = () => parseAtomFeed(read(dir, "dist/atom.xml"));

    it("has the required feed elements, its updated time the latest change", () => {
      const feed = atom();
      expect(feed.id).toBe(`${SITE}/`);
      expect(feed.title?.value).toBe("The Explainer Desk");
      const latest = Math.max(...published.map((s) => (s.updated ?? s.published).getTime()));
      expect(new Date(feed.updated!).getTime()).toBe(latest);
      expect(feed.links?.find((l) => l.rel === "self")?.href).toBe(`${SITE}/atom.xml`);
    });

    it("has every published explainer, newest first, each with id, title, updated, link, author and topics", () => {
      const entries = atom().entries ?? [];
      expect(entries.map((e) => e.id)).toEqual(published.map((s) => urlOf(s.slug)));
      for (const [i, e] of entries.entries()) {
        const s = published[i]!;
        expect(e.title?.value).toBe(s.title);
        expect(new Date(e.updated!).getTime()).toBe((s.updated ?? s.published).getTime());
        expect(new Date(e.published!).getTime()).toBe(s.published.getTime());
        expect(e.links?.find((l) => l.rel === "alternate")?.href).toBe(urlOf(s.slug));
        expect(e.authors?.map((a) => a.name)).toEqual(s.authors.map((a) => authorNames.get(a)));
        expect(e.categories?.map((c) => c.term)).toEqual(s.topics);
      }
      expect(read(dir, "dist/atom.xml")).not.toContain(draft.slug);
    });

    it("carries the same full body, escaped", () => {
      const content = atom().entries![0]!.content!.value!;
      expect(read(dir, "dist/atom.xml")).toContain('<content type="html">&lt;');
      expect(content).toContain(">What To Know</h2>");
      expect(content).toContain("<table");
      expect(content).not.toMatch(/<svg|<script/);
    });
  });

  describe("sitemaps and robots.txt", () => {
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

    it("lists every explainer with lastmod = updated or published, and no embed, 404 or draft", () => {
      const index = read(dir, "dist/sitemap-index.xml");
      const maps = locs(index);
      expect(maps).toContain(`${SITE}/news-sitemap.xml`);
      const urls = new Map<string, string | undefined>();
      for (const map of maps.filter((m) => /sitemap-\d+\.xml$/.test(m))) {
        const xml = read(dir, `dist/${new URL(map).pathname.slice(1)}`);
        for (const m of xml.matchAll(/<url>([^]*?)<\/url>/g))
          urls.set(
            /<loc>([^<]*)/.exec(m[1]!)![1]!,
            /<lastmod>([^<]*)/.exec(m[1]!)?.[1] ?? undefined,
          );
      }
      for (const s of published)
        expect(urls.get(urlOf(s.slug)), s.slug).toBe((s.updated ?? s.published).toISOString());
      expect(urls.has(`${SITE}/`)).toBe(true);
      expect([...urls.keys()].filter((u) => /\/embed\/|\/404/.test(u))).toEqual([]);
      expect(urls.has(urlOf(draft.slug))).toBe(false);
    });

    it("has a news sitemap of exactly the explainers of the two days before the build", () => {
      const now = Number(TEST_EPOCH) * 1000;
      const recent = published.filter(
        (s) => s.published.getTime() > now - 2 * 86_400_000 && s.published.getTime() <= now,
      );
      expect(recent.map((s) => s.slug)).toEqual([
        "port-aldous-verdicts",
        "eastwold-autumn-fire-risk",
      ]);
      const xml = read(dir, "dist/news-sitemap.xml");
      expect(locs(xml)).toEqual(recent.map((s) => urlOf(s.slug)));
      expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
      expect([...xml.matchAll(/<news:publication_date>([^<]*)/g)].map((m) => m[1])).toEqual(
        recent.map((s) => s.published.toISOString()),
      );
      expect([...xml.matchAll(/<news:title>([^<]*)/g)].map((m) => m[1])).toEqual(
        recent.map((s) => s.title),
      );
      expect(xml).toContain("<news:name>The Explainer Desk</news:name>");
      expect(xml).toContain("<news:language>en</news:language>");
      expect(xml).not.toContain(draft.slug);
    });

    it("names both sitemaps in robots.txt with absolute URLs", () => {
      const robots = read(dir, "dist/robots.txt");
      expect(robots).toMatch(/^User-agent: \*$/m);
      expect([...robots.matchAll(/^Sitemap: (.*)$/gm)].map((m) => m[1])).toEqual([
        `${SITE}/sitemap-index.xml`,
        `${SITE}/news-sitemap.xml`,
      ]);
    });
  });

  it("gives byte-identical feeds and sitemaps on a second build", () => {
    const again = makeSite("newsroom");
    const second = buildSite(again);
    expect(second.status).toBe(0);
    const sitemaps = readdirSync(join(dir, "dist")).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of [...FEED_FILES, ...sitemaps])
      expect(read(again, `dist/${file}`), file).toBe(read(dir, `dist/${file}`));
  });
});
