import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, makeSite, read, treeHash, type BuildResult } from "../helpers/site.ts";

const PAGE = "dist/explainers/kursk-makhnovka-losses/index.html";

describe("the example site", () => {
  let dir: string;
  let result: BuildResult;
  let html: string;

  beforeAll(() => {
    dir = makeSite("example");
    result = buildSite(dir);
    html = result.status === 0 ? read(dir, PAGE) : "";
  });

  it("builds", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("renders the four sections in order, each a <section> landmark with its heading", () => {
    const sections = [
      ...html.matchAll(
        /<section id="([^"]+)" class="section[^"]*" aria-labelledby="([^"]+)"><h2 id="([^"]+)"/g,
      ),
    ];
    expect(sections.map((m) => m[1])).toEqual([
      "why-it-matters",
      "what-to-know",
      "who-said-what",
      "what-happens-next",
    ]);
    for (const m of sections) expect(m[2]).toBe(m[3]);
  });

  it("links to every section from the jump links", () => {
    const nav = html.slice(html.indexOf('<nav class="toc"'), html.indexOf("</nav>"));
    expect([...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual([
      "why-it-matters",
      "what-to-know",
      "who-said-what",
      "what-happens-next",
    ]);
  });

  it("renders every figure from its claim record", () => {
    const figures = [...html.matchAll(/<span class="claim__figure"[^>]*>([^<]+)<\/span>/g)].map(
      (m) => m[1],
    );
    expect(figures).toEqual([
      "10,000–12,000",
      "up to 1,000",
      "3,000",
      "roughly 1,000",
      "more than 38,000",
    ]);
  });

  it("gives each figure its claimant and date, and a numbered link into the sources", () => {
    const claim = html.slice(html.indexOf('data-claim="pentagon-2024-12-30-nk-casualties"'));
    expect(claim).toMatch(
      /^[^]*?<a href="\/claimants\/pentagon\/#claim-pentagon-2024-12-30-nk-casualties">Pentagon<\/a>, US Department of Defense/,
    );
    expect(claim).toMatch(/^[^]*?<time datetime="2024-12-30">30 December 2024<\/time>/);
    const ref = /<a href="#source-(\d+)" aria-label="Source \d+">/.exec(claim)!;
    expect(html).toContain(`<li id="source-${ref[1]}" value="${ref[1]}">`);
  });

  it("lists each cited source once, numbered in order of first citation", () => {
    const ids = [...html.matchAll(/<li id="source-(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect(html).toContain("https://www.defense.gov/News/Transcripts/");
    expect(html).toContain("https://t.me/mod_russia");
    // Two claims (on two days) and a quote cite the president's speeches page: one entry.
    const list = html.slice(html.indexOf('<ol class="sources__list">'));
    expect(
      list.match(/<a href="https:\/\/www\.president\.gov\.ua\/en\/news\/speeches">/g),
    ).toHaveLength(1);
    expect(html).toContain(
      '<li id="source-1" value="1"><span class="sources__publisher">Newsweek</span>, <a href="https://www.newsweek.com/">',
    );
  });

  it("puts the byline dates in <time> elements", () => {
    expect(html).toContain(
      'Published <time datetime="2025-01-05T14:00:00Z">5 January 2025, 14:00 UTC</time>',
    );
    expect(html).toContain(
      'Updated <time datetime="2025-01-06T09:30:00Z">6 January 2025, 09:30 UTC</time>',
    );
  });

  it("attributes each quote to a declared claimant with role and date", () => {
    expect(html).toMatch(
      /<figure class="quote">[^]*?Oleksandr Syrskyi<\/span> <span class="quote__role">Commander-in-Chief/,
    );
  });

  it("needs no JavaScript: its scripts only enhance the charts and the figures' details", () => {
    // Scripts that run (JSON-LD blocks are data, not script).
    const scripts = [
      ...html.matchAll(/<script\b(?![^>]*application\/ld\+json)[^>]*>([^]*?)<\/script>/g),
    ].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    expect(scripts.some((js) => js.includes("[data-chart]"))).toBe(true);
    expect(scripts.some((js) => js.includes("is-dismissed"))).toBe(true);
  });

  it("lists the explainer on the home page and its topic pages", () => {
    expect(read(dir, "dist/index.html")).toContain('href="/explainers/kursk-makhnovka-losses/"');
    expect(read(dir, "dist/topics/kursk/index.html")).toContain(
      'href="/explainers/kursk-makhnovka-losses/"',
    );
    expect(read(dir, "dist/404.html")).toContain("Page not found");
  });

  it("is byte-identical when built twice", () => {
    const first = treeHash(`${dir}/dist`);
    expect(buildSite(dir).status).toBe(0);
    expect(treeHash(`${dir}/dist`)).toEqual(first);
  });

  it("can be built for a sub-path from the environment", () => {
    const r = buildSite(dir, {
      SITE_BASE: "/news/explainers/",
      SITE_URL: "https://news.example.com",
    });
    expect(r.status).toBe(0);
    const home = read(dir, "dist/index.html");
    expect(home).toContain('href="/news/explainers/explainers/kursk-makhnovka-losses/"');
    expect(home).toContain(
      '<link rel="canonical" href="https://news.example.com/news/explainers/"',
    );
  });
});
