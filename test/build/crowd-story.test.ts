import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, makeSite, read, ROOT, type BuildResult } from "../helpers/site.ts";

// A story in another domain, counting people at a march: its metric is declared in its own
// site.config.ts, and nothing in the code knows about crowds.
describe("a crowd-count story (fixture: march)", () => {
  let dir: string;
  let result: BuildResult;
  let html: string;

  beforeAll(() => {
    dir = makeSite("march");
    result = buildSite(dir);
    html = result.status === 0 ? read(dir, "dist/explainers/port-vell-march-crowd/index.html") : "";
  });

  it("builds with its own metric and no code changes", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("titles its chart in English, with the subject's article in lower case", () => {
    expect(html).toContain("How many people attended the 15 June 2024 housing march in Port Vell");
    expect(html).not.toMatch(/(?:of|among|attended|about) The 15 June/);
    expect(html).not.toContain("Claims of how many");
  });

  it("keeps the words each claimant used in the prose", () => {
    const figures = [...html.matchAll(/<span class="claim__figure"[^>]*>([^<]+)<\/span>/g)].map(
      (m) => m[1],
    );
    expect(figures).toEqual([
      "no more than 30,000",
      "more than 50,000",
      "some 250,000",
      "45,000",
      "60,000–75,000",
    ]);
  });

  it("keeps them in the chart's table and popups, and in the downloads", () => {
    const chart = html.slice(html.indexOf("<figure"));
    expect(chart).toContain("no more than 30,000");
    expect(chart).toContain("more than 50,000");
    expect(chart).not.toContain("up to 30,000");
    expect(chart).not.toContain("at least 50,000");
    // The key names the symbols with the words this chart's figures use.
    const key = chart.slice(
      chart.indexOf('class="chart__key'),
      chart.indexOf("</ul>", chart.indexOf('class="chart__key')),
    );
    expect(key).toContain("no more than");
    expect(key).toContain("more than");
    expect(key).toContain("some");
    expect(key).not.toContain("up to");
    const csv = read(dir, "dist/explainers/port-vell-march-crowd/claims.csv");
    expect(csv).toContain("no more than 30,000");
    expect(csv).toContain("more than 50,000");
    expect(csv).toContain("some 250,000");
    const json = read(dir, "dist/data/claims.json");
    expect(json).toContain('"no more than 30,000"');
    const feed = read(dir, "dist/rss.xml");
    expect(feed).toContain("no more than 30,000");
  });

  it("describes the subject's claims in a sentence that reads", () => {
    const subject = read(dir, "dist/subjects/port-vell-march/index.html");
    expect(subject).not.toMatch(/about The 15 June/);
    expect(subject).toContain(
      '<meta name="description" content="Every claim about the 15 June 2024 housing march in Port Vell.">',
    );
    expect(subject).toContain(
      "How many people attended the 15 June 2024 housing march in Port Vell",
    );
  });

  it("shows a topic as the author spelt it in front matter, at its slugged address", () => {
    expect(read(dir, "dist/topics/port-vell/index.html")).toContain(
      '<h1 class="page__title">Port Vell</h1>',
    );
    expect(html).toContain('<a href="/topics/port-vell/">Port Vell</a>');
    expect(html).not.toContain("Port vell");
    expect(read(dir, "dist/topics/housing/index.html")).toContain(
      '<h1 class="page__title">Housing</h1>',
    );
  });

  it("has the project's site.config.ts but for its settings, so it keeps up with the code", () => {
    const settings = /\n(?:\/\/ [^\n]*\n)*export const siteConfig: SiteConfig = \{\n[^]*?\n\};\n/;
    const own = (path: string) => readFileSync(join(ROOT, path), "utf8").replace(settings, "\n");
    expect(own("test/fixtures/march/site.config.ts")).toBe(own("src/site.config.ts"));
  });
});
